package org.lqflav.analysis;

import java.util.List;

/**
 * Observables at one parameter point, written into the caller's buffer. Scans and fits create one evaluator per
 * worker thread ({@link Factory#create()}) and reuse it for every point, so an implementation may keep scratch
 * space and need not be thread-safe. {@link PredictEvaluator} is the reference implementation on top of the
 * public API; a zero-allocation one can replace it behind the same interface.
 */
public interface PointEvaluator {
    /** The parameters, in the order of the {@code parameters} array. */
    List<ParameterAddress> parameters();

    /** The observables, in the order written to {@code out}. */
    List<String> observables();

    /**
     * Evaluates one point.
     *
     * @param parameters values for {@link #parameters()}
     * @param out        receives the values of {@link #observables()} (length at least their number)
     */
    void evaluate(double[] parameters, double[] out);

    /** Makes evaluators (one per thread); must itself be thread-safe. */
    interface Factory {
        List<ParameterAddress> parameters();

        List<String> observables();

        PointEvaluator create();
    }
}
