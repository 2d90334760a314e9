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
import org.lqflav.model.ModelFile;
import org.lqflav.model.ModelSpec;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.ParameterSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lqflav predict MODEL.yaml}: observables for one model point. */
@Command(name = "predict", sortOptions = false,
        description = "Compute observables for the model point in a model file (see docs/model-files.md).")
final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "The model file.")
    Path model;

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
        ParameterSet override = params == null ? null : ParameterSet.load(params, null);
        List<String> names = only == null ? null : observableNames(only);
        ModelSpec spec = ModelFile.read(existingFile(model));

        Predictions predictions;
        if (override == null && names == null) {
            predictions = Lqflav.predict(spec);
        } else {
            predictions = Lqflav.predict(spec, override != null ? override : Lqflav.parametersFor(spec), names);
        }
        write(this.spec.commandLine().getOut(), predictions, format, model.toString());
        return LqflavCommand.OK;
    }

    /** The --only names, each checked against the registry (unknown names are the user's error). */
    static List<String> observableNames(List<String> only) {
        List<String> names = NameList.split(only);
        if (names.isEmpty()) {
            throw InputException.field("--only", "one or more observable names", String.join(",", only));
        }
        ObservableRegistry registry = ObservableRegistry.standard();
        for (String n : names) {
            registry.get(n);
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
                    Optional<ObservableSpec> s = ObservableRegistry.standard().find(e.getKey());
                    t.add(e.getKey(), Output.number(e.getValue()), s.map(ObservableSpec::unit).orElse(""),
                            s.map(ObservableSpec::description).orElse(""));
                }
                t.write(out);
            }
            default -> throw new IllegalStateException("format " + format);
        }
    }

    private static String unit(String name) {
        return ObservableRegistry.standard().find(name).map(ObservableSpec::unit).orElse("");
    }
}
