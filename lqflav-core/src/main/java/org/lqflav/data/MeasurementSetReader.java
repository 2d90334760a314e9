package org.lqflav.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.lqflav.InputException;
import org.lqflav.obs.ObservableRegistry;

/**
 * Reads and validates measurement-set YAML (layout: docs/data.md#file-format). Every user error is a one-line
 * {@link InputException} naming the file and the field ({@code measurements[3].limit}).
 */
final class MeasurementSetReader {
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final List<String> TOP = List.of("name", "description", "rule", "measurements", "not_used");
    private static final List<String> KINDS = List.of("gaussian", "correlated_gaussian", "upper_limit");
    private static final List<String> VERIFIED = List.of("true", "derived", "partial", "false");
    private static final List<String> COMMON =
            List.of("id", "kind", "source", "verified", "caveat", "note", "theory", "theory_source");

    private MeasurementSetReader() {
    }

    static MeasurementSet parse(String yaml, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw InputException.of(origin + ": not valid YAML (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (root == null || !root.isObject()) {
            throw InputException.field(origin, "a YAML mapping with name and measurements", "something else");
        }
        checkKeys(root, origin, TOP);
        String name = text(root.get("name"), origin + ": name");
        JsonNode list = root.get("measurements");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw InputException.field(origin + ": measurements", "a list of measurements", describe(list));
        }
        List<Measurement> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> observables = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = origin + ": measurements[" + (i + 1) + "]";
            Measurement m = measurement(list.get(i), where);
            if (!ids.add(m.id())) {
                throw InputException.field(where + ".id", "an id used once in the set", m.id());
            }
            for (String o : m.observables()) {
                if (!observables.add(o)) {
                    throw InputException.field(where, "each observable in one measurement only", o);
                }
            }
            out.add(m);
        }
        List<MeasurementSet.NotUsed> notUsed = new ArrayList<>();
        JsonNode nu = root.get("not_used");
        if (nu != null && !nu.isNull()) {
            if (!nu.isArray()) {
                throw InputException.field(origin + ": not_used", "a list of {quantity, reason}", describe(nu));
            }
            for (int i = 0; i < nu.size(); i++) {
                String where = origin + ": not_used[" + (i + 1) + "]";
                JsonNode e = nu.get(i);
                if (!e.isObject()) {
                    throw InputException.field(where, "a mapping {quantity, reason}", describe(e));
                }
                checkKeys(e, where, List.of("quantity", "reason"));
                notUsed.add(new MeasurementSet.NotUsed(text(e.get("quantity"), where + ".quantity"),
                        text(e.get("reason"), where + ".reason")));
            }
        }
        return new MeasurementSet(name, origin, root.path("description").asText(""), out, notUsed);
    }

    private static Measurement measurement(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw InputException.field(where, "a mapping with id, kind, observable, ...", describe(node));
        }
        String kind = text(node.get("kind"), where + ".kind");
        if (!KINDS.contains(kind)) {
            throw InputException.field(where + ".kind", "one of " + KINDS, kind);
        }
        String id = text(node.get("id"), where + ".id");
        String verified = node.has("verified") ? text(node.get("verified"), where + ".verified") : "";
        if (!verified.isEmpty() && !VERIFIED.contains(verified)) {
            throw InputException.field(where + ".verified", "one of " + VERIFIED, verified);
        }
        Provenance prov = new Provenance(optionalText(node.get("source"), where + ".source"), verified,
                optionalText(node.get("caveat"), where + ".caveat"), optionalText(node.get("note"), where + ".note"));
        optionalText(node.get("theory_source"), where + ".theory_source");
        switch (kind) {
            case "gaussian": {
                checkKeys(node, where, with("observable", "value", "uncertainty", "uncertainty_plus",
                        "uncertainty_minus"));
                String obs = observable(node.get("observable"), where + ".observable");
                double value = number(node.get("value"), where + ".value", "a finite number");
                double theory = node.has("theory") ? nonNegative(node.get("theory"), where + ".theory") : 0.0;
                boolean sym = node.has("uncertainty");
                boolean asym = node.has("uncertainty_plus") || node.has("uncertainty_minus");
                if (sym == asym) {
                    throw InputException.field(where, "either uncertainty or uncertainty_plus and uncertainty_minus",
                            sym ? "both" : "neither");
                }
                if (sym) {
                    double s = positive(node.get("uncertainty"), where + ".uncertainty");
                    return new GaussianMeasurement(id, obs, value, s, s, theory, prov);
                }
                double plus = positive(node.get("uncertainty_plus"), where + ".uncertainty_plus");
                double minus = positive(node.get("uncertainty_minus"), where + ".uncertainty_minus");
                return new GaussianMeasurement(id, obs, value, plus, minus, theory, prov);
            }
            case "upper_limit": {
                checkKeys(node, where, with("observable", "limit", "cl"));
                String obs = observable(node.get("observable"), where + ".observable");
                double limit = positive(node.get("limit"), where + ".limit");
                double cl = number(node.get("cl"), where + ".cl", "a confidence level between 0 and 1 (e.g. 0.90)");
                if (!(cl > 0 && cl < 1)) {
                    throw InputException.field(where + ".cl", "a confidence level between 0 and 1 (e.g. 0.90)", cl);
                }
                double theory = node.has("theory") ? nonNegative(node.get("theory"), where + ".theory") : 0.0;
                return new LimitMeasurement(id, obs, limit, cl, theory, prov);
            }
            default: {
                checkKeys(node, where, with("observables", "values", "uncertainties", "correlation"));
                JsonNode on = node.get("observables");
                if (on == null || !on.isArray() || on.size() < 2) {
                    throw InputException.field(where + ".observables", "a list of 2 or more observable names",
                            describe(on));
                }
                int n = on.size();
                List<String> obs = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    obs.add(observable(on.get(i), where + ".observables[" + (i + 1) + "]"));
                }
                double[] values = numbers(node.get("values"), n, where + ".values", false);
                double[] sigmas = numbers(node.get("uncertainties"), n, where + ".uncertainties", true);
                double[] theory = node.has("theory") ? theoryList(node.get("theory"), n, where + ".theory")
                        : new double[n];
                double[][] rho = correlation(node.get("correlation"), n, where + ".correlation");
                return new CorrelatedGaussian(id, obs, values, sigmas, rho, theory, prov);
            }
        }
    }

    private static List<String> with(String... specific) {
        List<String> keys = new ArrayList<>(COMMON);
        keys.addAll(List.of(specific));
        return keys;
    }

    private static double[][] correlation(JsonNode node, int n, String where) {
        String expected = n == 2 ? "a correlation coefficient in [-1, 1] or a 2x2 matrix"
                : "a symmetric " + n + "x" + n + " correlation matrix with unit diagonal";
        double[][] rho = new double[n][n];
        if (node != null && node.isNumber() && n == 2) {
            double r = node.doubleValue();
            if (!(Math.abs(r) < 1)) {
                throw InputException.field(where, "a correlation coefficient strictly between -1 and 1", r);
            }
            rho[0][0] = 1;
            rho[1][1] = 1;
            rho[0][1] = r;
            rho[1][0] = r;
            return rho;
        }
        if (node == null || !node.isArray() || node.size() != n) {
            throw InputException.field(where, expected, describe(node));
        }
        for (int i = 0; i < n; i++) {
            rho[i] = numbers(node.get(i), n, where + "[" + (i + 1) + "]", false);
        }
        if (!CorrelatedGaussian.isValidCorrelation(rho)) {
            throw InputException.field(where, expected + ", positive definite", "a matrix that is not");
        }
        return rho;
    }

    private static double[] theoryList(JsonNode node, int n, String where) {
        double[] t = new double[n];
        if (node == null || !node.isArray() || node.size() != n) {
            throw InputException.field(where, "a list of " + n + " numbers >= 0", describe(node));
        }
        for (int i = 0; i < n; i++) {
            t[i] = nonNegative(node.get(i), where + "[" + (i + 1) + "]");
        }
        return t;
    }

    private static double[] numbers(JsonNode node, int n, String where, boolean positive) {
        if (node == null || !node.isArray() || node.size() != n) {
            throw InputException.field(where, "a list of " + n + " numbers", describe(node));
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            String w = where + "[" + (i + 1) + "]";
            v[i] = positive ? positive(node.get(i), w) : number(node.get(i), w, "a finite number");
        }
        return v;
    }

    private static String observable(JsonNode node, String where) {
        String name = text(node, where);
        if (ObservableRegistry.standard().find(name).isEmpty()) {
            try {
                ObservableRegistry.standard().get(name);
            } catch (InputException e) {
                throw InputException.of(where + ": " + e.getMessage());
            }
        }
        return name;
    }

    private static double number(JsonNode node, String where, String expected) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw InputException.field(where, expected, describe(node));
        }
        return node.doubleValue();
    }

    private static double positive(JsonNode node, String where) {
        double v = number(node, where, "a number > 0");
        if (!(v > 0)) {
            throw InputException.field(where, "a number > 0", v);
        }
        return v;
    }

    private static double nonNegative(JsonNode node, String where) {
        double v = number(node, where, "a number >= 0");
        if (!(v >= 0)) {
            throw InputException.field(where, "a number >= 0", v);
        }
        return v;
    }

    private static String text(JsonNode node, String where) {
        if (node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            throw InputException.field(where, "a non-empty text", describe(node));
        }
        return node.asText().trim();
    }

    private static String optionalText(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        return text(node, where);
    }

    private static void checkKeys(JsonNode node, String where, List<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw InputException.field(where + "." + k, "one of the keys " + allowed, k);
            }
        }
    }

    private static Object describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            return new Described("a list of " + node.size() + (node.size() == 1 ? " entry" : " entries"));
        }
        if (node.isObject()) {
            return new Described("a mapping");
        }
        return node.isTextual() ? node.asText() : new Described(node.toString());
    }

    /** Shown as is (InputException quotes strings, which are reserved for the user's own text). */
    private record Described(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return (i < 0 ? s : s.substring(0, i)).trim();
    }
}
