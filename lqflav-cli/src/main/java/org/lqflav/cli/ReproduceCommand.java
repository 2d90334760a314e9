package org.lqflav.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.lqflav.reproduce.Reproduction;
import org.lqflav.reproduce.ReproductionRow;
import org.lqflav.reproduce.Reproductions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lqflav reproduce NAME}: a paper's table next to our numbers. */
@Command(name = "reproduce", sortOptions = false,
        description = "Recompute a paper's benchmark table and compare it with the printed values.")
final class ReproduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", completionCandidates = Names.class,
            description = "Which reproduction: one of ${COMPLETION-CANDIDATES}.")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            converter = Format.TableOrJson.class, description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    /** Reproduction names for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Reproductions.names().iterator();
        }
    }

    @Override
    public Integer call() {
        Reproduction r = Reproductions.get(name);
        write(spec.commandLine().getOut(), r.name(), r.title(), r.rows(), format);
        return LqflavCommand.OK;
    }

    static void write(PrintWriter out, String name, String title, List<ReproductionRow> rows, Format format) {
        switch (format) {
            case JSON -> {
                ObjectNode root = Output.object();
                root.put("reproduction", name);
                root.put("title", title);
                ArrayNode list = root.putArray("rows");
                for (ReproductionRow r : rows) {
                    ObjectNode o = list.addObject();
                    o.put("observable", r.observable());
                    o.put("benchmark", r.benchmark());
                    Output.putNumber(o, "paper", r.paper());
                    Output.putNumber(o, "computed", r.computed());
                    Output.putNumber(o, "ratio", r.ratio());
                    o.put("status", r.status());
                    Output.putNumber(o, "tolerance", r.tolerance());
                    o.put("note", r.note());
                }
                Output.writeJson(out, root);
            }
            case TABLE -> {
                out.println(name + ": " + title);
                Table t = new Table("observable", "benchmark", "paper", "computed", "ratio", "status", "note")
                        .alignRight(2).alignRight(3).alignRight(4);
                for (ReproductionRow r : rows) {
                    t.add(r.observable(), r.benchmark(), Output.number(r.paper()), Output.number(r.computed()),
                            Output.ratio(r.ratio()), r.status(), r.note());
                }
                t.write(out);
                out.println(summary(rows));
            }
            default -> throw new IllegalStateException("format " + format + " (not offered by reproduce)");
        }
    }

    /** {@code N rows: A agree, D differ} (plus any rows with another status). */
    static String summary(List<ReproductionRow> rows) {
        long agree = rows.stream().filter(r -> ReproductionRow.AGREES.equals(r.status())).count();
        long differ = rows.stream().filter(r -> ReproductionRow.DIFFERS.equals(r.status())).count();
        long other = rows.size() - agree - differ;
        return rows.size() + " rows: " + agree + " agree, " + differ + " differ"
                + (other > 0 ? ", " + other + " other" : "");
    }
}
