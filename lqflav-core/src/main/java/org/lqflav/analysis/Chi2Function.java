package org.lqflav.analysis;

import org.lqflav.data.Likelihood;

/**
 * chi^2 as a function of the free parameters in unit-cube coordinates z in [0,1]^n (x = low + z (high - low)),
 * which gives every optimiser the same scale in every direction. Keeps the best point it has seen (an optimiser
 * stopped by its evaluation budget still leaves its best point). One per thread; not thread-safe.
 */
final class Chi2Function {
    /** Returned for points where the prediction is not a number, so optimisers move away. */
    static final double BAD = 1e30;

    private final ParameterSpace space;
    private final PointEvaluator evaluator;
    private final Likelihood likelihood;
    private final double[] low;
    private final double[] width;
    private final double[] free;
    private final double[] full;
    private final double[] obs;
    private long evaluations;
    private double bestValue = Double.POSITIVE_INFINITY;
    private double[] bestZ;

    Chi2Function(ParameterSpace space, PointEvaluator evaluator, Likelihood likelihood) {
        if (!evaluator.observables().equals(likelihood.observables())) {
            throw new IllegalArgumentException("evaluator observables must be the likelihood's");
        }
        this.space = space;
        this.evaluator = evaluator;
        this.likelihood = likelihood;
        int n = space.dimension();
        this.low = new double[n];
        this.width = new double[n];
        for (int k = 0; k < n; k++) {
            Prior p = space.free().get(k).prior();
            low[k] = p.low();
            width[k] = p.high() - p.low();
        }
        this.free = new double[n];
        this.full = new double[space.addresses().size()];
        this.obs = new double[likelihood.observables().size()];
    }

    int dimension() {
        return low.length;
    }

    /** Physical value of free parameter k at unit coordinate z. */
    double toPhysical(int k, double z) {
        return low[k] + z * width[k];
    }

    double toUnit(int k, double x) {
        return (x - low[k]) / width[k];
    }

    double[] toPhysical(double[] z) {
        double[] x = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            x[k] = toPhysical(k, z[k]);
        }
        return x;
    }

    /** chi^2 at unit coordinates z (clamped into [0,1]). */
    double value(double[] z) {
        for (int k = 0; k < free.length; k++) {
            free[k] = toPhysical(k, Math.min(1.0, Math.max(0.0, z[k])));
        }
        return valuePhysical(free, z);
    }

    private double valuePhysical(double[] x, double[] z) {
        space.fill(x, full);
        evaluations++;
        double chi2;
        try {
            evaluator.evaluate(full, obs);
            chi2 = likelihood.chi2(obs);
        } catch (RuntimeException e) {
            chi2 = Double.NaN;
        }
        if (!Double.isFinite(chi2)) {
            return BAD;
        }
        if (chi2 < bestValue) {
            bestValue = chi2;
            bestZ = z.clone();
        }
        return chi2;
    }

    /** Predictions at physical free values (for the result). */
    double[] predictions(double[] x) {
        space.fill(x, full);
        double[] out = new double[obs.length];
        evaluator.evaluate(full, out);
        return out;
    }

    /** Full parameter vector at physical free values. */
    double[] full(double[] x) {
        double[] out = new double[full.length];
        space.fill(x, out);
        return out;
    }

    long evaluations() {
        return evaluations;
    }

    double bestValue() {
        return bestValue;
    }

    double[] bestZ() {
        return bestZ == null ? null : bestZ.clone();
    }

    void resetBest() {
        bestValue = Double.POSITIVE_INFINITY;
        bestZ = null;
    }
}
