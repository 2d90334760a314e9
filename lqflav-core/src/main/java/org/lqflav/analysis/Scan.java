package org.lqflav.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.lqflav.Lqflav;
import org.lqflav.data.Likelihood;
import org.lqflav.data.SmPoint;

/**
 * Runs a {@link ScanSpec} on a fixed pool of threads (docs/scans-and-fits.md#scans).
 *
 * <p>Points are taken in chunks of consecutive indices; each worker has its own {@link PointEvaluator} and scratch
 * arrays and encodes its rows ({@link ScanSink#encode}); chunks are written in point order, so the output is the
 * same whatever the number of threads, and shards 1..N concatenate to the unsharded scan. At most
 * {@code 4 x threads} chunks are in flight (bounded memory). A point whose evaluation throws gets NaN observables
 * (and so fails every cut); the count and the first message are in the {@link Summary}.
 */
public final class Scan {
    /** Chunk size: points per unit of work and per write. */
    static final int CHUNK = 64;

    private Scan() {
    }

    /** Progress callback, called after each written chunk (from the writing thread). */
    public interface Progress {
        void update(long done, long total);
    }

    /**
     * What happened.
     *
     * @param points           points of this shard
     * @param passed           points passing every cut (rows written)
     * @param passedAlone      per cut: points passing that cut
     * @param passedCumulative per cut: points passing it and every cut before it
     * @param failed           points whose evaluation threw
     * @param firstError       message of the first such failure (null if none)
     * @param chi2Sm           chi^2 of the SM point (NaN without chi2 columns)
     */
    public record Summary(long points, long passed, List<Long> passedAlone, List<Long> passedCumulative, long failed,
                          String firstError, double seconds, int threads, double chi2Sm) {
        public double pointsPerSecond() {
            return seconds > 0 ? points / seconds : Double.NaN;
        }
    }

    /**
     * The evaluator for a scan: on the model's matching kernel when it has one ({@link KernelEvaluator}, no allocation
     * per point), else through {@code Lqflav.predict} ({@link PredictEvaluator}); both give the same numbers.
     */
    public static PointEvaluator.Factory evaluators(ScanSpec spec) {
        return KernelEvaluator.best(spec.base(), spec.sm(), spec.space().addresses(), spec.observables());
    }

    /** Runs the scan with {@link #evaluators} on all cores. */
    public static <E> Summary run(ScanSpec spec, Shard shard, ScanSink<E> sink, Progress progress) {
        return run(spec, evaluators(spec), shard, Runtime.getRuntime().availableProcessors(), sink, progress);
    }

    public static <E> Summary run(ScanSpec spec, PointEvaluator.Factory evaluators, Shard shard, int threads,
                                  ScanSink<E> sink, Progress progress) {
        return new Runner<>(spec, evaluators, shard, threads, sink, progress).run();
    }

    private static final class Runner<E> {
        private final ScanSpec spec;
        private final PointEvaluator.Factory evaluators;
        private final ScanSink<E> sink;
        private final Progress progress;
        private final int threads;
        private final long first;
        private final long end;
        private final long chunks;
        private final int[] columns;
        private final int[] cutColumns;
        private final Cut[] cuts;
        private final int nParams;
        private final int nObs;
        private final Likelihood likelihood;
        private final int[] likelihoodIndex;
        private final double chi2Sm;

        private final AtomicLong nextChunk = new AtomicLong();
        private final Semaphore inFlight;
        private final Object writeLock = new Object();
        private final Map<Long, E> pending = new HashMap<>();
        private long nextToWrite;
        private long written;
        private final AtomicBoolean abort = new AtomicBoolean();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final long[] passedAlone;
        private final long[] passedCumulative;
        private long passed;
        private long failed;
        private String firstError;

        Runner(ScanSpec spec, PointEvaluator.Factory evaluators, Shard shard, int threads, ScanSink<E> sink,
               Progress progress) {
            this.spec = spec;
            this.evaluators = evaluators;
            this.sink = sink;
            this.progress = progress;
            this.threads = Math.max(1, threads);
            long total = spec.sampling().points();
            this.first = shard.first(total);
            this.end = shard.end(total);
            this.chunks = (end - first + CHUNK - 1) / CHUNK;
            this.inFlight = new Semaphore(4 * this.threads);
            this.nParams = spec.space().addresses().size();
            this.nObs = spec.observables().size();
            if (!evaluators.observables().equals(spec.observables())
                    || !evaluators.parameters().equals(spec.space().addresses())) {
                throw new IllegalArgumentException("evaluator does not match the scan's parameters and observables");
            }
            List<String> rowNames = spec.rowNames();
            this.columns = spec.columns().stream().mapToInt(rowNames::indexOf).toArray();
            this.cuts = new Cut[spec.cuts().size()];
            this.cutColumns = new int[cuts.length];
            for (int c = 0; c < cuts.length; c++) {
                cutColumns[c] = rowNames.indexOf(spec.cuts().get(c).column());
                cuts[c] = spec.cuts().get(c).boundTo(cutColumns[c]);
            }
            this.passedAlone = new long[cuts.length];
            this.passedCumulative = new long[cuts.length];
            if (spec.chi2()) {
                likelihood = Likelihood.of(spec.data());
                likelihoodIndex = likelihood.observables().stream()
                        .mapToInt(o -> nParams + spec.observables().indexOf(o)).toArray();
                chi2Sm = likelihood.chi2(Lqflav.predict(SmPoint.of(spec.base()), spec.sm(),
                        likelihood.observables()).values());
            } else {
                likelihood = null;
                likelihoodIndex = null;
                chi2Sm = Double.NaN;
            }
        }

