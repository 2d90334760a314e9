package org.lqflav.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import org.lqflav.Lqflav;
import org.lqflav.obs.ObservableSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lqflav observables}: every observable the library computes. */
@Command(name = "observables", sortOptions = false,
        description = "List every observable: name, unit and description (and the equation in json and csv).")
final class ObservablesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.Any.class,
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        write(spec.commandLine().getOut(), Lqflav.observables(), format);
        return LqflavCommand.OK;
    }

    static void write(PrintWriter out, Collection<ObservableSpec> all, Format format) {
        switch (format) {
            case JSON -> {
                ObjectNode root = Output.object();
                ArrayNode list = root.putArray("observables");
                for (ObservableSpec s : all) {
                    ObjectNode o = list.addObject()
                            .put("name", s.name())
                            .put("unit", s.unit())
                            .put("description", s.description())
                            .put("equation", s.equation());
                    ArrayNode models = o.putArray("models");   // empty: any model that computes its inputs
                    models(s).forEach(models::add);
                }
                Output.writeJson(out, root);
            }
            case CSV -> {
                out.println(Output.csvRow("name", "unit", "description", "equation", "models"));
                for (ObservableSpec s : all) {
                    out.println(Output.csvRow(s.name(), s.unit(), s.description(), s.equation(),
                            String.join(" ", models(s))));
                }
            }
            case TABLE -> {
                Table t = new Table("name", "unit", "model", "description");
                for (ObservableSpec s : all) {
                    t.add(s.name(), s.unit(), s.models().isEmpty() ? "any" : String.join(" ", models(s)),
                            s.description());
                }
                t.write(out);
            }
            default -> throw new IllegalStateException("format " + format);
        }
    }

    /** The models an entry is restricted to, sorted; empty for a generic entry. */
    private static java.util.List<String> models(ObservableSpec s) {
        return s.models().stream().sorted().toList();
    }
}
