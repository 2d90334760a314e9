package org.lqflav.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * chi^2 of predictions against a {@link MeasurementSet}: -2 log L up to a constant, the sum of the measurements'
 * chi^2 (docs/data.md#likelihood). Predictions come as an array aligned with {@link #observables()}; the hot path
 * {@link #chi2(double[])} allocates nothing and is safe to call from many threads.
 */
public final class Likelihood {
    private final MeasurementSet set;
    private final List<String> observables;
    private final List<Measurement> measurements;
    private final int[][] index;

    private Likelihood(MeasurementSet set) {
        this.set = set;
        this.observables = set.observables();
        this.measurements = set.measurements();
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < observables.size(); i++) {
            pos.put(observables.get(i), i);
        }
        this.index = new int[measurements.size()][];
        for (int m = 0; m < measurements.size(); m++) {
            List<String> o = measurements.get(m).observables();
            index[m] = new int[o.size()];
            for (int k = 0; k < o.size(); k++) {
                index[m][k] = pos.get(o.get(k));
            }
        }
    }

    public static Likelihood of(MeasurementSet set) {
        return new Likelihood(set);
    }

    public MeasurementSet data() {
        return set;
    }

    /** The observables whose predictions {@link #chi2} reads, in this order. */
    public List<String> observables() {
        return observables;
    }

    /** Number of measurements (a correlated group counts once). */
    public int size() {
        return measurements.size();
    }

    /** Total chi^2 for predictions aligned with {@link #observables()}. NaN if a prediction is NaN. */
    public double chi2(double[] values) {
        double chi2 = 0;
        for (int m = 0; m < index.length; m++) {
            chi2 += measurements.get(m).chi2(values, index[m]);
        }
        return chi2;
    }

    /** Total chi^2 for predictions by name; every observable of the set must be present. */
    public double chi2(Map<String, Double> values) {
        return chi2(align(values));
    }

    /** Everything about one point: per-measurement chi^2, per-observable shares and pulls. */
    public LikelihoodResult evaluate(double[] values) {
        List<LikelihoodResult.Row> rows = new ArrayList<>();
        List<Double> perMeasurement = new ArrayList<>();
        double total = 0;
        for (int m = 0; m < index.length; m++) {
            Measurement meas = measurements.get(m);
            double c = meas.chi2(values, index[m]);
            perMeasurement.add(c);
            total += c;
            for (int k = 0; k < index[m].length; k++) {
                rows.add(new LikelihoodResult.Row(meas, k, meas.observables().get(k), values[index[m][k]],
                        meas.pull(values, index[m], k), meas.contribution(values, index[m], k),
                        meas.sigma(values, index[m], k)));
            }
        }
        return new LikelihoodResult(set, rows, perMeasurement, total);
    }

    public LikelihoodResult evaluate(Map<String, Double> values) {
        return evaluate(align(values));
    }

    /** Predictions by name, in {@link #observables()} order. */
    public double[] align(Map<String, Double> values) {
        double[] x = new double[observables.size()];
        for (int i = 0; i < x.length; i++) {
            Double v = values.get(observables.get(i));
            if (v == null) {
                throw new IllegalArgumentException("no prediction for " + observables.get(i));
            }
            x[i] = v;
        }
        return x;
    }

    /** Pull of one observable of the set for a prediction vector aligned with {@link #observables()}. */
    public double pull(double[] values, String observable) {
        for (int m = 0; m < index.length; m++) {
            List<String> o = measurements.get(m).observables();
            int k = o.indexOf(observable);
            if (k >= 0) {
                return measurements.get(m).pull(values, index[m], k);
            }
        }
        throw new IllegalArgumentException(observable + " is not in data set " + set.name());
    }
}
