package org.lqflav.math;

import java.util.Arrays;
import org.hipparchus.complex.Complex;

/**
 * Immutable complex 3x3 matrix, row-major. Indices are 0-based in code; docs and model files use 1-based
 * (quark generation = row, lepton generation = column for leptoquark Yukawas, see docs/conventions.md).
 */
public final class CMatrix3 {
    public static final CMatrix3 ZERO = new CMatrix3(new double[9], new double[9]);

    private final double[] re;
    private final double[] im;

    private CMatrix3(double[] re, double[] im) {
        this.re = re;
        this.im = im;
    }

    /** From 3x3 arrays of real and imaginary parts (copied). */
    public static CMatrix3 of(double[][] re, double[][] im) {
        double[] r = new double[9];
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = re[i][j];
                m[3 * i + j] = im == null ? 0.0 : im[i][j];
            }
        }
        return new CMatrix3(r, m);
    }

    /** A real matrix. */
    public static CMatrix3 real(double[][] re) {
        return of(re, null);
    }

    /** From a 3x3 array of complex entries. */
    public static CMatrix3 of(Complex[][] z) {
        double[] r = new double[9];
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = z[i][j].getReal();
                m[3 * i + j] = z[i][j].getImaginary();
            }
        }
        return new CMatrix3(r, m);
    }

    public static CMatrix3 diagonal(double a, double b, double c) {
        double[] r = new double[9];
        r[0] = a;
        r[4] = b;
        r[8] = c;
        return new CMatrix3(r, new double[9]);
    }

    public Complex get(int i, int j) {
        return new Complex(re[3 * i + j], im[3 * i + j]);
    }

    public double re(int i, int j) {
        return re[3 * i + j];
    }

    public double im(int i, int j) {
        return im[3 * i + j];
    }

    /** Matrix product {@code this * b}. */
    public CMatrix3 times(CMatrix3 b) {
        double[] r = new double[9];
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sr = 0;
                double si = 0;
                for (int k = 0; k < 3; k++) {
                    double ar = re[3 * i + k];
                    double ai = im[3 * i + k];
                    double br = b.re[3 * k + j];
                    double bi = b.im[3 * k + j];
                    sr += ar * br - ai * bi;
                    si += ar * bi + ai * br;
                }
                r[3 * i + j] = sr;
                m[3 * i + j] = si;
            }
        }
        return new CMatrix3(r, m);
    }

    public CMatrix3 plus(CMatrix3 b) {
        double[] r = new double[9];
        double[] m = new double[9];
        for (int k = 0; k < 9; k++) {
            r[k] = re[k] + b.re[k];
            m[k] = im[k] + b.im[k];
        }
        return new CMatrix3(r, m);
    }

    public CMatrix3 scale(double s) {
        double[] r = new double[9];
        double[] m = new double[9];
        for (int k = 0; k < 9; k++) {
            r[k] = s * re[k];
            m[k] = s * im[k];
        }
        return new CMatrix3(r, m);
    }

    public CMatrix3 transpose() {
        double[] r = new double[9];
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * j + i] = re[3 * i + j];
                m[3 * j + i] = im[3 * i + j];
            }
        }
        return new CMatrix3(r, m);
    }

    public CMatrix3 conjugate() {
        double[] m = new double[9];
        for (int k = 0; k < 9; k++) {
            m[k] = -im[k];
        }
        return new CMatrix3(re.clone(), m);
    }

    /** Conjugate transpose. */
    public CMatrix3 dagger() {
        return transpose().conjugate();
    }

    public boolean isReal() {
        for (double v : im) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** True when |a_ij - a_ji| <= tol (1 + |a_ij|) for all i, j. */
    public boolean isSymmetric(double tol) {
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                double dr = re[3 * i + j] - re[3 * j + i];
                double di = im[3 * i + j] - im[3 * j + i];
                double scale = 1.0 + Math.hypot(re[3 * i + j], im[3 * i + j]);
                if (Math.hypot(dr, di) > tol * scale) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CMatrix3 c && Arrays.equals(re, c.re) && Arrays.equals(im, c.im);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(re) + Arrays.hashCode(im);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 3; i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < 3; j++) {
                if (j > 0) {
                    sb.append(", ");
                }
                sb.append(re[3 * i + j]);
                if (im[3 * i + j] != 0) {
                    sb.append(im[3 * i + j] < 0 ? "" : "+").append(im[3 * i + j]).append('i');
                }
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
