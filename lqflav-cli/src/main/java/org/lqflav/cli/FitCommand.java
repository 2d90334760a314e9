package org.lqflav.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lqflav.InputException;
import org.lqflav.analysis.FitResult;
import org.lqflav.analysis.FitSpec;
import org.lqflav.analysis.Fitter;
import org.lqflav.analysis.ModelFileWriter;
import org.lqflav.analysis.ParameterSpace;
import org.lqflav.data.LikelihoodResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lqflav fit FIT.yaml}: best point, chi2 against the SM, pulls, profile-likelihood intervals. */
@Command(name = "fit", sortOptions = false,
        description = "Fit free parameters of a model file to a measurement set (docs/scans-and-fits.md): CMA-ES "
                + "with restarts, BOBYQA polishing, 1-sigma profile-likelihood intervals.")
final class FitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FIT.yaml", description = "The fit file.")
    Path file;

    @Option(names = "--out", paramLabel = "BEST.yaml",
            description = "Write the best point as a model file (lqflav predict reads it).")
    Path out;

    @Option(names = "--grid-out", paramLabel = "GRID.csv",
            description = "Write the 2D profile grid of the file's profile_2d (for lqflav plot --contour).")
    Path gridOut;

    @Option(names = "--data", paramLabel = "NAME|FILE",
            description = "Fit this measurement set instead of the file's (its only/exclude selection is kept).")
    String data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.TableOrJson.class,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads for profiles and the grid (default: all cores).")
    int threads;

    @Override
    public Integer call() throws IOException {
        for (Path p : new Path[] {out, gridOut}) {
            if (p != null && Files.isDirectory(p)) {
                throw InputException.of(p + ": is a folder, expected a file name");
            }
        }
        if (threads < 0) {
            throw InputException.field("--threads", "a number of threads >= 1", threads);
        }
        FitSpec fit = FitSpec.read(file, data);
        if (gridOut != null && fit.grid() == null) {
            throw InputException.field(file + ": profile_2d", "a grid {x, y, points} for --grid-out", null);
        }
        PrintWriter err = spec.commandLine().getErr();
        FitResult r = Fitter.fit(fit, threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                line -> {
                    err.println("lqflav fit: " + line);
                    err.flush();
                });
        PrintWriter o = spec.commandLine().getOut();
        if (format == Format.JSON) {
            json(o, r);
        } else {
            table(o, r);
        }
        if (out != null) {
            String header = String.format(Locale.ROOT, "Best point of %s (lqflav fit): chi2 = %.6g, chi2_SM = %.6g, "
                    + "Delta chi2 = %.6g, data %s (%d measurements)", fit.origin(), r.chi2(), r.chi2Sm(),
                    r.deltaChi2(), fit.data().name(), r.atBest().measurements());
            write(out, ModelFileWriter.write(r.bestModel(), header));
            if (format == Format.TABLE) {
                o.println("best point written to " + out);
            }
        }
        if (gridOut != null) {
            write(gridOut, gridCsv(r));
            if (format == Format.TABLE) {
                o.println("2D profile grid (" + r.grid().size() + " points) written to " + gridOut);
            }
        }
        return LqflavCommand.OK;
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputException.of(p + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /** x, y, chi2, delta_chi2 (relative to the lowest chi2 of fit and grid). */
    static String gridCsv(FitResult r) {
        double min = r.chi2();
        for (FitResult.GridPoint g : r.grid()) {
            min = Math.min(min, g.chi2());
        }
        StringBuilder sb = new StringBuilder(Output.csvRow(r.spec().grid().x().toString(),
                r.spec().grid().y().toString(), "chi2", "delta_chi2")).append('\n');
        for (FitResult.GridPoint g : r.grid()) {
            sb.append(Output.csvRow(Output.exact(g.x()), Output.exact(g.y()), Output.exact(g.chi2()),
                    Output.exact(g.chi2() - min))).append('\n');
        }
        return sb.toString();
    }

    static void table(PrintWriter o, FitResult r) {
        FitSpec f = r.spec();
        o.println("fit " + f.origin() + ": model " + f.base().model() + ", data " + f.data().name() + " ("
                + r.atBest().measurements() + " measurements), " + f.space().dimension() + " free parameter"
                + (f.space().dimension() == 1 ? "" : "s") + ", seed " + f.seed() + ", " + f.restarts()
                + " CMA-ES runs, " + r.evaluations() + " evaluations");
        Table t = new Table("parameter", "best", "1-sigma interval", "range").alignRight(1);
        List<ParameterSpace.Free> free = f.space().free();
        double[] best = r.best();
        for (int k = 0; k < free.size(); k++) {
            String interval = "";
            if (!r.intervals().isEmpty()) {
                FitResult.Interval iv = r.intervals().get(k);
                interval = "[" + (iv.lowAtEdge() ? "<= " : "") + Output.number(iv.low()) + ", "
                        + (iv.highAtEdge() ? ">= " : "") + Output.number(iv.high()) + "]";
            }
            t.add(free.get(k).address().toString(), Output.number(best[k]), interval,
                    "[" + Output.number(free.get(k).prior().low()) + ", " + Output.number(free.get(k).prior().high())
                            + "]");
        }
        for (ParameterSpace.Tie tie : f.space().ties()) {
            t.add(tie.address().toString(), "", (tie.factor() == 1 ? "= " : "= " + Output.number(tie.factor())
                    + " * ") + tie.source(), "tied");
        }
        t.write(o);
        if (!r.intervals().isEmpty()) {
            o.println("intervals: profile likelihood, chi2 <= chi2_min + 1 (<= / >=: no crossing inside the range)");
        }
        o.println(LikelihoodOutput.summary(r.chi2(), r.chi2Sm(), r.atBest().measurements()));
        Table p = new Table("observable", "best fit", "pull", "SM", "SM pull", "measurement")
                .alignRight(1).alignRight(2).alignRight(3).alignRight(4);
        for (LikelihoodResult.Row row : r.atBest().rows()) {
            LikelihoodResult.Row sm = r.atSm().row(row.observable()).orElseThrow();
            p.add(row.observable(), Output.number(row.prediction()), LikelihoodOutput.pull(row.pull()),
                    Output.number(sm.prediction()), LikelihoodOutput.pull(sm.pull()),
                    MeasurementText.of(row.measurement(), row.observable()));
        }
        p.write(o);
        LikelihoodOutput.notes(o, r.atBest(), r.spec().notFitted(), null);
        r.warnings().forEach(w -> o.println("warning: " + w));
    }

    static void json(PrintWriter o, FitResult r) {
        FitSpec f = r.spec();
        ObjectNode root = Output.object();
        root.put("fit", f.origin());
        root.put("model", f.base().model());
        root.put("data", f.data().name());
        Output.putNumber(root, "chi2", r.chi2());
        Output.putNumber(root, "chi2_sm", r.chi2Sm());
        Output.putNumber(root, "delta_chi2", r.deltaChi2());
        root.put("measurements", r.atBest().measurements());
        ObjectNode best = root.putObject("best");
        double[] b = r.best();
        for (int k = 0; k < b.length; k++) {
            ObjectNode p = best.putObject(f.space().free().get(k).address().toString());
            Output.putNumber(p, "value", b[k]);
            if (!r.intervals().isEmpty()) {
                FitResult.Interval iv = r.intervals().get(k);
                Output.putNumber(p, "low", iv.low());
                Output.putNumber(p, "high", iv.high());
                p.put("low_at_range_end", iv.lowAtEdge());
                p.put("high_at_range_end", iv.highAtEdge());
            }
        }
        ObjectNode pulls = root.putObject("observables");
        for (LikelihoodResult.Row row : r.atBest().rows()) {
            ObjectNode p = pulls.putObject(row.observable());
            LikelihoodResult.Row sm = r.atSm().row(row.observable()).orElseThrow();
            Output.putNumber(p, "prediction", row.prediction());
            Output.putNumber(p, "pull", row.pull());
            Output.putNumber(p, "chi2", row.contribution());
            Output.putNumber(p, "prediction_sm", sm.prediction());
            Output.putNumber(p, "pull_sm", sm.pull());
            MeasurementText.json(p.putObject("measurement"), row.measurement(), row.observable());
        }
        var warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        Output.writeJson(o, root);
    }
}
