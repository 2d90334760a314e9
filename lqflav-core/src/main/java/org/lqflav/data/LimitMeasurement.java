package org.lqflav.data;

import java.util.List;
import org.hipparchus.special.Erf;

/**
 * An upper limit at a confidence level, as a likelihood: a half-normal centred at zero whose CL-quantile is the
 * limit (docs/data.md#limits). For |x| the predicted magnitude,
 * <pre>
 *   chi^2 = (|x| / sigma)^2,   sigma = sqrt((limit / z)^2 + theory^2),   z = sqrt(2) erfinv(cl)
 * </pre>
 * so z = 1.645 at 90% CL and 1.960 at 95% CL: a prediction exactly at the limit gets chi^2 = z^2 (2.71 at 90%,
 * 3.84 at 95%), and P(|x| &lt; limit) = cl under the half-normal. The magnitude is used because some limited
 * quantities are signed (the shifts delta g of the Z couplings are limits on |Re delta g|).
 */
public record LimitMeasurement(String id, String observable, double limit, double cl, double theory,
                               Provenance provenance) implements SingleMeasurement {
    public LimitMeasurement {
        if (!(limit > 0) || !(cl > 0 && cl < 1) || !(theory >= 0)) {
            throw new IllegalArgumentException(id + ": need limit > 0, 0 < cl < 1, theory >= 0");
        }
    }

    /** Number of Gaussian sigmas of a two-sided interval with coverage {@code cl}: sqrt(2) erfinv(cl). */
    public static double z(double cl) {
        return Math.sqrt(2.0) * Erf.erfInv(cl);
    }

    /** Width of the half-normal (theory included). */
    public double sigma() {
        double s = limit / z(cl);
        return Math.sqrt(s * s + theory * theory);
    }

    @Override
    public List<String> observables() {
        return List.of(observable);
    }

    @Override
    public String kind() {
        return "upper_limit";
    }

    /** Pull |x| / sigma (never negative). */
    @Override
    public double pullAt(double x) {
        return Math.abs(x) / sigma();
    }

    @Override
    public double sigmaAt(double x) {
        return sigma();
    }
}
