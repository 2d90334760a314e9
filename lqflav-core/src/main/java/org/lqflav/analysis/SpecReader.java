package org.lqflav.analysis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lqflav.InputException;
import org.lqflav.Lqflav;
import org.lqflav.data.MeasurementSet;
import org.lqflav.model.ModelFile;
import org.lqflav.model.ModelSpec;

/** Shared reading of scan and fit files: YAML, the base model, parameters and ties, the data set. */
final class SpecReader {
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern TIE = Pattern.compile("\\s*=?\\s*(?:([-+]?[0-9.]+(?:[eE][-+]?\\d+)?)\\s*\\*\\s*)?"
            + "(-)?\\s*(.+?)\\s*");

    private SpecReader() {
    }

    static JsonNode read(Path file, String what) {
        if (Files.isDirectory(file)) {
            throw InputException.of(file + ": is a folder, expected a " + what);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InputException.of(file + ": no such " + what);
        } catch (IOException e) {
            throw InputException.of(file + ": cannot read " + what + " (" + e.getMessage() + ")");
        }
        return parse(text, file.toString(), what);
    }

    static JsonNode parse(String text, String origin, String what) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n")[0];
            String at = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw InputException.of(origin + ": not valid YAML (" + at + m + ")");
        }
        if (root == null || !root.isObject()) {
            throw InputException.field(origin, "a YAML mapping (a " + what + ", see docs/scans-and-fits.md)",
                    root == null ? null : describe(root));
        }
        return root;
    }

    static void checkKeys(JsonNode node, String where, List<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw InputException.field(where.endsWith(":") ? where + " " + k : where + "." + k,
                        "one of the keys " + allowed, k);
            }
        }
    }

    /** The base model file, relative to the spec file's folder. */
    static ModelSpec model(JsonNode node, Path baseDir, String where) {
        String path = text(node, where, "the path of a model file (relative to this file)");
        Path p = baseDir == null ? Path.of(path) : baseDir.resolve(path);
        if (!Files.exists(p)) {
            throw InputException.field(where, "an existing model file (relative to this file)", path);
        }
        return ModelFile.read(p);
    }

    /** {@code data: NAME|FILE} or {@code data: {set: NAME|FILE, only: [...], exclude: [...]}}; null if absent. */
    static MeasurementSet data(JsonNode node, Path baseDir, String where) {
        return data(node, baseDir, where, null);
    }

    /** As {@link #data(JsonNode, Path, String)}, with the set replaced by {@code override} (only/exclude kept). */
    static MeasurementSet data(JsonNode node, Path baseDir, String where, String override) {
        if (override != null && (node == null || node.isNull() || node.isTextual())) {
            return load(override, null, "--data");
        }
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return load(node.asText(), baseDir, where);
        }
        if (!node.isObject()) {
            throw InputException.field(where, "a data set name (seeds2021, current), a file, or {set, only, exclude}",
                    describe(node));
        }
        checkKeys(node, where, List.of("set", "only", "exclude"));
        MeasurementSet set = override != null ? load(override, null, "--data")
                : load(text(node.get("set"), where + ".set", "seeds2021, current or a file"), baseDir, where + ".set");
        return set.select(names(node.get("only"), where + ".only"), names(node.get("exclude"), where + ".exclude"),
                where);
    }

    private static MeasurementSet load(String name, Path baseDir, String where) {
        try {
            return MeasurementSet.load(name, baseDir);
        } catch (InputException e) {
            throw e.getMessage().startsWith("data:") ? InputException.of(where + e.getMessage().substring(4)) : e;
        }
    }

    static List<String> names(JsonNode node, String where) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText().trim());
            return out;
        }
        if (!node.isArray()) {
            throw InputException.field(where, "a list of names", describe(node));
        }
        for (int i = 0; i < node.size(); i++) {
            out.add(text(node.get(i), where + "[" + (i + 1) + "]", "a name"));
        }
        return out;
    }

    /** A parameter's entry in {@code parameters}, before ties are resolved. */
    record Entry(ParameterAddress address, String where, JsonNode value) {
    }

    /** A tie read from {@code NAME: "= [f *] [-]OTHER"} or {@code tie: {NAME: OTHER}}. */
    record TieText(ParameterAddress address, String where, String source, double factor) {
    }

    /** Parameter entries of {@code parameters:} plus ties of {@code tie:}; duplicates are errors. */
    static Map<String, Object> parameters(JsonNode params, JsonNode ties, String model, String where) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<ParameterAddress> seen = new ArrayList<>();
        if (params == null || !params.isObject() || params.isEmpty()) {
            throw InputException.field(where + ": parameters", "a mapping NAME: RANGE with at least one parameter",
                    params == null ? null : describe(params));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String w = where + ": parameters." + e.getKey();
            ParameterAddress a = ParameterAddress.parse(e.getKey(), model, w);
            once(seen, a, w);
            JsonNode v = e.getValue();
            if (v.isTextual() && v.asText().trim().startsWith("=")) {
                out.put(a.toString(), tie(a, v.asText(), w));
            } else if (v.isObject() && v.has("tie")) {
                checkKeys(v, w, List.of("tie", "factor"));
                double f = v.has("factor") ? number(v.get("factor"), w + ".factor") : 1.0;
                TieText t = tie(a, text(v.get("tie"), w + ".tie", "a parameter name"), w);
                out.put(a.toString(), new TieText(a, w, t.source(), f * t.factor()));
            } else {
                out.put(a.toString(), new Entry(a, w, v));
            }
        }
        if (ties != null && !ties.isNull()) {
            if (!ties.isObject()) {
                throw InputException.field(where + ": tie", "a mapping NAME: OTHER (NAME = OTHER)", describe(ties));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = ties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String w = where + ": tie." + e.getKey();
                ParameterAddress a = ParameterAddress.parse(e.getKey(), model, w);
                once(seen, a, w);
                out.put(a.toString(), tie(a, text(e.getValue(), w, "a parameter name like yL[2,3] or -yL[2,3]"), w));
            }
        }
        return out;
    }

    private static void once(List<ParameterAddress> seen, ParameterAddress a, String where) {
        for (ParameterAddress s : seen) {
            if (s.sameAs(a)) {
                throw InputException.field(where, "each parameter once (also via ties)", a.toString());
            }
        }
        seen.add(a);
    }

    private static TieText tie(ParameterAddress a, String text, String where) {
        Matcher m = TIE.matcher(text);
        if (!m.matches()) {
            throw InputException.field(where, "a tie like '= yL[2,3]', '= -yL[2,3]' or '= 0.5 * yL[2,3]'", text);
        }
        double f = m.group(1) == null ? 1.0 : Double.parseDouble(m.group(1));
        if (m.group(2) != null) {
            f = -f;
        }
        return new TieText(a, where, m.group(3), f);
    }

    /**
     * Resolves tie sources against the free and fixed parameters. {@code model} checks names;
     * a source that is neither free nor fixed is fixed at its base value.
     */
    static List<ParameterSpace.Tie> ties(Map<String, Object> entries, List<ParameterSpace.Free> free,
                                         List<ParameterSpace.Fixed> fixed, ModelSpec base) {
        List<ParameterSpace.Tie> out = new ArrayList<>();
        for (Object o : entries.values()) {
            if (!(o instanceof TieText t)) {
                continue;
            }
            ParameterAddress src = ParameterAddress.parse(t.source(), base.model(), t.where());
            if (src.sameAs(t.address())) {
                throw InputException.field(t.where(), "a tie to another parameter", t.source());
            }
            for (Object other : entries.values()) {
                if (other instanceof TieText u && u.address().sameAs(src)) {
                    throw InputException.field(t.where(), "a tie to a free or fixed parameter, not to another tie",
                            t.source());
                }
            }
            boolean known = free.stream().anyMatch(f -> f.address().sameAs(src))
                    || fixed.stream().anyMatch(f -> f.address().sameAs(src));
            if (!known) {
                fixed.add(new ParameterSpace.Fixed(src, ModelPoint.valueIn(base, src)));
            }
            out.add(new ParameterSpace.Tie(t.address(), src, t.factor()));
        }
        return out;
    }

    static double[] range(JsonNode node, String where) {
        String expected = "a range [low, high] with low < high";
        if (node == null || !node.isArray() || node.size() != 2) {
            throw InputException.field(where, expected, describe(node));
        }
        double lo = number(node.get(0), where + "[1]");
        double hi = number(node.get(1), where + "[2]");
        if (!(lo < hi)) {
            throw InputException.field(where, expected + " (an empty range is not allowed)", "[" + lo + ", " + hi + "]");
        }
        return new double[] {lo, hi};
    }

    static double number(JsonNode node, String where) {
        if (node != null && node.isNumber() && Double.isFinite(node.doubleValue())) {
            return node.doubleValue();
        }
        if (node != null && node.isTextual()) {
            try {
                double v = Double.parseDouble(node.asText().trim());
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw InputException.field(where, "a finite number", describe(node));
    }

    static long integer(JsonNode node, String where, long min) {
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < min) {
            throw InputException.field(where, "a whole number >= " + min, describe(node));
        }
        return node.asLong();
    }

    static String text(JsonNode node, String where, String expected) {
        if (node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            throw InputException.field(where, expected, describe(node));
        }
        return node.asText().trim();
    }

    static boolean bool(JsonNode node, String where, boolean dflt) {
        if (node == null || node.isNull()) {
            return dflt;
        }
        if (!node.isBoolean()) {
            throw InputException.field(where, "true or false", describe(node));
        }
        return node.asBoolean();
    }

    /** Observables a model computes (evaluated once at the base point). */
    static List<String> computedBy(ModelSpec spec) {
        return List.copyOf(Lqflav.predict(spec).values().keySet());
    }

    static Object describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            return new Shown("a list of " + node.size() + (node.size() == 1 ? " entry" : " entries"));
        }
        if (node.isObject()) {
            return new Shown("a mapping");
        }
        return node.isTextual() ? node.asText() : new Shown(node.toString());
    }

    /** Shown without quotes. */
    record Shown(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
