package org.lqflav.wcxf;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hipparchus.complex.Complex;
import org.lqflav.InputException;
import org.lqflav.eft.WetNames;
import org.lqflav.eft.WilsonCoefficients;

/**
 * WCxf files (the Wilson coefficient exchange format of flavio, wilson, smelli, EOS; arXiv:1712.05298) for the weak
 * effective theory in the flavio basis: {@code eft: WET}, {@code basis: flavio}, {@code scale} in GeV and
 * {@code values} mapping coefficient names to a number (real coefficients) or {@code {Re: x, Im: y}} (complex ones).
 * Coefficients are new physics only (docs/conventions.md#wet; user guide docs/wcxf.md).
 */
public final class Wcxf {
    /** The EFT and basis LQFlav reads and writes. */
    public static final String EFT = "WET";
    public static final String BASIS = "flavio";

    private static final String NAMES_RESOURCE = "wet.flavio.names.txt";
    private static final Map<String, Boolean> BASIS_NAMES = loadNames();
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Wcxf() {
    }

    /**
     * A WCxf file read into LQFlav's coefficients.
     *
     * @param coefficients the coefficients LQFlav uses (names in {@link WetNames}), at the file's scale
     * @param warnings     one line per value that is valid in the basis but not used by LQFlav (ignored)
     */
    public record Imported(WilsonCoefficients coefficients, List<String> warnings) {
        public Imported {
            warnings = List.copyOf(warnings);
        }
    }

    /** Every coefficient name of the WCxf flavio WET basis, in the basis file's order (resource wet.flavio.names.txt). */
    public static Set<String> basisNames() {
        return Collections.unmodifiableSet(BASIS_NAMES.keySet());
    }

    /** Whether a basis coefficient is declared real (its value must be a plain number). */
    public static boolean isReal(String name) {
        Boolean real = BASIS_NAMES.get(name);
        if (real == null) {
            throw new IllegalArgumentException("not in the WCxf flavio WET basis: " + name);
        }
        return real;
    }

    /**
     * The non-zero coefficients as a WCxf document.
     *
     * @param format {@code yaml} or {@code json}
     */
    public static String write(WilsonCoefficients wc, String format) {
        double scale = wc.scale();
        if (!Double.isFinite(scale) || scale <= 0) {
            throw new IllegalArgumentException("coefficients have no scale: " + scale);
        }
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        Map<String, Complex> values = wc.nonZero();
        return switch (f) {
            case "yaml", "yml" -> yaml(scale, values);
            case "json" -> json(scale, values);
            default -> throw InputException.field("format", "yaml or json", format);
        };
    }

