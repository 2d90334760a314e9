package org.lqflav.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hipparchus.complex.Complex;
import org.lqflav.InputException;
import org.lqflav.math.CMatrix3;
import org.lqflav.math.ComplexNumbers;
import org.lqflav.param.ParameterSet;

/**
 * Reads and validates model files (docs/model-files.md). What a file may contain is driven only by the
 * {@link ModelType} metadata of the model it names (mass names, potential names, coupling specs, options), so a
 * new model needs no change here.
 *
 * <p>Every user error is a one-line {@link InputException} of the form {@code FILE: FIELD: expected WHAT, got
 * VALUE}, with 1-based matrix indices ({@code couplings.yL[2][3]}). A valid file gives a {@link ModelSpec} whose
 * maps are complete, in the model's order: every mass; every potential coupling (0 when absent); every Yukawa
 * matrix ({@link CMatrix3#ZERO} when absent); every option (its default, the first allowed value, when absent).
 * No NaN or infinity ever reaches the spec.
 */
public final class ModelFile {
    /** Parameter set used when a model file has no {@code parameters} entry. */
    public static final String DEFAULT_PARAMETERS = "pdg2024";

    /** Keys a model file may have at its top level ({@code description} is free text, ignored). */
    public static final List<String> TOP_LEVEL_KEYS =
            List.of("model", "parameters", "masses", "potential", "couplings", "options", "description");

