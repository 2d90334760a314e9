package org.lqflav.obs.wet;

/** The real dilogarithm Li2(x) for x <= 1 (needed by the O(alpha_s) HQET matching coefficients). */
public final class Dilog {
    private Dilog() {
    }

    /** Bernoulli numbers B_0..B_{2k} (odd ones beyond B_1 vanish); B_1 = -1/2. */
    private static final double[] B = {1.0, -0.5, 1.0 / 6, 0, -1.0 / 30, 0, 1.0 / 42, 0, -1.0 / 30, 0, 5.0 / 66, 0,
        -691.0 / 2730, 0, 7.0 / 6, 0, -3617.0 / 510, 0, 43867.0 / 798, 0, -174611.0 / 330};

    /**
     * Li2(x) = -int_0^x ln(1-t)/t dt for real x <= 1. Li2(x) = sum_n B_n u^{n+1}/(n+1)!, u = -ln(1-x), for
     * -1 <= x <= 1/2 ('t Hooft-Veltman); reflection Li2(x) = pi^2/6 - ln x ln(1-x) - Li2(1-x) above 1/2 and
     * inversion Li2(x) = -pi^2/6 - ln^2(-x)/2 - Li2(1/x) below -1.
     *
     * @throws IllegalArgumentException for x > 1 (complex there)
     */
    public static double li2(double x) {
        if (x > 1) {
            throw new IllegalArgumentException("Li2 is real only for x <= 1, got " + x);
        }
        if (x == 1) {
            return Math.PI * Math.PI / 6;
        }
        if (x < -1) {
            double l = Math.log(-x);
            return -Math.PI * Math.PI / 6 - 0.5 * l * l - li2(1 / x);
        }
        if (x > 0.5) {
            return Math.PI * Math.PI / 6 - Math.log(x) * Math.log(1 - x) - li2(1 - x);
        }
        double u = -Math.log(1 - x);
        double sum = 0;
        double term = u;          // u^{n+1}/(n+1)!
        for (int n = 0; n < B.length; n++) {
            sum += B[n] * term;
            term *= u / (n + 2);
        }
        return sum;
    }
}