        Summary run() {
            long start = System.nanoTime();
            try {
                sink.header(spec.columns());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "lqflav-scan");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(this::work));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        abort.set(true);
                        throw new IllegalStateException("scan interrupted", e);
                    } catch (java.util.concurrent.ExecutionException e) {
                        failure.compareAndSet(null, e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Summary(end - first, passed, boxed(passedAlone), boxed(passedCumulative), failed, firstError,
                    seconds, threads, chi2Sm);
        }

        private static List<Long> boxed(long[] a) {
            List<Long> l = new ArrayList<>();
            for (long v : a) {
                l.add(v);
            }
            return l;
        }

        private void work() {
            PointEvaluator ev = evaluators.create();
            int width = columns.length;
            double[] unit = new double[spec.space().dimension()];
            double[] row = new double[nParams + nObs + (likelihood != null ? 2 : 0)];
            double[] params = new double[nParams];
            double[] obs = new double[nObs];
            double[] lk = likelihood == null ? null : new double[likelihoodIndex.length];
            double[] rows = new double[CHUNK * width];
            long[] points = new long[CHUNK];
            long[] alone = new long[cuts.length];
            long[] cumulative = new long[cuts.length];
            long myPassed = 0;
            long myFailed = 0;
            try {
                while (!abort.get()) {
                    inFlight.acquire();
                    long c = nextChunk.getAndIncrement();
                    if (c >= chunks) {
                        inFlight.release();
                        break;
                    }
                    long from = first + c * CHUNK;
                    long to = Math.min(end, from + CHUNK);
                    int count = 0;
                    for (long i = from; i < to; i++) {
                        spec.sampling().unit(i, unit);
                        spec.space().fillFromUnit(unit, params);
                        try {
                            ev.evaluate(params, obs);
                        } catch (RuntimeException e) {
                            java.util.Arrays.fill(obs, Double.NaN);
                            myFailed++;
                            recordError(i, e);
                        }
                        System.arraycopy(params, 0, row, 0, nParams);
                        System.arraycopy(obs, 0, row, nParams, nObs);
                        if (likelihood != null) {
                            for (int k = 0; k < lk.length; k++) {
                                lk[k] = row[likelihoodIndex[k]];
                            }
                            double chi2 = likelihood.chi2(lk);
                            row[nParams + nObs] = chi2;
                            row[nParams + nObs + 1] = chi2 - chi2Sm;
                        }
                        boolean all = true;
                        for (int k = 0; k < cuts.length; k++) {
                            boolean ok = cuts[k].test(row);
                            if (ok) {
                                alone[k]++;
                            }
                            all &= ok;
                            if (all) {
                                cumulative[k]++;
                            }
                        }
                        if (all) {
                            myPassed++;
                            points[count] = i;
                            int base = count * width;
                            for (int k = 0; k < width; k++) {
                                rows[base + k] = row[columns[k]];
                            }
                            count++;
                        }
                    }
                    E encoded = sink.encode(points, rows, count, width);
                    deliver(c, encoded, to - from);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(null);
            } catch (RuntimeException | Error e) {
                stop(e);
            } finally {
                synchronized (writeLock) {
                    for (int k = 0; k < cuts.length; k++) {
                        passedAlone[k] += alone[k];
                        passedCumulative[k] += cumulative[k];
                    }
                    passed += myPassed;
                    failed += myFailed;
                }
            }
        }

        /** Stops every worker (none stays blocked waiting for a chunk slot). */
        private void stop(Throwable cause) {
            if (cause != null) {
                failure.compareAndSet(null, cause);
            }
            abort.set(true);
            inFlight.release(1 << 20);
        }

        private void recordError(long point, RuntimeException e) {
            synchronized (writeLock) {
                if (firstError == null) {
                    firstError = "point " + point + ": " + e;
                }
            }
        }

        private void deliver(long chunk, E encoded, long evaluated) {
            synchronized (writeLock) {
                pending.put(chunk, encoded);
                E next;
                while ((next = pending.remove(nextToWrite)) != null) {
                    try {
                        sink.write(next);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    long lastChunkEnd = Math.min(end, first + (nextToWrite + 1) * CHUNK);
                    written = lastChunkEnd - first;
                    nextToWrite++;
                    inFlight.release();
                    if (progress != null) {
                        progress.update(written, end - first);
                    }
                }
            }
        }
    }
}
