package org.lqflav.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lqflav.InputException;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.analysis.DataComparison;
import org.lqflav.data.MeasurementSet;
import org.lqflav.model.ModelFile;
import org.lqflav.model.ModelSpec;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.ParameterSet;
import org.lqflav.wcxf.WcxfPredict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lqflav predict MODEL.yaml} or {@code lqflav predict --wcxf FILE}: observables for one point. */
@Command(name = "predict", sortOptions = false,
        description = "Compute observables for the model point in a model file (see docs/model-files.md), "
                + "or from the Wilson coefficients of a WCxf file (--wcxf, see docs/wcxf.md).")
final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL.yaml", description = "The model file.")
    Path model;

    @Option(names = "--wcxf", paramLabel = "FILE",
            description = "Instead of a model file: WET coefficients (flavio basis) in a WCxf YAML or JSON file; "
                    + "computes every observable that depends only on them (the form-factor engine).")
    Path wcxf;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "paper",
            description = "For a model file: paper (each paper's formulas, default) or formfactor (WC-driven "
                    + "observables from full form factors, the rest from the paper formulas).")
    String engine;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.Any.class,
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--only", paramLabel = "NAME,...",
            description = "Only these observables (see lqflav observables); commas inside parentheses belong "
                    + "to the name. May be repeated.")
    List<String> only;

    @Option(names = "--params", paramLabel = "NAME|FILE", completionCandidates = BuiltInParameterSets.class,
            description = "SM input set to use instead of the model file's: one of ${COMPLETION-CANDIDATES}, "
                    + "or a YAML file (relative to the current folder).")
    String params;

    @Option(names = "--data", paramLabel = "NAME|FILE", completionCandidates = DataSets.class,
            description = "Compare with a measurement set: one of ${COMPLETION-CANDIDATES}, or a YAML file "
                    + "(docs/data.md). Adds measurement and pull columns and a chi2 summary line.")
    String data;

    /** Names for --data in the help text. */
    static final class DataSets implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return MeasurementSet.BUILT_IN.iterator();
        }
    }

    /** Names for --params in the help text. */
    static final class BuiltInParameterSets implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ParameterSet.BUILT_IN.iterator();
        }
    }

    @Override
    public Integer call() {
        // cheap checks of the arguments first, so a typo is reported before any physics runs
        if ((model == null) == (wcxf == null)) {
            throw InputException.field("predict", "a model file MODEL.yaml or --wcxf FILE (one of them)",
                    model == null ? "neither" : "both");
        }
        Lqflav.Engine chosen = engine(engine);
        boolean formFactors = wcxf != null || chosen == Lqflav.Engine.FORMFACTOR;
        if (data != null && formFactors) {
            throw InputException.field("--data", "the paper engine (drop --engine formfactor and --wcxf)", data);
        }
        ParameterSet override = params == null ? null : ParameterSet.load(params, null);
        List<String> names = only == null ? null : observableNames(only, formFactors);
        if (wcxf != null) {
            WcxfPredict.Result r = WcxfPredict.run(existingFile(wcxf),
                    override != null ? override : ParameterSet.load(WcxfPredict.DEFAULT_PARAMETERS, null), names);
            r.warnings().forEach(w -> this.spec.commandLine().getErr().println("lqflav: warning: " + w));
            write(this.spec.commandLine().getOut(), r.predictions(), format, wcxf.toString());
            return LqflavCommand.OK;
        }
        MeasurementSet measurements = data == null ? null : MeasurementSet.load(data, null);
        ModelSpec spec = ModelFile.read(existingFile(model));
        if (measurements != null) {
            DataComparison c = DataComparison.of(spec, override != null ? override : Lqflav.parametersFor(spec),
                    measurements, names);
            LikelihoodOutput.write(this.spec.commandLine().getOut(), c, names, format, model.toString());
            return LqflavCommand.OK;
        }

        Predictions predictions = Lqflav.predict(spec, override != null ? override : Lqflav.parametersFor(spec),
                names, chosen);
        write(this.spec.commandLine().getOut(), predictions, format, model.toString());
        return LqflavCommand.OK;
    }

    private static Lqflav.Engine engine(String name) {
        return switch (name) {
            case "paper" -> Lqflav.Engine.PAPER;
            case "formfactor" -> Lqflav.Engine.FORMFACTOR;
            default -> throw InputException.field("--engine", "paper or formfactor", name);
        };
    }

    /** The --only names, each checked against the registry (unknown names are the user's error). */
    static List<String> observableNames(List<String> only) {
        return observableNames(only, false);
    }

    /** As above; with the form-factor engine its registry's names (e.g. binned R_K) are known too. */
    static List<String> observableNames(List<String> only, boolean formFactors) {
        List<String> names = NameList.split(only);
        if (names.isEmpty()) {
            throw InputException.field("--only", "one or more observable names", String.join(",", only));
        }
        ObservableRegistry registry = ObservableRegistry.standard();
        ObservableRegistry ff = WcxfPredict.registry();
        for (String n : names) {
            if (!(formFactors && ff.find(n).isPresent())) {
                registry.get(n);
            }
        }
        return names;
    }

    private static Path existingFile(Path file) {
        if (!Files.exists(file)) {
            throw InputException.of(file + ": no such model file");
        }
        if (Files.isDirectory(file)) {
            throw InputException.of(file + ": is a folder, expected a model file");
        }
        return file;
    }

    /** Writes predictions; {@code source} (the model file, may be null) appears in the table header. */
    static void write(PrintWriter out, Predictions p, Format format, String source) {
        switch (format) {
            case JSON -> {
                ObjectNode root = Output.object();
                root.put("model", p.model());
                root.put("parameters", p.parameters());
                ObjectNode values = root.putObject("predictions");
                for (Map.Entry<String, Double> e : p.values().entrySet()) {
                    Output.putNumber(values, e.getKey(), e.getValue());
                }
                Output.writeJson(out, root);
            }
            case CSV -> {
                out.println(Output.csvRow("observable", "value", "unit"));
                for (Map.Entry<String, Double> e : p.values().entrySet()) {
                    out.println(Output.csvRow(e.getKey(), Output.exact(e.getValue()), unit(e.getKey())));
                }
            }
            case TABLE -> {
                out.println("model: " + p.model() + ", parameters: " + p.parameters()
                        + (source == null ? "" : ", file: " + source));
                Table t = new Table("observable", "value", "unit", "description").alignRight(1);
                for (Map.Entry<String, Double> e : p.values().entrySet()) {
                    Optional<ObservableSpec> s = find(e.getKey());
                    t.add(e.getKey(), Output.number(e.getValue()), s.map(ObservableSpec::unit).orElse(""),
                            s.map(ObservableSpec::description).orElse(""));
                }
                t.write(out);
            }
            default -> throw new IllegalStateException("format " + format);
        }
    }

    private static String unit(String name) {
        return find(name).map(ObservableSpec::unit).orElse("");
    }

    /** A name's registry entry, for its unit and description: the standard registry, else the form-factor one. */
    private static Optional<ObservableSpec> find(String name) {
        Optional<ObservableSpec> s = ObservableRegistry.standard().find(name);
        return s.isPresent() ? s : WcxfPredict.registry().find(name);
    }
}
