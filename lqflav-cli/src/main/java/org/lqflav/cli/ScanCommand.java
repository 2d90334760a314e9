package org.lqflav.cli;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lqflav.InputException;
import org.lqflav.analysis.Cut;
import org.lqflav.analysis.Sampling;
import org.lqflav.analysis.Scan;
import org.lqflav.analysis.ScanSpec;
import org.lqflav.analysis.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lqflav scan SCAN.yaml}: sample parameter points, apply cuts, stream rows to CSV. */
@Command(name = "scan", sortOptions = false,
        description = "Run a parameter scan (docs/scans-and-fits.md): sample points, evaluate observables on all "
                + "cores, keep the points passing the cuts, stream them to CSV in point order.")
final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCAN.yaml", description = "The scan file.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE.csv[.gz]",
            description = "Where the rows go (gzip when the name ends in .gz); default: standard output.")
    Path out;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only part I of N (1 <= I <= N): a contiguous block of point indices. Only shard 1 "
                    + "writes the header, so the shard files concatenated in order are the whole scan.")
    String shard;

    @Option(names = "--points", paramLabel = "N", description = "Override the number of points of the file.")
    Long points;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores).", defaultValue = "0")
    int threads;

    @Override
    public Integer call() throws IOException {
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard, "--shard");
        if (threads < 0) {
            throw InputException.field("--threads", "a number of threads >= 1", threads);
        }
        if (out != null && Files.isDirectory(out)) {
            throw InputException.of(out + ": is a folder, expected a CSV file name");
        }
        ScanSpec scan = ScanSpec.read(file);
        if (points != null) {
            scan = scan.withPoints(points);
        }
        int nThreads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter report = out == null ? err : spec.commandLine().getOut();
        boolean gzip = out != null && out.getFileName().toString().endsWith(".gz");
        OutputStream stream = out == null ? new WriterStream(spec.commandLine().getOut()) : open(out);
        if (part.index() > 1) {
            err.println("lqflav: shard " + part + ": no header line (shard 1 has it); concatenate the shard files "
                    + "in order for the whole scan");
        }
        ProgressBar bar = ProgressBar.forTerminal(err);
        Scan.Summary summary;
        try (CsvScanSink sink = new CsvScanSink(stream, gzip, part.index() == 1, out != null)) {
            Thread hook = new Thread(sink::closeQuietly, "lqflav-scan-close");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                summary = Scan.run(scan, Scan.evaluators(scan), part, nThreads, sink, bar);
            } catch (UncheckedIOException e) {
                throw InputException.of((out == null ? "standard output" : out.toString()) + ": cannot write ("
                        + e.getCause().getMessage() + ")");
            } finally {
                bar.finish();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down
                }
            }
        }
        report(report, scan, part, summary);
        return LqflavCommand.OK;
    }

    /** Standard output of the command (a PrintWriter) as a byte stream; the sink writes whole UTF-8 lines. */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter w;

        WriterStream(PrintWriter w) {
            this.w = w;
        }

        @Override
        public void write(int b) {
            w.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            w.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
            w.flush();
        }
    }

    private static OutputStream open(Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw InputException.of(out + ": cannot write (no folder " + parent + ")");
            }
            return new FileOutputStream(out.toFile());
        } catch (FileNotFoundException e) {
            throw InputException.of(out + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /** The summary: points, time, rate, and how many passed each cut. */
    static void report(PrintWriter w, ScanSpec scan, Shard part, Scan.Summary s) {
        String sampling = scan.sampling().method() == Sampling.Method.GRID ? "grid"
                : scan.sampling().method() + ", seed " + scan.sampling().seed();
        w.println(String.format(Locale.ROOT, "scan %s: %d points (%s, shard %s) in %.1f s on %d threads "
                        + "(%.0f points/s)", scan.origin(), s.points(), sampling, part, s.seconds(), s.threads(),
                s.pointsPerSecond()));
        List<Cut> cuts = scan.cuts();
        if (!cuts.isEmpty()) {
            Table t = new Table("cut", "passed alone", "passed with the cuts above").alignRight(1).alignRight(2);
            for (int i = 0; i < cuts.size(); i++) {
                t.add(cuts.get(i).text(), count(s.passedAlone().get(i), s.points()),
                        count(s.passedCumulative().get(i), s.points()));
            }
            t.write(w);
        }
        w.println("rows written (points passing every cut): " + count(s.passed(), s.points()));
        if (scan.chi2()) {
            w.println("chi2_SM = " + Output.number(s.chi2Sm()) + " (" + scan.data().name() + ", "
                    + scan.data().measurements().size() + " measurements); delta_chi2 = chi2 - chi2_SM");
        }
        if (scan.data() != null) {
            List<String> used = cuts.stream().map(Cut::column).toList();
            scan.data().caveats().stream()
                    .filter(m -> scan.chi2() || m.observables().stream().anyMatch(used::contains))
                    .forEach(m -> w.println("caveat (!) " + String.join(", ", m.observables()) + ": "
                            + m.provenance().caveat()));
        }
        if (s.failed() > 0) {
            w.println("points that could not be evaluated (NaN, failing every cut): " + s.failed() + "; first: "
                    + s.firstError());
        }
        w.flush();
    }

    private static String count(long n, long total) {
        return String.format(Locale.ROOT, "%d (%.1f%%)", n, total == 0 ? 0.0 : 100.0 * n / total);
    }
}
