package org.lqflav.data;

import java.util.List;

/**
 * A measured value with symmetric or asymmetric 1-sigma errors, and the SM-prediction theory uncertainty.
 *
 * <p>Asymmetric errors {@code value +plus -minus} give a bifurcated Gaussian: the error on the side of the
 * prediction is used, {@code plus} when the prediction lies above the value (docs/data.md#asymmetric).
 * The theory uncertainty is added in quadrature to either side: sigma = sqrt(err^2 + theory^2).
 *
 * @param theory absolute 1-sigma uncertainty of the SM prediction of the observable (0 when the value already
 *               includes it, as for Delta a_mu = exp - SM)
 */
public record GaussianMeasurement(String id, String observable, double value, double plus, double minus,
                                  double theory, Provenance provenance) implements SingleMeasurement {
    public GaussianMeasurement {
        if (!(plus > 0) || !(minus > 0) || !(theory >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(id + ": errors must be > 0 and the value finite");
        }
    }

    /** Symmetric errors. */
    public static GaussianMeasurement symmetric(String id, String observable, double value, double sigma,
                                                double theory, Provenance provenance) {
        return new GaussianMeasurement(id, observable, value, sigma, sigma, theory, provenance);
    }

    public boolean symmetric() {
        return plus == minus;
    }

    @Override
    public List<String> observables() {
        return List.of(observable);
    }

    @Override
    public String kind() {
        return "gaussian";
    }

    /** The 1-sigma width on the side of prediction {@code x}, theory included. */
    @Override
    public double sigmaAt(double x) {
        double e = x > value ? plus : minus;
        return Math.sqrt(e * e + theory * theory);
    }

    /** Pull (x - value)/sigma of one prediction. */
    @Override
    public double pullAt(double x) {
        return (x - value) / sigmaAt(x);
    }
}
