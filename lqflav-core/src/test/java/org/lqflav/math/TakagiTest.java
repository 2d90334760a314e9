package org.lqflav.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * Takagi factorisation M = W diag(m) W^T. Expected masses come from the construction of each test matrix
 * (M = V^* diag(d) V^dagger with V unitary has Takagi masses |d_i|), or from the invariants
 * sum m_i^2 = ||M||_F^2 and prod m_i = |det M|, which hold because the m_i are the singular values of M.
 */
class TakagiTest {
    private static final double TOL = 1e-12;

    @Test
    void realMatrixWithNegativeEigenvalueHasAbsoluteEigenvaluesAsMasses() {
        // M = R diag(0.3, -1.2, 2.0) R^T with R a real rotation: Takagi masses are |eigenvalues|, and the
        // column for the negative eigenvalue is i times the eigenvector (i^2 = -1 absorbs the sign).
        CMatrix3 r = rotation(0.4, -1.1, 2.3);
        CMatrix3 m = r.times(CMatrix3.diagonal(0.3, -1.2, 2.0)).times(r.transpose());
        Takagi t = Takagi.factorise(m);
        assertThat(t.masses()).containsExactly(new double[] {0.3, 1.2, 2.0}, within(TOL));
        assertFactorises(m, t);
        for (int i = 0; i < 3; i++) {
            Complex ratio = t.w().get(i, 1).divide(r.get(i, 1));
            assertThat(Math.abs(ratio.getReal())).isLessThan(TOL);
            assertThat(Math.abs(ratio.getImaginary())).isCloseTo(1.0, within(TOL));
        }
    }

