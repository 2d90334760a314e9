package org.lqflav.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lqflav.InputException;
import org.lqflav.Lqflav;
import org.lqflav.data.Measurement;
import org.lqflav.data.MeasurementSet;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;

/**
 * A fit, read from a fit file (docs/scans-and-fits.md#fit-files) and checked.
 *
 * @param data       the measurements fitted (only those whose observables the model computes)
 * @param notFitted  measurements of the chosen set the model does not compute (reported, not fitted)
 * @param start      starting values of the free parameters (the base model's, moved into the range)
 * @param restarts   CMA-ES runs (the first from {@code start}, the others from random points, population
 *                   doubling each time)
 * @param grid       optional 2D profile-likelihood grid (null if none)
 */
public record FitSpec(String origin, String description, ModelSpec base, ParameterSet sm, MeasurementSet data,
                      List<Measurement> notFitted, ParameterSpace space, double[] start, long seed, int restarts,
                      int maxEvaluations, boolean profile, Grid grid) {
    static final List<String> KEYS = List.of("description", "model", "data", "parameters", "tie", "seed",
            "restarts", "max_evaluations", "profile", "profile_2d");

    /** A grid of nx x ny points over the ranges of two free parameters. */
    public record Grid(ParameterAddress x, ParameterAddress y, int nx, int ny) {
    }

    public FitSpec {
        start = start.clone();
        notFitted = List.copyOf(notFitted);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    public static FitSpec read(Path file) {
        return read(file, null);
    }

    /**
     * @param data a measurement set replacing the file's (its only/exclude selection is kept); null: the file's
     */
    public static FitSpec read(Path file, String data) {
        return of(SpecReader.read(file, "fit file"), file.toString(), file.toAbsolutePath().getParent(), data);
    }

    public static FitSpec parse(String yaml, String origin, Path baseDir) {
        return of(SpecReader.parse(yaml, origin, "fit file"), origin, baseDir, null);
    }

    private static FitSpec of(JsonNode root, String origin, Path baseDir, String dataOverride) {
        SpecReader.checkKeys(root, origin + ":", KEYS);
        ModelSpec base = SpecReader.model(root.get("model"), baseDir, origin + ": model");
        ParameterSet sm = Lqflav.parametersFor(base);
        if (!root.has("data") && dataOverride == null) {
            throw InputException.field(origin + ": data", "a data set to fit (seeds2021, current, a file, or "
                    + "{set, only, exclude})", null);
        }
        MeasurementSet all = SpecReader.data(root.get("data"), baseDir, origin + ": data", dataOverride);
        List<String> computed = SpecReader.computedBy(base);
        MeasurementSet data = all.restrictedTo(computed);
        if (data.measurements().isEmpty()) {
            throw InputException.field(origin + ": data", "measurements of observables model " + base.model()
                    + " computes", "none");
        }
        Map<String, Object> entries = SpecReader.parameters(root.get("parameters"), root.get("tie"), base.model(),
                origin);
        List<ParameterSpace.Free> free = new ArrayList<>();
        List<ParameterSpace.Fixed> fixed = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        for (Object o : entries.values()) {
            if (!(o instanceof SpecReader.Entry e)) {
                continue;
            }
            JsonNode v = e.value();
            if (v.isNumber() || v.isTextual()) {
                fixed.add(new ParameterSpace.Fixed(e.address(), SpecReader.number(v, e.where())));
                continue;
            }
            double[] r;
            Double start = null;
            if (v.isArray()) {
                r = SpecReader.range(v, e.where());
            } else if (v.isObject()) {
                SpecReader.checkKeys(v, e.where(), List.of("range", "start", "fixed"));
                if (v.has("fixed")) {
                    if (v.size() > 1) {
                        throw InputException.field(e.where(), "either fixed or range (and start)", "both");
                    }
                    fixed.add(new ParameterSpace.Fixed(e.address(), SpecReader.number(v.get("fixed"),
                            e.where() + ".fixed")));
                    continue;
                }
                r = SpecReader.range(v.get("range"), e.where() + ".range");
                if (v.has("start")) {
                    start = SpecReader.number(v.get("start"), e.where() + ".start");
                    if (start < r[0] || start > r[1]) {
                        throw InputException.field(e.where() + ".start", "a value inside the range [" + r[0] + ", "
                                + r[1] + "]", start);
                    }
                }
            } else {
                throw InputException.field(e.where(), "[low, high], {range: [low, high], start: x}, a number, or "
                        + "'= OTHER'", SpecReader.describe(v));
            }
            free.add(new ParameterSpace.Free(e.address(), new Prior.Uniform(r[0], r[1])));
            double s = start != null ? start : ModelPoint.valueIn(base, e.address());
            starts.add(Math.min(r[1], Math.max(r[0], s)));
        }
        List<ParameterSpace.Tie> ties = SpecReader.ties(entries, free, fixed, base);
        if (free.isEmpty()) {
            throw InputException.field(origin + ": parameters", "at least one free parameter with a range", "none");
        }
        ParameterSpace space = new ParameterSpace(free, fixed, ties);
        long seed = root.has("seed") ? SpecReader.integer(root.get("seed"), origin + ": seed", 0) : 1L;
        int restarts = root.has("restarts") ? (int) SpecReader.integer(root.get("restarts"), origin + ": restarts", 1)
                : 3;
        int maxEval = root.has("max_evaluations")
                ? (int) SpecReader.integer(root.get("max_evaluations"), origin + ": max_evaluations", 100) : 20000;
        boolean profile = SpecReader.bool(root.get("profile"), origin + ": profile", true);
        Grid grid = grid(root.get("profile_2d"), origin + ": profile_2d", free, base.model());
        double[] start = starts.stream().mapToDouble(Double::doubleValue).toArray();
        return new FitSpec(origin, root.path("description").asText(""), base, sm, data,
                all.notComputedBy(computed), space, start, seed, restarts, maxEval, profile, grid);
    }

    private static Grid grid(JsonNode node, String where, List<ParameterSpace.Free> free, String model) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw InputException.field(where, "{x: NAME, y: NAME, points: N or [NX, NY]}", SpecReader.describe(node));
        }
        SpecReader.checkKeys(node, where, List.of("x", "y", "points"));
        ParameterAddress x = freeParameter(node.get("x"), where + ".x", free, model);
        ParameterAddress y = freeParameter(node.get("y"), where + ".y", free, model);
        if (x.sameAs(y)) {
            throw InputException.field(where + ".y", "a parameter other than x", y.toString());
        }
        JsonNode p = node.get("points");
        int nx = 25;
        int ny = 25;
        if (p != null && p.isArray()) {
            if (p.size() != 2) {
                throw InputException.field(where + ".points", "N or [NX, NY]", SpecReader.describe(p));
            }
            nx = (int) SpecReader.integer(p.get(0), where + ".points[1]", 2);
            ny = (int) SpecReader.integer(p.get(1), where + ".points[2]", 2);
        } else if (p != null) {
            nx = (int) SpecReader.integer(p, where + ".points", 2);
            ny = nx;
        }
        return new Grid(x, y, nx, ny);
    }

    private static ParameterAddress freeParameter(JsonNode node, String where, List<ParameterSpace.Free> free,
                                                  String model) {
        String text = SpecReader.text(node, where, "a free parameter of the fit");
        ParameterAddress a = ParameterAddress.parse(text, model, where);
        for (ParameterSpace.Free f : free) {
            if (f.address().sameAs(a)) {
                return f.address();
            }
        }
        throw InputException.field(where, "a free parameter of the fit (one with a range)", text);
    }

    /** Index of a free parameter. */
    int freeIndex(ParameterAddress a) {
        for (int i = 0; i < space.free().size(); i++) {
            if (space.free().get(i).address().sameAs(a)) {
                return i;
            }
        }
        throw new IllegalArgumentException(a + " is not free");
    }
}
