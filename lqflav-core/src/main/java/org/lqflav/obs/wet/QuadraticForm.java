package org.lqflav.obs.wet;

import org.hipparchus.complex.Complex;
import org.lqflav.eft.WilsonCoefficients;

/**
 * A Hermitian form R(c) = sum_ab conj(c_a) M_ab c_b in a vector of Wilson coefficients c. Every rate of the engine
 * is one: amplitudes are linear in the coefficients. The matrix is built once per parameter set from a black-box
 * rate function ({@link #fromRate}); {@link #eval} reads the coefficients straight from a
 * {@link WilsonCoefficients} through indices resolved once, with no allocation. Immutable.
 */
public final class QuadraticForm {
    /** Index meaning "the SM slot": its coefficient is 1 when the SM contributes, else 0. */
    public static final int SM = -1;

    private final int n;
    private final double[] re;
    private final double[] im;

    private QuadraticForm(int n, double[] re, double[] im) {
        this.n = n;
        this.re = re;
        this.im = im;
    }

    /** A rate as a function of the complex coefficient vector (length n). */
    @FunctionalInterface
    public interface Rate {
        double of(Complex[] c);
    }

    /**
     * The matrix of a rate that is a Hermitian form, by polarisation: M_aa = R(e_a),
     * Re M_ab = [R(e_a + e_b) - M_aa - M_bb]/2, Im M_ab = -[R(e_a + i e_b) - M_aa - M_bb]/2.
     */
    public static QuadraticForm fromRate(int n, Rate rate) {
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        accumulate(n, rate, 1.0, re, im);
        return new QuadraticForm(n, re, im);
    }

    /** Adds weight * M(rate) into (re, im): used to integrate the matrix over q^2 node by node. */
    public static void accumulate(int n, Rate rate, double weight, double[] re, double[] im) {
        Complex[] c = new Complex[n];
        double[] diag = new double[n];
        for (int a = 0; a < n; a++) {
            unit(c, a, -1, Complex.ZERO);
            diag[a] = rate.of(c);
            re[a * n + a] += weight * diag[a];
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                unit(c, a, b, Complex.ONE);
                double r = 0.5 * (rate.of(c) - diag[a] - diag[b]);
                unit(c, a, b, Complex.I);
                double i = -0.5 * (rate.of(c) - diag[a] - diag[b]);
                re[a * n + b] += weight * r;
                re[b * n + a] += weight * r;
                im[a * n + b] += weight * i;
                im[b * n + a] -= weight * i;
            }
        }
    }

    private static void unit(Complex[] c, int a, int b, Complex cb) {
        java.util.Arrays.fill(c, Complex.ZERO);
        c[a] = Complex.ONE;
        if (b >= 0) {
            c[b] = cb;
        }
    }

    public static QuadraticForm of(int n, double[] re, double[] im) {
        return new QuadraticForm(n, re.clone(), im.clone());
    }

    public int size() {
        return n;
    }

    public double re(int a, int b) {
        return re[a * n + b];
    }

    public double im(int a, int b) {
        return im[a * n + b];
    }

    /** This form plus {@code s} times another of the same size (e.g. lepton-helicity difference). */
    public QuadraticForm plus(double s, QuadraticForm o) {
        double[] r = re.clone();
        double[] i = im.clone();
        for (int k = 0; k < r.length; k++) {
            r[k] += s * o.re[k];
            i[k] += s * o.im[k];
        }
        return new QuadraticForm(n, r, i);
    }

    /** R(c) for a complex vector (tests, precomputation). */
    public double eval(Complex[] c) {
        double sum = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                Complex t = c[a].conjugate().multiply(c[b]);
                sum += re[a * n + b] * t.getReal() - im[a * n + b] * t.getImaginary();
            }
        }
        return sum;
    }

    /**
     * R(c) with c_a = w(idx[a]) (new physics) and c_a = (sm ? 1 : 0) where idx[a] == {@link #SM}. No allocation:
     * Re(conj(c_a) M_ab c_b) summed, diagonal once and off-diagonal pairs twice.
     */
    public double eval(WilsonCoefficients w, int[] idx, boolean sm) {
        double sum = 0;
        for (int a = 0; a < n; a++) {
            double xa = idx[a] == SM ? (sm ? 1 : 0) : w.re(idx[a]);
            double ya = idx[a] == SM ? 0 : w.im(idx[a]);
            if (xa == 0 && ya == 0) {
                continue;
            }
            int row = a * n;
            sum += re[row + a] * (xa * xa + ya * ya);
            for (int b = a + 1; b < n; b++) {
                double xb = idx[b] == SM ? (sm ? 1 : 0) : w.re(idx[b]);
                double yb = idx[b] == SM ? 0 : w.im(idx[b]);
                // conj(c_a) c_b = (xa xb + ya yb) + i (xa yb - ya xb)
                sum += 2 * (re[row + b] * (xa * xb + ya * yb) - im[row + b] * (xa * yb - ya * xb));
            }
        }
        return sum;
    }
}