    private static String yaml(double scale, Map<String, Complex> values) {
        StringBuilder s = new StringBuilder();
        s.append("eft: ").append(EFT).append('\n');
        s.append("basis: ").append(BASIS).append('\n');
        s.append("scale: ").append(yamlNumber(scale)).append('\n');
        if (values.isEmpty()) {
            s.append("values: {}\n");
            return s.toString();
        }
        s.append("values:\n");
        for (Map.Entry<String, Complex> e : values.entrySet()) {
            Complex c = noNegativeZero(e.getValue());
            s.append("  ").append(e.getKey()).append(": ");
            if (isReal(e.getKey())) {
                s.append(yamlNumber(realPart(e.getKey(), c)));
            } else {
                s.append("{Re: ").append(yamlNumber(c.getReal())).append(", Im: ")
                        .append(yamlNumber(c.getImaginary())).append('}');
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String json(double scale, Map<String, Complex> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("eft", EFT);
        root.put("basis", BASIS);
        root.put("scale", scale);
        ObjectNode v = root.putObject("values");
        for (Map.Entry<String, Complex> e : values.entrySet()) {
            Complex c = noNegativeZero(e.getValue());
            if (isReal(e.getKey())) {
                v.put(e.getKey(), realPart(e.getKey(), c));
            } else {
                ObjectNode z = v.putObject(e.getKey());
                z.put("Re", c.getReal());
                z.put("Im", c.getImaginary());
            }
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** -0.0 written as 0.0 (x + 0.0 maps -0.0 to 0.0 and leaves every other value alone). */
    private static Complex noNegativeZero(Complex c) {
        return new Complex(c.getReal() + 0.0, c.getImaginary() + 0.0);
    }

    private static double realPart(String name, Complex c) {
        if (c.getImaginary() != 0) {
            throw new IllegalStateException("real WCxf coefficient " + name + " has an imaginary part " + c);
        }
        return c.getReal();
    }

    /**
     * A double as a YAML 1.1 float that PyYAML (wcxf-python, flavio) also reads as a number: shortest round-trip
     * digits, always a decimal point, exponent with a sign ({@code 1.5e-05}).
     */
    static String yamlNumber(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        String s = Double.toString(x);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        String exp = s.substring(e + 1);
        if (!exp.startsWith("-")) {
            exp = "+" + exp;
        }
        return mantissa + "e" + exp;
    }

    /** Reads and validates a WCxf file (YAML, or JSON for a {@code .json} name). */
    public static Imported read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InputException.of(file + ": no such WCxf file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw InputException.of(file + ": cannot read (" + ex.getMessage() + ")");
        } catch (UncheckedIOException ex) {
            throw InputException.of(file + ": cannot read as UTF-8 text");
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(text, file.toString(), json);
    }

    /**
     * Parses and validates WCxf text.
     *
     * @param where the file name used in error messages and warnings
     * @param json  JSON instead of YAML
     */
    public static Imported parse(String text, String where, boolean json) {
        JsonNode root;
        try {
            ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
            mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            root = mapper.readTree(text);
        } catch (JsonProcessingException ex) {
            String msg = ex.getOriginalMessage();
            throw InputException.of(where + ": not valid " + (json ? "JSON" : "YAML") + " ("
                    + firstLine(msg) + lineInfo(ex) + ")");
        }
        if (root == null || !root.isObject()) {
            throw InputException.field(where, "a WCxf mapping with eft, basis, scale and values",
                    root == null || root.isMissingNode() ? null : root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        requireText(root, where, "eft", EFT);
        requireText(root, where, "basis", BASIS);
        JsonNode scaleNode = root.get("scale");
        double scale = number(scaleNode);
        if (scaleNode == null || scaleNode.isNull() || Double.isNaN(scale) || Double.isInfinite(scale) || scale <= 0) {
            throw InputException.field(where + ": scale", "a positive finite number (GeV)", render(scaleNode));
        }
        JsonNode values = root.get("values");
        if (values == null || !values.isObject()) {
            throw InputException.field(where + ": values", "a mapping of coefficient names to values",
                    render(values));
        }
        WilsonCoefficients.Builder b = WilsonCoefficients.builder(scale);
        List<String> warnings = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String field = where + ": values." + name;
            if (!BASIS_NAMES.containsKey(name)) {
                throw InputException.field(field, "a coefficient name of the WCxf flavio WET basis (closest: "
                        + String.join(", ", org.lqflav.Suggestions.closest(BASIS_NAMES.keySet(), name, 3)) + ")", name);
            }
            Complex c = value(e.getValue(), field, BASIS_NAMES.get(name));
            if (WetNames.isKnown(name)) {
                b.set(name, c);
            } else if (!c.equals(Complex.ZERO)) {
                warnings.add(where + ": values." + name + ": valid in the flavio basis but not used by LQFlav; ignored");
            }
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!Set.of("eft", "basis", "scale", "values", "metadata").contains(k)) {
                warnings.add(where + ": " + k + ": not a WCxf field; ignored");
            }
        }
        return new Imported(b.build(), warnings);
    }

    private static void requireText(JsonNode root, String where, String field, String expected) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual() || !n.asText().equals(expected)) {
            throw InputException.field(where + ": " + field, expected, render(n));
        }
    }

    /** A WCxf value: a number, or {Re: x, Im: y} (either part may be omitted, meaning 0). */
    private static Complex value(JsonNode n, String field, boolean real) {
        String expected = real ? "a real number (the basis declares this coefficient real)"
                : "a number or {Re: x, Im: y}";
        if (n != null && n.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            n.fieldNames().forEachRemaining(keys::add);
            keys.removeAll(Set.of("Re", "Im"));
            if (!keys.isEmpty() || n.size() == 0) {
                throw InputException.field(field, expected, render(n));
            }
            double re = n.has("Re") ? number(n.get("Re")) : 0;
            double im = n.has("Im") ? number(n.get("Im")) : 0;
            if (!Double.isFinite(re) || !Double.isFinite(im)) {
                throw InputException.field(field, expected + " with finite parts", render(n));
            }
            if (real && im != 0) {
                throw InputException.field(field, expected, render(n));
            }
            return new Complex(re, im);
        }
        double x = number(n);
        if (!Double.isFinite(x)) {
            throw InputException.field(field, expected, render(n));
        }
        return new Complex(x, 0);
    }

    /** A numeric node, or numeric-looking text (YAML 1.1 reads 1e-5 as text); NaN otherwise. */
    private static double number(JsonNode n) {
        if (n == null) {
            return Double.NaN;
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual() && NUMBER.matcher(n.asText().trim()).matches()) {
            return Double.parseDouble(n.asText().trim());
        }
        return Double.NaN;
    }

    /** What a message shows as "got": numbers bare, text quoted (by InputException), structures as JSON. */
    private static Object render(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isNumber()) {
            return n.numberValue();
        }
        String s = n.isTextual() ? n.asText() : n.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    private static String lineInfo(JsonProcessingException ex) {
        return ex.getLocation() == null ? "" : ", line " + ex.getLocation().getLineNr();
    }

    private static Map<String, Boolean> loadNames() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        try (InputStream in = Wcxf.class.getResourceAsStream(NAMES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + NAMES_RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s+");
                boolean real = parts.length > 1 && parts[1].equals("real");
                if (m.put(parts[0], real) != null) {
                    throw new IllegalStateException("duplicate basis name " + parts[0]);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return m;
    }
}
