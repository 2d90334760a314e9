package org.lqflav.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lqflav.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lqflav reproduce-figures seed000}: runs the scans and plots of a figure recipe
 * ({@code examples/scans/NAME-figures.yaml}), exactly the {@code lqflav scan} and {@code lqflav plot} command
 * lines written there (docs/reproductions.md lists them).
 */
@Command(name = "reproduce-figures", sortOptions = false,
        description = "Re-make a paper's scan figures: run the scans and plots listed in "
                + "examples/scans/NAME-figures.yaml (or a recipe file).")
final class ReproduceFiguresCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|RECIPE.yaml",
            description = "seed000 (examples/scans/seed000-figures.yaml, from the repository root) or a recipe file.")
    String name;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "docs/figures",
            description = "Where the figures go (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--csv-dir", paramLabel = "DIR",
            description = "Where the scan CSV files go (default: a folder lqflav-NAME in the temporary folder).")
    Path csvDir;

    @Option(names = "--points", paramLabel = "N", description = "Override every scan's number of points.")
    Long points;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Worker threads (default: all).")
    int threads;

    @Option(names = "--skip-scans", description = "Only re-plot from the CSV files of an earlier run.")
    boolean skipScans;

    @Override
    public Integer call() throws IOException {
        Path recipe = name.endsWith(".yaml") || name.endsWith(".yml") ? Path.of(name)
                : Path.of("examples", "scans", name + "-figures.yaml");
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(recipe));
        } catch (NoSuchFileException e) {
            throw InputException.of(recipe + ": no such figure recipe (run from the repository root, or give the "
                    + "recipe file)");
        } catch (IOException e) {
            throw InputException.of(recipe + ": not a readable YAML figure recipe (" + e.getMessage() + ")");
        }
        JsonNode figures = root == null ? null : root.get("figures");
        if (figures == null || !figures.isArray() || figures.isEmpty()) {
            throw InputException.field(recipe + ": figures", "a list of {scan, csv, plots}", null);
        }
        Path base = recipe.toAbsolutePath().getParent();
        Path csv = csvDir != null ? csvDir : Path.of(System.getProperty("java.io.tmpdir"), "lqflav-"
                + recipe.getFileName().toString().replaceAll("\\.ya?ml$", ""));
        Files.createDirectories(outDir);
        Files.createDirectories(csv);
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < figures.size(); i++) {
            JsonNode f = figures.get(i);
            String where = recipe + ": figures[" + (i + 1) + "]";
            Path scanFile = base.resolve(text(f, "scan", where));
            Path data = csv.resolve(text(f, "csv", where));
            if (!skipScans) {
                List<String> args = new ArrayList<>(List.of(scanFile.toString(), "--out", data.toString()));
                if (points != null) {
                    args.addAll(List.of("--points", Long.toString(points)));
                }
                if (threads > 0) {
                    args.addAll(List.of("--threads", Integer.toString(threads)));
                }
                out.println("$ lqflav scan " + String.join(" ", quoted(args)));
                run(new ScanCommand(), args);
            }
            JsonNode plots = f.get("plots");
            if (plots == null || !plots.isArray()) {
                throw InputException.field(where + ".plots", "a list of plot argument lists", null);
            }
            for (int p = 0; p < plots.size(); p++) {
                List<String> args = new ArrayList<>();
                args.add(data.toString());
                boolean outNext = false;
                for (JsonNode a : plots.get(p)) {
                    String s = a.asText();
                    args.add(outNext ? outDir.resolve(s).toString() : s);
                    outNext = s.equals("--out");
                }
                out.println("$ lqflav plot " + String.join(" ", quoted(args)));
                run(new PlotCommand(), args);
            }
        }
        return LqflavCommand.OK;
    }

    private void run(Callable<Integer> command, List<String> args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(spec.commandLine().getOut());
        cl.setErr(spec.commandLine().getErr());
        cl.parseArgs(args.toArray(String[]::new));
        try {
            command.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> quoted(List<String> args) {
        return args.stream().map(a -> a.matches("[A-Za-z0-9_./:=,+-]+") ? a : "'" + a + "'").toList();
    }

    private static String text(JsonNode f, String key, String where) {
        JsonNode n = f == null ? null : f.get(key);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw InputException.field(where + "." + key, "a file name", n == null ? null : n.toString());
        }
        return n.asText();
    }
}
