package org.lqflav.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.random.MersenneTwister;
import org.lqflav.Lqflav;
import org.lqflav.data.Likelihood;
import org.lqflav.data.LikelihoodResult;
import org.lqflav.data.SmPoint;

/**
 * Minimises chi^2 over the free parameters of a {@link FitSpec} (docs/scans-and-fits.md#fits):
 * <ol>
 *   <li>CMA-ES (Hipparchus {@link CMAESOptimizer}) in the unit cube of the ranges, {@code restarts} runs: the first
 *       from the start values, the others from random points, the population doubling each run (IPOP), all from a
 *       Mersenne Twister seeded with the file's seed (same file, same result);</li>
 *   <li>local polishing from the best point: BOBYQA ({@link BOBYQAOptimizer}) for two or more parameters, Brent for
 *       one;</li>
 *   <li>1-sigma intervals from the profile likelihood: for each parameter, step away from the best value until the
 *       chi^2 minimised over the other parameters exceeds chi2_min + 1, then bisect the crossing;</li>
 *   <li>optionally a 2D profile grid (chi^2 minimised over the others at each grid node), for contours.</li>
 * </ol>
 * Profiles and grid rows run in parallel, one evaluator per thread.
 */
public final class Fitter {
    /** Delta chi^2 of a 1-sigma (68.27%) interval for one parameter. */
    public static final double ONE_SIGMA = 1.0;
    private static final int BISECTIONS = 14;

    private final FitSpec spec;
    private final PointEvaluator.Factory evaluators;
    private final Likelihood likelihood;
    private final int threads;
    private final Consumer<String> log;

    private Fitter(FitSpec spec, PointEvaluator.Factory evaluators, int threads, Consumer<String> log) {
        this.spec = spec;
        this.evaluators = evaluators;
        this.likelihood = Likelihood.of(spec.data());
        this.threads = Math.max(1, threads);
        this.log = log == null ? s -> { } : log;
    }

    /** The evaluator of a fit: the model's matching kernel when it has one, else {@code Lqflav.predict}. */
    public static PointEvaluator.Factory evaluators(FitSpec spec) {
        return KernelEvaluator.best(spec.base(), spec.sm(), spec.space().addresses(), spec.data().observables());
    }

    public static FitResult fit(FitSpec spec, int threads, Consumer<String> log) {
        return fit(spec, evaluators(spec), threads, log);
    }

    public static FitResult fit(FitSpec spec, PointEvaluator.Factory evaluators, int threads, Consumer<String> log) {
        return new Fitter(spec, evaluators, threads, log).run();
    }

    private Chi2Function function() {
        return new Chi2Function(spec.space(), evaluators.create(), likelihood);
    }

    private FitResult run() {
        Chi2Function f = function();
        int n = f.dimension();
        List<String> warnings = new ArrayList<>();
        MersenneTwister random = new MersenneTwister(spec.seed());

        double[] z0 = new double[n];
        for (int k = 0; k < n; k++) {
            z0[k] = f.toUnit(k, spec.start()[k]);
        }
        double bestValue = Double.POSITIVE_INFINITY;
        double[] bestZ = z0.clone();
        int lambda = 4 + (int) (3 * Math.log(n));
        for (int run = 0; run < spec.restarts(); run++) {
            double[] start = run == 0 ? z0 : randomPoint(random, n);
            f.resetBest();
            cmaes(f, start, lambda, random);
            log.accept(String.format(java.util.Locale.ROOT, "CMA-ES run %d/%d (population %d): chi2 = %.6g",
                    run + 1, spec.restarts(), lambda, f.bestValue()));
            if (f.bestZ() != null && f.bestValue() < bestValue) {
                bestValue = f.bestValue();
                bestZ = f.bestZ();
            }
            lambda *= 2;
        }
        double[] z = bestZ.clone();
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        double polished = localMin(f, z, all, 5000);
        if (polished <= bestValue) {
            bestValue = polished;
            bestZ = z;
        }
        log.accept(String.format(java.util.Locale.ROOT, "polished: chi2 = %.8g", bestValue));
        if (bestValue >= Chi2Function.BAD) {
            throw new IllegalStateException("no point of the fit ranges gives a finite chi2");
        }
        for (int k = 0; k < n; k++) {
            bestZ[k] = Math.min(1.0, Math.max(0.0, bestZ[k]));
        }
        double[] best = f.toPhysical(bestZ);

        List<FitResult.Interval> intervals = new ArrayList<>();
        List<FitResult.GridPoint> grid = new ArrayList<>();
        long evaluations = f.evaluations();
        if (spec.profile()) {
            double[] found = new double[] {bestValue};
            intervals = profiles(bestZ, bestValue, warnings, found);
        }
        if (spec.grid() != null) {
            grid = grid(bestZ);
            for (FitResult.GridPoint g : grid) {
                if (g.chi2() < bestValue - 1e-6) {
                    warnings.add(String.format(java.util.Locale.ROOT,
                            "the 2D grid found chi2 = %.6g below the fit's minimum %.6g (at %s = %.6g, %s = %.6g)",
                            g.chi2(), bestValue, spec.grid().x(), g.x(), spec.grid().y(), g.y()));
                    break;
                }
            }
        }

        LikelihoodResult atBest = likelihood.evaluate(f.predictions(best));
        double[] smValues = likelihood.align(Lqflav.predict(SmPoint.of(spec.base()), spec.sm(),
                likelihood.observables()).values());
        LikelihoodResult atSm = likelihood.evaluate(smValues);
        ModelPoint point = new ModelPoint(spec.base(), spec.space().addresses());
        return new FitResult(spec, best, atBest.chi2(), atSm.chi2(), atBest, atSm, intervals, grid,
                evaluations, point.at(f.full(best)), warnings);
    }

