package org.lqflav.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lqflav.InputException;
import org.lqflav.Lqflav;
import org.lqflav.data.MeasurementSet;
import org.lqflav.model.ModelSpec;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.param.ParameterSet;

/**
 * A scan, read from a scan file (docs/scans-and-fits.md#scan-files) and checked. Row layout of a scan point:
 * the full parameter vector ({@code space.addresses()}), then the evaluated observables, then {@code chi2} and
 * {@code delta_chi2} when requested; {@link #columns()} are the names written out, a subset of {@link #rowNames()}.
 */
public record ScanSpec(String origin, String description, ModelSpec base, ParameterSet sm, ParameterSpace space,
                       Sampling sampling, List<String> observables, MeasurementSet data, boolean chi2,
                       List<Cut> cuts, List<String> columns) {
    static final List<String> KEYS = List.of("description", "model", "data", "sampling", "points", "seed",
            "grid_points", "parameters", "tie", "observables", "cuts", "columns", "chi2");

    public ScanSpec {
        observables = List.copyOf(observables);
        cuts = List.copyOf(cuts);
        columns = List.copyOf(columns);
    }

    /** The same scan with another number of points (random and Latin hypercube sampling only). */
    public ScanSpec withPoints(long points) {
        if (points < 1) {
            throw InputException.field("--points", "a whole number >= 1", points);
        }
        Sampling s = switch (sampling.method()) {
            case RANDOM -> Sampling.random(points, sampling.seed());
            case LATIN_HYPERCUBE -> Sampling.latinHypercube(points, sampling.seed(), space.dimension());
            case GRID -> throw InputException.field("--points", "a random or latin_hypercube scan (a grid's size "
                    + "comes from grid_points)", points);
        };
        return new ScanSpec(origin, description, base, sm, space, s, observables, data, chi2, cuts, columns);
    }

    /** Names of the row vector: parameters, observables, then chi2 and delta_chi2 if requested. */
    public List<String> rowNames() {
        List<String> n = new ArrayList<>();
        space.addresses().forEach(a -> n.add(a.toString()));
        n.addAll(observables);
        if (chi2) {
            n.add("chi2");
            n.add("delta_chi2");
        }
        return n;
    }

    /** Reads a scan file. Every user error is a one-line InputException naming the file and field. */
    public static ScanSpec read(Path file) {
        JsonNode root = SpecReader.read(file, "scan file");
        return of(root, file.toString(), file.toAbsolutePath().getParent());
    }

    /** From YAML text; relative paths resolve against {@code baseDir}. */
    public static ScanSpec parse(String yaml, String origin, Path baseDir) {
        return of(SpecReader.parse(yaml, origin, "scan file"), origin, baseDir);
    }

    private static ScanSpec of(JsonNode root, String origin, Path baseDir) {
        SpecReader.checkKeys(root, origin + ":", KEYS);
        ModelSpec base = SpecReader.model(root.get("model"), baseDir, origin + ": model");
        ParameterSet sm = Lqflav.parametersFor(base);
        List<String> computed = SpecReader.computedBy(base);
        MeasurementSet data = SpecReader.data(root.get("data"), baseDir, origin + ": data");
        if (data != null) {
            data = data.restrictedTo(computed);
        }

        // parameters
        Map<String, Object> entries = SpecReader.parameters(root.get("parameters"), root.get("tie"), base.model(),
                origin);
        List<ParameterSpace.Free> free = new ArrayList<>();
        List<ParameterSpace.Fixed> fixed = new ArrayList<>();
        for (Object o : entries.values()) {
            if (o instanceof SpecReader.Entry e) {
                Object p = prior(e.value(), e.where());
                if (p instanceof Prior prior) {
                    free.add(new ParameterSpace.Free(e.address(), prior));
                } else {
                    fixed.add(new ParameterSpace.Fixed(e.address(), (Double) p));
                }
            }
        }
        List<ParameterSpace.Tie> ties = SpecReader.ties(entries, free, fixed, base);
        if (free.isEmpty()) {
            throw InputException.field(origin + ": parameters", "at least one parameter with a range", "none");
        }
        ParameterSpace space = new ParameterSpace(free, fixed, ties);

        Sampling sampling = sampling(root, origin, free, base.model());

        // observables: requested, then what cuts, columns and chi2 need
        List<String> requested = new ArrayList<>();
        JsonNode on = root.get("observables");
        if (on != null && on.isTextual() && on.asText().trim().equals("all")) {
            requested.addAll(computed);
        } else {
            List<String> names = SpecReader.names(on, origin + ": observables");
            for (int i = 0; i < names.size(); i++) {
                requested.add(observable(names.get(i), computed, base, origin + ": observables[" + (i + 1) + "]"));
            }
        }
        Set<String> obs = new LinkedHashSet<>(requested);
        List<String> paramNames = space.addresses().stream().map(ParameterAddress::toString).toList();
        boolean chi2 = SpecReader.bool(root.get("chi2"), origin + ": chi2", false);
        if (chi2 && data == null) {
            throw InputException.field(origin + ": chi2", "a data set to compute chi2 against (add data: NAME)",
                    "chi2: true without data");
        }
        List<Cut> cuts = new ArrayList<>();
        List<String> cutObservables = new ArrayList<>();
        List<String> cutTexts = SpecReader.names(root.get("cuts"), origin + ": cuts");
        for (int i = 0; i < cutTexts.size(); i++) {
            String where = origin + ": cuts[" + (i + 1) + "]";
            Cut c = Cut.parse(cutTexts.get(i), name -> column(name, paramNames, computed, base, chi2, where), data,
                    where);
            if (isObservable(c.column(), paramNames)) {
                obs.add(c.column());
                if (!cutObservables.contains(c.column())) {
                    cutObservables.add(c.column());
                }
            }
            cuts.add(c);
        }
        if (chi2) {
            obs.addAll(data.observables());
        }
        List<String> columns = new ArrayList<>();
        JsonNode cn = root.get("columns");
        if (cn == null || cn.isNull()) {
            free.forEach(f -> columns.add(f.address().toString()));
            ties.forEach(t -> columns.add(t.address().toString()));
            columns.addAll(on == null ? cutObservables : requested);
            if (chi2) {
                columns.add("chi2");
                columns.add("delta_chi2");
            }
        } else {
            List<String> names = SpecReader.names(cn, origin + ": columns");
            for (int i = 0; i < names.size(); i++) {
                String where = origin + ": columns[" + (i + 1) + "]";
                String c = column(names.get(i), paramNames, computed, base, chi2, where);
                if (isObservable(c, paramNames)) {
                    obs.add(c);
                }
                if (columns.contains(c)) {
                    throw InputException.field(where, "each column once", c);
                }
                columns.add(c);
            }
        }
        if (columns.isEmpty()) {
            throw InputException.field(origin + ": columns", "at least one column", "none");
        }
        String description = root.path("description").asText("");
        return new ScanSpec(origin, description, base, sm, space, sampling, List.copyOf(obs), data, chi2, cuts,
                columns);
    }

    private static boolean isObservable(String column, List<String> params) {
        return !params.contains(column) && !column.equals("chi2") && !column.equals("delta_chi2");
    }

    /** A column name of a cut or of {@code columns}: a parameter, an observable the model computes, chi2. */
    private static String column(String name, List<String> params, List<String> computed, ModelSpec base,
                                 boolean chi2, String where) {
        String n = name.trim();
        if ((n.equals("chi2") || n.equals("delta_chi2"))) {
            if (!chi2) {
                throw InputException.field(where, "chi2: true in the scan file to use " + n, n);
            }
            return n;
        }
        if (computed.contains(n)) {
            return n;
        }
        if (n.matches("[A-Za-z][A-Za-z0-9_]*\\s*\\[.*") || n.startsWith("masses.") || n.startsWith("potential.")) {
            ParameterAddress a = ParameterAddress.parse(n, base.model(), where);
            if (params.contains(a.toString())) {
                return a.toString();
            }
            throw InputException.field(where, "a parameter listed under parameters (or an observable)", n);
        }
        return observable(n, computed, base, where);
    }

    private static String observable(String name, List<String> computed, ModelSpec base, String where) {
        if (computed.contains(name)) {
            return name;
        }
        try {
            ObservableRegistry.standard().get(name);
        } catch (InputException e) {
            throw InputException.of(where + ": " + e.getMessage());
        }
        throw InputException.field(where, "an observable model " + base.model() + " computes", name);
    }

    /** A free parameter's prior, or a Double for a fixed value. */
    private static Object prior(JsonNode v, String where) {
        if (v.isNumber() || (v.isTextual() && !v.asText().trim().startsWith("="))) {
            return SpecReader.number(v, where);
        }
        if (v.isArray()) {
            double[] r = SpecReader.range(v, where);
            return new Prior.Uniform(r[0], r[1]);
        }
        if (!v.isObject()) {
            throw InputException.field(where, "[low, high], a number, {uniform: [..]}, {log_uniform: [..]}, "
                    + "{fixed: x} or '= OTHER'", SpecReader.describe(v));
        }
        SpecReader.checkKeys(v, where, List.of("uniform", "log_uniform", "sign", "fixed"));
        int kinds = (v.has("uniform") ? 1 : 0) + (v.has("log_uniform") ? 1 : 0) + (v.has("fixed") ? 1 : 0);
        if (kinds != 1) {
            throw InputException.field(where, "exactly one of uniform, log_uniform, fixed", kinds + " of them");
        }
        if (v.has("fixed")) {
            return SpecReader.number(v.get("fixed"), where + ".fixed");
        }
        if (v.has("uniform")) {
            if (v.has("sign")) {
                throw InputException.field(where + ".sign", "sign only with log_uniform", "sign");
            }
            double[] r = SpecReader.range(v.get("uniform"), where + ".uniform");
            return new Prior.Uniform(r[0], r[1]);
        }
        double[] r = SpecReader.range(v.get("log_uniform"), where + ".log_uniform");
        if (!(r[0] > 0)) {
            throw InputException.field(where + ".log_uniform", "a range of magnitudes 0 < low < high (use sign: both "
                    + "for either sign)", "[" + r[0] + ", " + r[1] + "]");
        }
        String sign = v.has("sign") ? SpecReader.text(v.get("sign"), where + ".sign", "positive, negative or both")
                .toLowerCase(Locale.ROOT) : "positive";
        int s = switch (sign) {
            case "positive", "+" -> 1;
            case "negative", "-" -> -1;
            case "both", "symmetric", "+-" -> 0;
            default -> throw InputException.field(where + ".sign", "positive, negative or both", sign);
        };
        return new Prior.LogUniform(r[0], r[1], s);
    }

    private static Sampling sampling(JsonNode root, String origin, List<ParameterSpace.Free> free, String model) {
        String method = root.has("sampling") ? SpecReader.text(root.get("sampling"), origin + ": sampling",
                "random, latin_hypercube or grid").toLowerCase(Locale.ROOT) : "random";
        long seed = root.has("seed") ? seed(root.get("seed"), origin + ": seed") : 1L;
        switch (method) {
            case "random", "latin_hypercube", "lhs" -> {
                if (root.has("grid_points")) {
                    throw InputException.field(origin + ": grid_points", "grid_points only with sampling: grid",
                            "sampling: " + method);
                }
                if (!root.has("points")) {
                    throw InputException.field(origin + ": points", "the number of points (a whole number >= 1)",
                            null);
                }
                long points = SpecReader.integer(root.get("points"), origin + ": points", 1);
                return method.equals("random") ? Sampling.random(points, seed)
                        : Sampling.latinHypercube(points, seed, free.size());
            }
            case "grid" -> {
                JsonNode g = root.get("grid_points");
                List<Integer> per = new ArrayList<>();
                if (g == null) {
                    throw InputException.field(origin + ": grid_points", "points per parameter for sampling: grid "
                            + "(a number, or NAME: number for each parameter)", null);
                }
                if (g.isObject()) {
                    Integer[] counts = new Integer[free.size()];
                    for (Iterator<String> it = g.fieldNames(); it.hasNext(); ) {
                        String k = it.next();
                        String w = origin + ": grid_points." + k;
                        ParameterAddress a = ParameterAddress.parse(k, model, w);
                        int idx = -1;
                        for (int i = 0; i < free.size(); i++) {
                            if (free.get(i).address().sameAs(a)) {
                                idx = i;
                            }
                        }
                        if (idx < 0) {
                            throw InputException.field(w, "a free parameter (one with a range)", k);
                        }
                        counts[idx] = (int) SpecReader.integer(g.get(k), w, 1);
                    }
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] == null) {
                            throw InputException.field(origin + ": grid_points", "a count for every free parameter",
                                    "none for " + free.get(i).address());
                        }
                        per.add(counts[i]);
                    }
                } else {
                    int n = (int) SpecReader.integer(g, origin + ": grid_points", 1);
                    free.forEach(f -> per.add(n));
                }
                Sampling s = Sampling.grid(per);
                if (root.has("points") && SpecReader.integer(root.get("points"), origin + ": points", 1) != s.points()) {
                    throw InputException.field(origin + ": points", "the product of grid_points (" + s.points()
                            + ") or no points entry", root.get("points").asText());
                }
                return s;
            }
            default -> throw InputException.field(origin + ": sampling", "random, latin_hypercube or grid", method);
        }
    }

    private static long seed(JsonNode node, String where) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw InputException.field(where, "a whole number", SpecReader.describe(node));
        }
        return node.asLong();
    }
}