    @Test
    void randomComplexSymmetricMatricesFactorise() {
        Random rnd = new Random(20240611L);
        for (int n = 0; n < 50; n++) {
            Complex[][] a = new Complex[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = i; j < 3; j++) {
                    a[i][j] = new Complex(rnd.nextGaussian(), rnd.nextGaussian());
                    a[j][i] = a[i][j];
                }
            }
            CMatrix3 m = CMatrix3.of(a);
            Takagi t = Takagi.factorise(m);
            assertFactorises(m, t);
            double[] mass = t.masses();
            assertThat(mass[0]).isGreaterThanOrEqualTo(0);
            assertThat(mass).isSorted();
            assertThat(mass[0] * mass[0] + mass[1] * mass[1] + mass[2] * mass[2])
                    .isCloseTo(frobeniusSquared(m), within(1e-10 * frobeniusSquared(m)));
            assertThat(mass[0] * mass[1] * mass[2]).isCloseTo(det(m).norm(), within(1e-10 * frobeniusSquared(m)));
        }
    }

    @Test
    void multipleOfIdentity() {
        CMatrix3 real = CMatrix3.diagonal(0.7, 0.7, 0.7);
        assertThat(Takagi.factorise(real).masses()).containsExactly(new double[] {0.7, 0.7, 0.7}, within(TOL));
        assertFactorises(real, Takagi.factorise(real));
        CMatrix3 complex = CMatrix3.of(new Complex[][] {
            {Complex.valueOf(0.7 * Math.cos(0.3), 0.7 * Math.sin(0.3)), Complex.ZERO, Complex.ZERO},
            {Complex.ZERO, Complex.valueOf(0.7 * Math.cos(0.3), 0.7 * Math.sin(0.3)), Complex.ZERO},
            {Complex.ZERO, Complex.ZERO, Complex.valueOf(0.7 * Math.cos(0.3), 0.7 * Math.sin(0.3))}});
        assertThat(Takagi.factorise(complex).masses()).containsExactly(new double[] {0.7, 0.7, 0.7}, within(TOL));
        assertFactorises(complex, Takagi.factorise(complex));
    }

    @Test
    void degenerateSpectraInRotatedComplexBases() {
        Random rnd = new Random(7L);
        double[][] spectra = {{0.5, 0.5, 1.1}, {0.5, 1.1, 1.1}, {0.5, 0.5, 0.5}, {0, 0.8, 0.8}};
        for (int n = 0; n < 10; n++) {
            for (double[] d : spectra) {
                CMatrix3 v = randomUnitary(rnd);
                CMatrix3 m = v.conjugate().times(CMatrix3.diagonal(d[0], d[1], d[2])).times(v.dagger());
                Takagi t = Takagi.factorise(m);
                assertThat(t.masses()).containsExactly(d, within(TOL));
                assertFactorises(m, t);
            }
        }
    }

    @Test
    void rankDeficientMatrices() {
        Random rnd = new Random(11L);
        for (int n = 0; n < 20; n++) {
            CMatrix3 v = randomUnitary(rnd);
            // rank 1: M = 0.9 u u^T with u = conj(first column of V); rank 2: masses (0, 0.2, 0.9)
            CMatrix3 rank1 = v.conjugate().times(CMatrix3.diagonal(0.9, 0, 0)).times(v.dagger());
            CMatrix3 rank2 = v.conjugate().times(CMatrix3.diagonal(0, 0.2, 0.9)).times(v.dagger());
            assertThat(Takagi.factorise(rank1).masses()).containsExactly(new double[] {0, 0, 0.9}, within(TOL));
            assertThat(Takagi.factorise(rank2).masses()).containsExactly(new double[] {0, 0.2, 0.9}, within(TOL));
            assertFactorises(rank1, Takagi.factorise(rank1));
            assertFactorises(rank2, Takagi.factorise(rank2));
        }
        Takagi zero = Takagi.factorise(CMatrix3.ZERO);
        assertThat(zero.masses()).containsExactly(0.0, 0.0, 0.0);
        assertThat(unitarityDefect(zero.w())).isLessThan(TOL);
    }

    @Test
    void rejectsNonSymmetricMatrix() {
        CMatrix3 m = CMatrix3.real(new double[][] {{1, 2, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThatThrownBy(() -> Takagi.factorise(m)).isInstanceOf(IllegalArgumentException.class);
    }

    /** M = W diag(m) W^T and W^dagger W = 1, to 1e-12 of the largest mass. */
    static void assertFactorises(CMatrix3 m, Takagi t) {
        double scale = Math.max(1.0, t.mass(2));
        CMatrix3 d = CMatrix3.diagonal(t.mass(0), t.mass(1), t.mass(2));
        assertThat(maxDifference(t.w().times(d).times(t.w().transpose()), m)).isLessThan(TOL * scale);
        assertThat(unitarityDefect(t.w())).isLessThan(TOL);
    }

    static double maxDifference(CMatrix3 a, CMatrix3 b) {
        double max = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                max = Math.max(max, a.get(i, j).subtract(b.get(i, j)).norm());
            }
        }
        return max;
    }

    static double unitarityDefect(CMatrix3 w) {
        return maxDifference(w.dagger().times(w), CMatrix3.diagonal(1, 1, 1));
    }

    /** Unitary matrix from Gram-Schmidt on a Gaussian complex matrix (columns). */
    static CMatrix3 randomUnitary(Random rnd) {
        Complex[][] col = new Complex[3][3];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                col[j][i] = new Complex(rnd.nextGaussian(), rnd.nextGaussian());
            }
            for (int k = 0; k < j; k++) {
                Complex overlap = Complex.ZERO;
                for (int i = 0; i < 3; i++) {
                    overlap = overlap.add(col[k][i].conjugate().multiply(col[j][i]));
                }
                for (int i = 0; i < 3; i++) {
                    col[j][i] = col[j][i].subtract(col[k][i].multiply(overlap));
                }
            }
            double norm = Math.sqrt(col[j][0].norm() * col[j][0].norm() + col[j][1].norm() * col[j][1].norm()
                    + col[j][2].norm() * col[j][2].norm());
            for (int i = 0; i < 3; i++) {
                col[j][i] = col[j][i].divide(norm);
            }
        }
        Complex[][] u = new Complex[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                u[i][j] = col[j][i];
            }
        }
        return CMatrix3.of(u);
    }

    /** R = Rz(a) Ry(b) Rx(c). */
    private static CMatrix3 rotation(double a, double b, double c) {
        CMatrix3 rz = CMatrix3.real(new double[][] {
            {Math.cos(a), -Math.sin(a), 0}, {Math.sin(a), Math.cos(a), 0}, {0, 0, 1}});
        CMatrix3 ry = CMatrix3.real(new double[][] {
            {Math.cos(b), 0, Math.sin(b)}, {0, 1, 0}, {-Math.sin(b), 0, Math.cos(b)}});
        CMatrix3 rx = CMatrix3.real(new double[][] {
            {1, 0, 0}, {0, Math.cos(c), -Math.sin(c)}, {0, Math.sin(c), Math.cos(c)}});
        return rz.times(ry).times(rx);
    }

    private static double frobeniusSquared(CMatrix3 m) {
        double s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s += m.get(i, j).norm() * m.get(i, j).norm();
            }
        }
        return s;
    }

    /** Determinant by cofactor expansion along the first row. */
    private static Complex det(CMatrix3 m) {
        Complex d = Complex.ZERO;
        for (int j = 0; j < 3; j++) {
            int a = (j + 1) % 3;
            int b = (j + 2) % 3;
            Complex minor = m.get(1, a).multiply(m.get(2, b)).subtract(m.get(1, b).multiply(m.get(2, a)));
            d = d.add(m.get(0, j).multiply(minor));
        }
        return d;
    }
}
