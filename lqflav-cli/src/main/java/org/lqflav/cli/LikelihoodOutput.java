package org.lqflav.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lqflav.Predictions;
import org.lqflav.analysis.DataComparison;
import org.lqflav.data.LikelihoodResult;
import org.lqflav.data.Measurement;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;

/** {@code predict --data}: predictions next to measurements, pulls, and the chi^2 summary (docs/data.md). */
final class LikelihoodOutput {
    private LikelihoodOutput() {
    }

    /** {@code chi2 = X, chi2_SM = Y, Delta chi2 = Z (N measurements)}. */
    static String summary(double chi2, double chi2Sm, int measurements) {
        return "chi2 = " + Output.number(chi2) + ", chi2_SM = " + Output.number(chi2Sm) + ", Delta chi2 = "
                + Output.number(chi2 - chi2Sm) + " (" + measurements + " measurement"
                + (measurements == 1 ? "" : "s") + ")";
    }

    /**
     * @param names the observables asked for (null: all); the predictions shown are exactly those
     */
    static void write(PrintWriter out, DataComparison c, List<String> names, Format format, String source) {
        Predictions all = c.predictions();
        Set<String> shown = new LinkedHashSet<>(names == null ? all.values().keySet() : names);
        LikelihoodResult lr = c.atPoint();
        switch (format) {
            case JSON -> {
                ObjectNode root = Output.object();
                root.put("model", all.model());
                root.put("parameters", all.parameters());
                ObjectNode values = root.putObject("predictions");
                for (String n : shown) {
                    Output.putNumber(values, n, all.get(n));
                }
                ObjectNode like = root.putObject("likelihood");
                like.put("data", lr.data().name());
                Output.putNumber(like, "chi2", lr.chi2());
                Output.putNumber(like, "chi2_sm", c.atSm().chi2());
                Output.putNumber(like, "delta_chi2", c.deltaChi2());
                like.put("measurements", lr.measurements());
                ObjectNode per = like.putObject("observables");
                for (LikelihoodResult.Row r : lr.rows()) {
                    ObjectNode o = per.putObject(r.observable());
                    Output.putNumber(o, "prediction", r.prediction());
                    Output.putNumber(o, "pull", r.pull());
                    Output.putNumber(o, "chi2", r.contribution());
                    LikelihoodResult.Row sm = c.atSm().row(r.observable()).orElseThrow();
                    Output.putNumber(o, "prediction_sm", sm.prediction());
                    Output.putNumber(o, "pull_sm", sm.pull());
                    Output.putNumber(o, "chi2_sm", sm.contribution());
                    MeasurementText.json(o.putObject("measurement"), r.measurement(), r.observable());
                }
                ArrayNode skipped = like.putArray("not_computed");
                c.skipped().forEach(m -> skipped.add(m.id()));
                Output.writeJson(out, root);
            }
            case CSV -> {
                out.println(Output.csvRow("observable", "value", "unit", "measurement", "pull", "chi2"));
                for (String n : shown) {
                    Optional<LikelihoodResult.Row> r = lr.row(n);
                    out.println(Output.csvRow(n, Output.exact(all.get(n)), unit(n),
                            r.map(x -> MeasurementText.of(x.measurement(), n)).orElse(""),
                            r.map(x -> Output.exact(x.pull())).orElse(""),
                            r.map(x -> Output.exact(x.contribution())).orElse("")));
                }
            }
            case TABLE -> {
                out.println("model: " + all.model() + ", parameters: " + all.parameters() + ", data: "
                        + lr.data().name() + (source == null ? "" : ", file: " + source));
                Table t = new Table("observable", "value", "unit", "measurement", "pull", "description")
                        .alignRight(1).alignRight(4);
                for (String n : shown) {
                    Optional<LikelihoodResult.Row> r = lr.row(n);
                    Optional<ObservableSpec> s = ObservableRegistry.standard().find(n);
                    t.add(n, Output.number(all.get(n)), s.map(ObservableSpec::unit).orElse(""),
                            r.map(x -> MeasurementText.of(x.measurement(), n)).orElse(""),
                            r.map(x -> pull(x.pull())).orElse(""),
                            s.map(ObservableSpec::description).orElse(""));
                }
                t.write(out);
                out.println(summary(lr.chi2(), c.atSm().chi2(), lr.measurements()));
                notes(out, lr, c.skipped(), shown);
            }
            default -> throw new IllegalStateException("format " + format);
        }
    }

    /** A pull for people: one decimal, signed. */
    static String pull(double p) {
        return Double.isFinite(p) ? String.format(java.util.Locale.ROOT, "%+.2f", p) : Output.number(p);
    }

    /** Caveats (always printed when used), observables fitted but not shown, measurements skipped. */
    static void notes(PrintWriter out, LikelihoodResult lr, List<Measurement> skipped, Set<String> shown) {
        List<String> hidden = new ArrayList<>();
        for (LikelihoodResult.Row r : lr.rows()) {
            if (shown != null && !shown.contains(r.observable())) {
                hidden.add(r.observable());
            }
        }
        if (!hidden.isEmpty()) {
            out.println("chi2 also includes (not shown): " + String.join(", ", hidden));
        }
        Map<String, List<String>> byText = new java.util.LinkedHashMap<>();
        for (Measurement m : lr.data().caveats()) {
            byText.computeIfAbsent(m.provenance().caveat(), k -> new ArrayList<>()).addAll(m.observables());
        }
        byText.forEach((text, obs) -> out.println("caveat (!) " + String.join(", ", obs) + ": " + text));
        if (!skipped.isEmpty()) {
            out.println("not computed by this model, left out: "
                    + String.join(", ", skipped.stream().map(m -> String.join(", ", m.observables())).toList()));
        }
    }

    private static String unit(String name) {
        return ObservableRegistry.standard().find(name).map(ObservableSpec::unit).orElse("");
    }
}
