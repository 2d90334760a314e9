package org.lqflav.analysis;

import java.util.List;
import org.lqflav.data.LikelihoodResult;
import org.lqflav.model.ModelSpec;

/**
 * The outcome of {@link Fitter#fit}.
 *
 * @param best        best-fit values of the free parameters (physical units), in {@code spec.space().free()} order
 * @param chi2        chi^2 at the best point
 * @param chi2Sm      chi^2 at the SM point (all couplings zero, same SM inputs and data)
 * @param intervals   1-sigma profile-likelihood intervals (Delta chi^2 = 1), empty when profiling is off
 * @param grid        2D profile grid (empty when none was asked for)
 * @param bestModel   the best point as a model
 * @param warnings    things the user should know (a lower minimum found while profiling, ...)
 */
public record FitResult(FitSpec spec, double[] best, double chi2, double chi2Sm, LikelihoodResult atBest,
                        LikelihoodResult atSm, List<Interval> intervals, List<GridPoint> grid, long evaluations,
                        ModelSpec bestModel, List<String> warnings) {
    public FitResult {
        best = best.clone();
        intervals = List.copyOf(intervals);
        grid = List.copyOf(grid);
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] best() {
        return best.clone();
    }

    public double deltaChi2() {
        return chi2 - chi2Sm;
    }

    /**
     * Profile-likelihood interval of one free parameter: where the profile chi^2 crosses chi2_min + 1.
     * {@code lowAtEdge}/{@code highAtEdge}: no crossing before the end of the range (the end is reported).
     */
    public record Interval(ParameterAddress parameter, double best, double low, double high, boolean lowAtEdge,
                           boolean highAtEdge) {
    }

    /** One point of the 2D profile grid: chi^2 minimised over the other free parameters. */
    public record GridPoint(double x, double y, double chi2) {
    }
}
