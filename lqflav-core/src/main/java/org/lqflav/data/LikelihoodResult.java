package org.lqflav.data;

import java.util.List;
import java.util.Optional;

/**
 * The likelihood at one point.
 *
 * @param rows           one per observable of the set, in set order
 * @param perMeasurement chi^2 of each measurement, in {@code data.measurements()} order
 * @param chi2           total
 */
public record LikelihoodResult(MeasurementSet data, List<Row> rows, List<Double> perMeasurement, double chi2) {
    public LikelihoodResult {
        rows = List.copyOf(rows);
        perMeasurement = List.copyOf(perMeasurement);
    }

    /**
     * One observable.
     *
     * @param position     index of the observable in {@code measurement.observables()}
     * @param contribution its share of the chi^2 (the measurement's chi^2 for single-observable measurements)
     * @param sigma        the total 1-sigma width used (experiment and theory)
     */
    public record Row(Measurement measurement, int position, String observable, double prediction, double pull,
                      double contribution, double sigma) {
    }

    /** Number of measurements (a correlated group counts once). */
    public int measurements() {
        return perMeasurement.size();
    }

    /** Number of observables. */
    public int observables() {
        return rows.size();
    }

    public Optional<Row> row(String observable) {
        return rows.stream().filter(r -> r.observable().equals(observable)).findFirst();
    }
}
