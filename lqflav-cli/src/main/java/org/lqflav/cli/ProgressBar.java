package org.lqflav.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.lqflav.analysis.Scan;

/**
 * A one-line progress bar on stderr, redrawn at most 5 times a second: {@code [#####     ] 45% 4500/10000
 * 123 points/s ETA 0:45}. Only on a terminal (System.console() != null); otherwise it prints nothing, so logs of
 * batch jobs stay clean.
 */
final class ProgressBar implements Scan.Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Enabled when stderr is a terminal. */
    static ProgressBar forTerminal(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    @Override
    public synchronized void update(long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(done, total, (now - start) / 1e9));
        err.flush();
        drawn = true;
    }

    static String line(long done, long total, double seconds) {
        double f = total == 0 ? 1 : (double) done / total;
        int bars = (int) Math.round(f * WIDTH);
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && done < total ? " ETA " + duration((total - done) / rate) : "";
        return "[" + "#".repeat(bars) + " ".repeat(WIDTH - bars) + "] "
                + String.format(Locale.ROOT, "%3.0f%% %d/%d %.0f points/s", 100 * f, done, total, rate) + eta + "   ";
    }

    static String duration(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, (t / 60) % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }

    /** Ends the line. */
    synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
