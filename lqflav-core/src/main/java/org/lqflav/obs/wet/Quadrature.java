package org.lqflav.obs.wet;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Composite Gauss-Legendre nodes over [a, b] (Hipparchus {@link GaussIntegratorFactory}), for integrating
 * matrices over q^2: the integrand (form factors, helicity amplitudes, the polarised quadratic form) is evaluated
 * once per node and accumulated for all matrix elements at once. The end-point behaviour sqrt(q^2_max - q^2) is
 * handled by the substitution q^2 = b - (b - a) t^2, which makes the integrand smooth in t.
 */
public final class Quadrature {
    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();

    private Quadrature() {
    }

    /** A node callback: q^2 and its weight. */
    @FunctionalInterface
    public interface Node {
        void at(double q2, double weight);
    }

    /**
     * Calls {@code node} for the nodes of int_a^b f(q^2) dq^2 = int_0^1 f(b - (b-a) t^2) 2 (b-a) t dt, with
     * {@code panels} panels of {@code points} Gauss-Legendre points in t.
     */
    public static void nodes(double a, double b, int panels, int points, Node node) {
        double len = b - a;
        for (int p = 0; p < panels; p++) {
            GaussIntegrator g = FACTORY.legendre(points, (double) p / panels, (double) (p + 1) / panels);
            for (int i = 0; i < g.getNumberOfPoints(); i++) {
                double t = g.getPoint(i);
                node.at(b - len * t * t, g.getWeight(i) * 2 * len * t);
            }
        }
    }

    /** int_a^b f with the same rule (tests, scalar integrals). */
    public static double integrate(double a, double b, int panels, int points,
                                   java.util.function.DoubleUnaryOperator f) {
        double[] sum = {0};
        nodes(a, b, panels, points, (q2, w) -> sum[0] += w * f.applyAsDouble(q2));
        return sum[0];
    }

}
