package org.lqflav.data;

/**
 * A measurement of one observable: its chi^2 is the square of its pull, the pull and uncertainty depend only on
 * the one prediction (docs/data.md).
 */
public sealed interface SingleMeasurement extends Measurement permits GaussianMeasurement, LimitMeasurement {
    /** Pull of the prediction {@code x}, in sigma. */
    double pullAt(double x);

    /** The 1-sigma uncertainty the pull of {@code x} is taken with (experiment and theory). */
    double sigmaAt(double x);

    @Override
    default double chi2(double[] values, int[] index) {
        double p = pullAt(values[index[0]]);
        return p * p;
    }

    @Override
    default double pull(double[] values, int[] index, int i) {
        return pullAt(values[index[0]]);
    }

    @Override
    default double contribution(double[] values, int[] index, int i) {
        return chi2(values, index);
    }

    @Override
    default double sigma(double[] values, int[] index, int i) {
        return sigmaAt(values[index[0]]);
    }
}