    /** Relative tolerance of the symmetry check, as in {@link CMatrix3#isSymmetric(double)}. */
    static final double SYMMETRY_TOLERANCE = 1e-12;

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A plain integer with a leading zero, which YAML 1.1 (and so our parser) reads as octal: 010 = 8. */
    private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-9_]+");

    private static final String MATRIX = "a 3x3 matrix written as 3 rows of 3 entries, [[..], [..], [..]]";
    private static final String MASS = "a mass in GeV, a finite number > 0";
    private static final String REAL = "a finite real number";

    private ModelFile() {
    }

    /** Reads and validates a model file; every user error is an {@link org.lqflav.InputException}. */
    public static ModelSpec read(Path file) {
        String origin = file.toString();
        if (Files.isDirectory(file)) {
            throw InputException.of(origin + ": is a directory, not a model file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(origin + ": no such model file");
        } catch (AccessDeniedException e) {
            throw InputException.of(origin + ": cannot read model file (permission denied)");
        } catch (IOException e) {
            throw InputException.of(origin + ": cannot read model file (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InputException.of(origin + ": cannot read model file (not UTF-8 text)");
        }
        return parse(text, origin, file.getParent());
    }

    /** Parses YAML text; {@code origin} names the file in messages and resolves relative parameter files. */
    public static ModelSpec parse(String yaml, String origin) {
        return parse(yaml, origin, directoryOf(origin));
    }

    private static ModelSpec parse(String yaml, String origin, Path baseDir) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(origin, "origin");
        return validate(tree(yaml, origin), origin, baseDir);
    }

    private static Path directoryOf(String origin) {
        try {
            return Path.of(origin).getParent();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------- YAML -> tree

    /**
     * The YAML document as a tree. Built from the token stream rather than with {@code ObjectMapper.readTree} so
     * that {@code .nan}/{@code .inf} become NaN/infinite numbers reported at their field (readTree rejects the
     * whole file), and duplicate keys, aliases and octal-looking integers are reported with their field path.
     */
    static JsonNode tree(String yaml, String origin) {
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() == null) {
                throw InputException.field(origin, "a YAML mapping with model, masses, ...", described("an empty file"));
            }
            JsonNode root = value(p, origin, "");
            if (p.nextToken() != null) {
                throw InputException.field(origin, "a single YAML document",
                        described("a second document ('---') at line " + p.currentTokenLocation().getLineNr()));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw InputException.of(origin + ": not valid YAML (" + yamlProblem(e) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("reading YAML from a string", e);
        }
    }

    private static JsonNode value(JsonParser p, String origin, String path) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    int line = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    if (o.has(name)) {
                        throw InputException.field(at(origin, child), "each key only once",
                                described("a second '" + name + "' at line " + line));
                    }
                    o.set(name, value(p, origin, child));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                int i = 1;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, origin, path + "[" + i++ + "]"));
                }
                return a;
            }
            case VALUE_STRING:
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    throw InputException.field(at(origin, path),
                            "a value written out in full (YAML aliases are not supported)",
                            described("the alias *" + p.getText()));
                }
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT: {
                String text = p.getText();
                Number n = p.getNumberValue();
                if (OCTAL.matcher(text).matches()) {
                    throw InputException.field(at(origin, path),
                            "a number without a leading zero (YAML reads " + text + " as the octal number " + n + ")",
                            described(text));
                }
                return n instanceof BigInteger b ? NODES.numberNode(b) : NODES.numberNode(n.longValue());
            }
            case VALUE_NUMBER_FLOAT: {
                String text = p.getText();
                try {
                    return NODES.numberNode(p.getDoubleValue());
                } catch (JsonProcessingException e) {
                    // YAML's .nan / .inf, which Jackson cannot convert: keep them, so the field reports them
                    String s = text.trim().toLowerCase(Locale.ROOT);
                    if (s.equals(".nan")) {
                        return NODES.numberNode(Double.NaN);
                    }
                    if (s.equals(".inf") || s.equals("+.inf")) {
                        return NODES.numberNode(Double.POSITIVE_INFINITY);
                    }
                    if (s.equals("-.inf")) {
                        return NODES.numberNode(Double.NEGATIVE_INFINITY);
                    }
                    return NODES.textNode(text);
                }
            }
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // e.g. !!binary: not meaningful in a model file; keep the text so validation reports it
                return NODES.textNode(p.getText());
        }
    }

    /** File and field for a message; the document root has no field. */
    private static String at(String origin, String path) {
        return path.isEmpty() ? origin : origin + ": " + path;
    }

    /** One line: where the YAML parser stopped and why. */
    private static String yamlProblem(JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            StringBuilder sb = new StringBuilder()
                    .append("line ").append(m.getProblemMark().getLine() + 1)
                    .append(", column ").append(m.getProblemMark().getColumn() + 1)
                    .append(": ").append(oneLine(m.getProblem()));
            if (m.getContext() != null) {
                sb.append(", ").append(oneLine(m.getContext()));
                if (m.getContextMark() != null) {
                    sb.append(" at line ").append(m.getContextMark().getLine() + 1)
                            .append(", column ").append(m.getContextMark().getColumn() + 1);
                }
            }
            return sb.toString();
        }
        String msg = oneLine(e.getOriginalMessage());
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + msg;
        }
        return msg;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    // ---------------------------------------------------------------------------------------------- validation

    private static ModelSpec validate(JsonNode root, String origin, Path baseDir) {
        if (!root.isObject()) {
            throw InputException.field(origin, "a YAML mapping with model, masses, ...", describe(root));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw InputException.field(origin + ": " + key, "one of the top-level keys " + TOP_LEVEL_KEYS, key);
            }
        }
        JsonNode description = root.get("description");
        if (description != null && !description.isValueNode() && !description.isNull()) {
            throw InputException.field(origin + ": description", "free text", describe(description));
        }
        ModelType type = modelType(root.get("model"), origin);
        String parameters = parameters(root.get("parameters"), origin, baseDir);
        Map<String, Double> masses = masses(root.get("masses"), origin, type);
        Map<String, Double> potential = potential(root.get("potential"), origin, type);
        Map<String, CMatrix3> couplings = couplings(root.get("couplings"), origin, type);
        Map<String, String> options = options(root.get("options"), origin, type);
        return new ModelSpec(origin, type.name(), parameters, masses, potential, couplings, options);
    }

    private static ModelType modelType(JsonNode node, String origin) {
        String expected = "a model name, one of " + ModelCatalogue.names();
        if (isAbsent(node)) {
            throw InputException.field(origin + ": model", expected, null);
        }
        if (!node.isTextual()) {
            throw InputException.field(origin + ": model", expected, describe(node));
        }
        return ModelCatalogue.find(node.textValue())
                .orElseThrow(() -> InputException.field(origin + ": model", expected, node.textValue()));
    }

    /**
     * The parameter reference: a built-in name, kept as is, or a file path, resolved against the model file's
     * directory and stored as an absolute path, so the spec loads it from any working directory, whether the
     * consumer resolves it against the origin's directory (as {@code Lqflav.parametersFor} does) or not. Loaded
     * once here, so that a bad reference is reported when the model file is read.
     */
    private static String parameters(JsonNode node, String origin, Path baseDir) {
        if (isAbsent(node)) {
            return DEFAULT_PARAMETERS;
        }
        String where = origin + ": parameters";
        String expected = "a built-in parameter set (one of " + ParameterSet.BUILT_IN
                + ") or the path of a parameter .yaml file";
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw InputException.field(where, expected, describe(node));
        }
        String ref = node.textValue().trim();
        try {
            ParameterSet.load(ref, baseDir);
            if (ParameterSet.BUILT_IN.contains(ref)) {
                return ref;
            }
            return absolute(baseDir == null ? Path.of(ref) : baseDir.resolve(ref)).toString();
        } catch (InputException e) {
            // the loader's messages start with "parameters: ..." or with the parameter file's path
            String m = e.getMessage();
            throw InputException.of(origin + ": " + (m.startsWith("parameters: ") ? m : "parameters: " + m));
        } catch (InvalidPathException e) {
            throw InputException.field(where, expected, ref);
        }
    }

    /** The file's real path (it exists: it was just loaded), or at least an absolute one. */
    private static Path absolute(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath();
        }
    }

    private static Map<String, Double> masses(JsonNode node, String origin, ModelType type) {
        List<String> names = type.massNames();
        Map<String, Double> out = new LinkedHashMap<>();
        if (isAbsent(node) && names.isEmpty()) {
            return out;
        }
        JsonNode map = mapping(node, origin + ": masses", "a mapping with the masses in GeV of " + names);
        checkKeys(map, origin + ": masses", names);
        for (String name : names) {
            String where = origin + ": masses." + name;
            double m = real(map.get(name), where, MASS);
            if (!(m > 0)) {
                throw InputException.field(where, MASS, describe(map.get(name)));
            }
            out.put(name, m);
        }
        return out;
    }

    private static Map<String, Double> potential(JsonNode node, String origin, ModelType type) {
        List<String> names = type.potentialNames();
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, 0.0);
        }
        if (isAbsent(node)) {
            return out;
        }
        JsonNode map = mapping(node, origin + ": potential", "a mapping from " + names + " to numbers");
        checkKeys(map, origin + ": potential", names);
        for (String name : names) {
            JsonNode v = map.get(name);
            if (v != null) {
                out.put(name, real(v, origin + ": potential." + name, REAL));
            }
        }
        return out;
    }

    private static Map<String, CMatrix3> couplings(JsonNode node, String origin, ModelType type) {
        List<String> names = new ArrayList<>();
        for (CouplingSpec c : type.couplings()) {
            names.add(c.name());
        }
        Map<String, CMatrix3> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, CMatrix3.ZERO);
        }
        if (isAbsent(node)) {
            return out;
        }
        JsonNode map = mapping(node, origin + ": couplings", "a mapping from " + names + " to 3x3 matrices");
        checkKeys(map, origin + ": couplings", names);
        for (CouplingSpec c : type.couplings()) {
            JsonNode v = map.get(c.name());
            if (v != null) {
                String where = origin + ": couplings." + c.name();
                CMatrix3 y = matrix(v, where);
                if (c.symmetric()) {
                    checkSymmetric(y, where);
                }
                out.put(c.name(), y);
            }
        }
        return out;
    }

    private static Map<String, String> options(JsonNode node, String origin, ModelType type) {
        Map<String, List<String>> allowed = type.options();
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : allowed.entrySet()) {
            out.put(e.getKey(), e.getValue().get(0));
        }
        if (isAbsent(node)) {
            return out;
        }
        JsonNode map = mapping(node, origin + ": options", "a mapping from " + allowed.keySet() + " to values");
        checkKeys(map, origin + ": options", List.copyOf(allowed.keySet()));
        for (Map.Entry<String, List<String>> e : allowed.entrySet()) {
            JsonNode v = map.get(e.getKey());
            if (v == null) {
                continue;
            }
            String where = origin + ": options." + e.getKey();
            if (v.isNull() || !v.isValueNode() || !e.getValue().contains(v.asText())) {
                throw InputException.field(where, "one of " + e.getValue(), describe(v));
            }
            out.put(e.getKey(), v.asText());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** A 3x3 complex matrix from a list of 3 lists of 3 entries; {@code where} is file and field. */
    static CMatrix3 matrix(JsonNode node, String where) {
        if (node == null || !node.isArray()) {
            throw InputException.field(where, MATRIX, describe(node));
        }
        if (node.size() != 3) {
            throw InputException.field(where, MATRIX, described(node.size() + (node.size() == 1 ? " row" : " rows")));
        }
        for (int i = 0; i < 3; i++) {
            JsonNode row = node.get(i);
            if (!row.isArray()) {
                throw InputException.field(where, MATRIX,
                        described("row " + (i + 1) + " = " + describe(row) + ", not a list"));
            }
            if (row.size() != 3) {
                throw InputException.field(where, MATRIX, described("row " + (i + 1) + " has " + row.size()
                        + (row.size() == 1 ? " entry" : " entries")));
            }
        }
        Complex[][] z = new Complex[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                z[i][j] = ComplexNumbers.fromYaml(node.get(i).get(j), where + "[" + (i + 1) + "][" + (j + 1) + "]");
            }
        }
        return CMatrix3.of(z);
    }

    private static void checkSymmetric(CMatrix3 y, String where) {
        if (y.isSymmetric(SYMMETRY_TOLERANCE)) {
            return;
        }
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                Complex a = y.get(i, j);
                Complex b = y.get(j, i);
                double scale = 1.0 + a.norm();
                if (a.subtract(b).norm() > SYMMETRY_TOLERANCE * scale) {
                    differ.add("[" + (i + 1) + "][" + (j + 1) + "] = " + ComplexNumbers.format(a)
                            + " but [" + (j + 1) + "][" + (i + 1) + "] = " + ComplexNumbers.format(b));
                }
            }
        }
        throw InputException.field(where, "a symmetric matrix ([i][j] = [j][i])", described(String.join("; ", differ)));
    }

    /**
     * A finite real number: a YAML number, or a string that reads as one ("1200", "1.2e3", "2+0i").
     * Absent, null, NaN, infinite, complex or non-numeric values are rejected with {@code expected}.
     */
    private static double real(JsonNode node, String where, String expected) {
        if (isAbsent(node)) {
            throw InputException.field(where, expected, null);
        }
        if (node.isNumber()) {
            double v = node.doubleValue();
            if (!Double.isFinite(v)) {
                throw InputException.field(where, expected, describe(node));
            }
            return v;
        }
        if (node.isTextual()) {
            try {
                Complex z = ComplexNumbers.parse(node.textValue(), where);
                if (z.getImaginary() == 0.0) {
                    return z.getReal();
                }
            } catch (InputException e) {
                // reported below with this field's expectation
            }
        }
        throw InputException.field(where, expected, describe(node));
    }

    private static JsonNode mapping(JsonNode node, String where, String expected) {
        if (node == null || !node.isObject()) {
            throw InputException.field(where, expected, describe(node));
        }
        return node;
    }

    private static void checkKeys(JsonNode map, String where, List<String> valid) {
        for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!valid.contains(key)) {
                throw InputException.field(where + "." + key, "one of " + valid, key);
            }
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** How a value shows in a message: numbers and words as written, strings quoted, containers by kind. */
    static Object describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            double v = node.doubleValue();
            if (Double.isNaN(v)) {
                return described("NaN (.nan)");
            }
            if (Double.isInfinite(v) && !node.isBigInteger()) {
                return described(v > 0 ? "infinity (.inf)" : "-infinity (-.inf)");
            }
            return described(node.asText());
        }
        if (node.isArray()) {
            return described(node.size() == 1 ? "a list of 1 entry" : "a list of " + node.size() + " entries");
        }
        if (node.isObject()) {
            return described("a mapping");
        }
        return described(node.asText());
    }

    private static Object described(String text) {
        return new Described(text);
    }

    /** Text shown as is (InputException puts quotes around strings, which are for the user's own values). */
    private record Described(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