    private static double[] randomPoint(MersenneTwister random, int n) {
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            z[k] = random.nextDouble();
        }
        return z;
    }

    private void cmaes(Chi2Function f, double[] start, int lambda, MersenneTwister random) {
        int n = start.length;
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] sigma = new double[n];
        Arrays.fill(hi, 1.0);
        Arrays.fill(sigma, 0.3);
        CMAESOptimizer opt = new CMAESOptimizer(10000, 0.0, true, 0, 0, random, false,
                new SimpleValueChecker(1e-10, 1e-12));
        try {
            opt.optimize(new MaxEval(spec.maxEvaluations()), new ObjectiveFunction(f::value), GoalType.MINIMIZE,
                    new InitialGuess(start), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(lambda));
        } catch (MathIllegalStateException e) {
            // evaluation budget spent: the function kept its best point
        }
    }

    /**
     * Minimises over the coordinates where {@code free[k]}, the others fixed at {@code z[k]}; z is updated to the
     * minimum found, the value returned.
     */
    static double localMin(Chi2Function f, double[] z, boolean[] free, int maxEval) {
        int m = 0;
        for (boolean b : free) {
            m += b ? 1 : 0;
        }
        if (m == 0) {
            return f.value(z);
        }
        int[] idx = new int[m];
        for (int k = 0, j = 0; k < free.length; k++) {
            if (free[k]) {
                idx[j++] = k;
            }
        }
        double[] work = z.clone();
        double[] best = z.clone();
        double[] bestValue = {f.value(z)};
        java.util.function.ToDoubleFunction<double[]> sub = y -> {
            for (int j = 0; j < idx.length; j++) {
                work[idx[j]] = Math.min(1.0, Math.max(0.0, y[j]));
            }
            double v = f.value(work);
            if (v < bestValue[0]) {
                bestValue[0] = v;
                System.arraycopy(work, 0, best, 0, work.length);
            }
            return v;
        };
        try {
            if (m == 1) {
                double s = Math.min(1.0, Math.max(0.0, z[idx[0]]));
                new BrentOptimizer(1e-10, 1e-14).optimize(new MaxEval(maxEval),
                        new UnivariateObjectiveFunction(t -> sub.applyAsDouble(new double[] {t})), GoalType.MINIMIZE,
                        new SearchInterval(0.0, 1.0, s));
            } else {
                double[] y0 = new double[m];
                double[] lo = new double[m];
                double[] hi = new double[m];
                for (int j = 0; j < m; j++) {
                    y0[j] = Math.min(1.0, Math.max(0.0, z[idx[j]]));
                    hi[j] = 1.0;
                }
                new BOBYQAOptimizer(2 * m + 1, 0.1, 1e-9).optimize(new MaxEval(maxEval),
                        new ObjectiveFunction(sub::applyAsDouble), GoalType.MINIMIZE, new InitialGuess(y0),
                        new SimpleBounds(lo, hi));
            }
        } catch (MathIllegalStateException e) {
            // budget spent: keep the best point seen
        }
        System.arraycopy(best, 0, z, 0, z.length);
        return bestValue[0];
    }

    // ------------------------------------------------------------------------------------------ profiles

    private List<FitResult.Interval> profiles(double[] bestZ, double chi2Min, List<String> warnings, double[] found) {
        int n = bestZ.length;
        List<Callable<double[]>> tasks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (int dir = -1; dir <= 1; dir += 2) {
                int kk = k;
                int d = dir;
                tasks.add(() -> crossing(function(), bestZ, chi2Min, kk, d));
            }
        }
        List<double[]> res = runAll(tasks);
        List<FitResult.Interval> out = new ArrayList<>();
        Chi2Function f = function();
        double lowest = chi2Min;
        for (int k = 0; k < n; k++) {
            double[] lo = res.get(2 * k);
            double[] hi = res.get(2 * k + 1);
            lowest = Math.min(lowest, Math.min(lo[2], hi[2]));
            out.add(new FitResult.Interval(spec.space().free().get(k).address(), f.toPhysical(k, bestZ[k]),
                    f.toPhysical(k, lo[0]), f.toPhysical(k, hi[0]), lo[1] > 0, hi[1] > 0));
        }
        if (lowest < chi2Min - 1e-6) {
            warnings.add(String.format(java.util.Locale.ROOT, "profiling found chi2 = %.6g below the fit's minimum "
                    + "%.6g: the fit may not have found the global minimum (try more restarts)", lowest, chi2Min));
        }
        found[0] = lowest;
        return out;
    }

    /**
     * Where the profile of parameter k crosses chi2Min + 1 in direction dir: {z, atEdge (1/0), lowest chi2 seen}.
     */
    private static double[] crossing(Chi2Function f, double[] bestZ, double chi2Min, int k, int dir) {
        int n = bestZ.length;
        boolean[] nuisance = new boolean[n];
        Arrays.fill(nuisance, true);
        nuisance[k] = false;
        double target = chi2Min + ONE_SIGMA;
        double lowest = chi2Min;
        double[] z = bestZ.clone();
        double inside = bestZ[k];
        double[] insideZ = bestZ.clone();
        double step = 0.005;
        double t = bestZ[k];
        while (true) {
            double next = t + dir * step;
            boolean edge = dir < 0 ? next <= 0.0 : next >= 1.0;
            next = Math.min(1.0, Math.max(0.0, next));
            z = insideZ.clone();
            z[k] = next;
            double v = localMin(f, z, nuisance, 2000);
            lowest = Math.min(lowest, v);
            if (v >= target) {
                // bisect between inside (below target) and next (above)
                double a = inside;
                double b = next;
                double[] za = insideZ;
                for (int i = 0; i < BISECTIONS; i++) {
                    double mid = 0.5 * (a + b);
                    double[] zm = za.clone();
                    zm[k] = mid;
                    double vm = localMin(f, zm, nuisance, 2000);
                    lowest = Math.min(lowest, vm);
                    if (vm >= target) {
                        b = mid;
                    } else {
                        a = mid;
                        za = zm;
                    }
                }
                return new double[] {0.5 * (a + b), 0, lowest};
            }
            if (edge || next == t) {
                return new double[] {next, 1, lowest};
            }
            inside = next;
            insideZ = z;
            t = next;
            step *= 1.6;
        }
    }

    // ------------------------------------------------------------------------------------------ 2D grid

    private List<FitResult.GridPoint> grid(double[] bestZ) {
        FitSpec.Grid g = spec.grid();
        int ix = spec.freeIndex(g.x());
        int iy = spec.freeIndex(g.y());
        int n = bestZ.length;
        List<Callable<double[]>> rows = new ArrayList<>();
        for (int r = 0; r < g.ny(); r++) {
            int row = r;
            rows.add(() -> {
                Chi2Function f = function();
                boolean[] nuisance = new boolean[n];
                Arrays.fill(nuisance, true);
                nuisance[ix] = false;
                nuisance[iy] = false;
                double[] out = new double[g.nx()];
                double[] warm = bestZ.clone();
                double zy = (double) row / (g.ny() - 1);
                for (int c = 0; c < g.nx(); c++) {
                    double[] z = warm.clone();
                    z[ix] = (double) c / (g.nx() - 1);
                    z[iy] = zy;
                    out[c] = localMin(f, z, nuisance, 2000);
                    warm = z;
                }
                return out;
            });
        }
        List<double[]> res = runAll(rows);
        Chi2Function f = function();
        List<FitResult.GridPoint> out = new ArrayList<>();
        for (int r = 0; r < g.ny(); r++) {
            for (int c = 0; c < g.nx(); c++) {
                out.add(new FitResult.GridPoint(f.toPhysical(ix, (double) c / (g.nx() - 1)),
                        f.toPhysical(iy, (double) r / (g.ny() - 1)), res.get(r)[c]));
            }
        }
        return out;
    }

    private <T> List<T> runAll(List<Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, tasks.size())), r -> {
            Thread t = new Thread(r, "lqflav-fit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (Callable<T> c : tasks) {
                fs.add(pool.submit(c));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> fu : fs) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fit interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
