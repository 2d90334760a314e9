package org.lqflav.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Takagi factorisation of a complex symmetric 3x3 matrix (Takagi 1925): {@code M = W diag(m) W^T} with W unitary
 * and m_i >= 0, equivalently {@code W^dagger M W^* = diag(m)}. Conventions as in Dreiner, Haber, Martin,
 * arXiv:0812.1594, App. D.
 *
 * <p>Method: write M = A + iB (A, B real symmetric) and diagonalise the real symmetric 6x6 matrix
 * {@code S = [[A, B], [B, -A]]}. For w = x + iy the Takagi equation {@code M w^* = m w} is exactly
 * {@code S (x, y) = m (x, y)}, and (x, y) -> (-y, x) (i.e. w -> iw) maps the eigenvalue m to -m, so the spectrum
 * is {+m_i, -m_i}. Eigenvectors of the three largest eigenvalues are Takagi vectors, and they are orthonormal
 * as complex vectors: the imaginary part of w_i^dagger w_j is the real overlap of (x_i, y_i) with the
 * eigenvector of -m_j. This holds inside a degenerate eigenspace too, so M proportional to the identity or
 * two equal masses need no special treatment (unlike the SVD route of Hahn, arXiv:physics/0607103, which must
 * take the square root of a unitary block for degenerate singular values). It fails only when eigenvalues
 * +m and -m meet, i.e. for (numerically) zero masses: with two or more of them the top eigenvectors may be
 * w and iw. Such vectors are dropped by a complex Gram-Schmidt step and the basis is completed with the
 * orthogonal complement of the accepted vectors, which is the kernel of M^* and hence a valid set of
 * zero-mass Takagi vectors. Finally each column is rephased so that w^dagger M w^* is real and >= 0.
 */
public final class Takagi {
    /** Largest tolerated |M_ij - M_ji| relative to the largest entry. */
    private static final double SYMMETRY_TOLERANCE = 1e-10;
    /** Smallest Gram-Schmidt residual norm for a candidate column to count as independent. */
    private static final double INDEPENDENT = 0.5;

    private final double[] masses;
    private final CMatrix3 w;

    private Takagi(double[] masses, CMatrix3 w) {
        this.masses = masses;
        this.w = w;
    }

    /**
     * Factorises a complex symmetric matrix (asymmetry above 1e-10 of the largest entry is an error).
     *
     * @return masses in ascending order and W whose column i belongs to mass i
     */
    public static Takagi factorise(CMatrix3 m) {
        CMatrix3 sym = symmetrised(m);
        EigenDecompositionSymmetric eig =
                new EigenDecompositionSymmetric(embedding(sym), EigenDecompositionSymmetric.DEFAULT_EPSILON, true);
        List<Complex[]> columns = new ArrayList<>(3);
        for (int k = 0; k < 3; k++) {
            addIfIndependent(columns, takagiVector(eig.getEigenvector(k)));
        }
        completeBasis(columns);
        double[] mass = new double[3];
        for (int k = 0; k < 3; k++) {
            mass[k] = rephase(sym, columns.get(k));
        }
        Integer[] order = {0, 1, 2};
        Arrays.sort(order, Comparator.comparingDouble(k -> mass[k]));
        double[] sorted = new double[3];
        Complex[][] wz = new Complex[3][3];
        for (int j = 0; j < 3; j++) {
            sorted[j] = mass[order[j]];
            for (int i = 0; i < 3; i++) {
                wz[i][j] = columns.get(order[j])[i];
            }
        }
        return new Takagi(sorted, CMatrix3.of(wz));
    }

    /** Mass i (0-based), ascending, >= 0. */
    public double mass(int i) {
        return masses[i];
    }

    /** The three masses, ascending (a copy). */
    public double[] masses() {
        return masses.clone();
    }

    /** The unitary W of M = W diag(m) W^T; column i belongs to {@link #mass(int) mass(i)}. */
    public CMatrix3 w() {
        return w;
    }

    private static CMatrix3 symmetrised(CMatrix3 m) {
        double largest = 0;
        double asymmetry = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                largest = Math.max(largest, m.get(i, j).norm());
                asymmetry = Math.max(asymmetry, m.get(i, j).subtract(m.get(j, i)).norm());
            }
        }
        if (asymmetry > SYMMETRY_TOLERANCE * largest) {
            throw new IllegalArgumentException("Takagi factorisation needs a symmetric matrix, got " + m);
        }
        return m.plus(m.transpose()).scale(0.5);
    }

    /** S = [[Re M, Im M], [Im M, -Re M]]. */
    private static RealMatrix embedding(CMatrix3 m) {
        double[][] s = new double[6][6];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s[i][j] = m.re(i, j);
                s[i][j + 3] = m.im(i, j);
                s[i + 3][j] = m.im(i, j);
                s[i + 3][j + 3] = -m.re(i, j);
            }
        }
        return MatrixUtils.createRealMatrix(s);
    }

    /** (x, y) -> x + iy. */
    private static Complex[] takagiVector(RealVector v) {
        Complex[] w = new Complex[3];
        for (int i = 0; i < 3; i++) {
            w[i] = new Complex(v.getEntry(i), v.getEntry(i + 3));
        }
        return w;
    }

    /** Appends v, orthonormalised against the columns, unless it (nearly) lies in their complex span. */
    private static void addIfIndependent(List<Complex[]> columns, Complex[] v) {
        Complex[] r = residual(columns, v);
        double norm = norm(r);
        if (norm >= INDEPENDENT) {
            for (int i = 0; i < 3; i++) {
                r[i] = r[i].divide(norm);
            }
            columns.add(r);
        }
    }

    /**
     * Completes the columns to a unitary basis with the unit vector of largest residual at each step. The three
     * residuals' squared norms add up to 3 - #columns >= 1, so the largest has norm >= 1/sqrt(3) and is
     * always accepted.
     */
    private static void completeBasis(List<Complex[]> columns) {
        while (columns.size() < 3) {
            Complex[] best = null;
            double bestNorm = -1;
            for (int k = 0; k < 3; k++) {
                Complex[] e = {Complex.ZERO, Complex.ZERO, Complex.ZERO};
                e[k] = Complex.ONE;
                double n = norm(residual(columns, e));
                if (n > bestNorm) {
                    bestNorm = n;
                    best = e;
                }
            }
            addIfIndependent(columns, best);
        }
    }

    /** v minus its projections on the (orthonormal) columns, by modified Gram-Schmidt. */
    private static Complex[] residual(List<Complex[]> columns, Complex[] v) {
        Complex[] r = v.clone();
        for (Complex[] c : columns) {
            Complex overlap = Complex.ZERO;
            for (int i = 0; i < 3; i++) {
                overlap = overlap.add(c[i].conjugate().multiply(r[i]));
            }
            for (int i = 0; i < 3; i++) {
                r[i] = r[i].subtract(c[i].multiply(overlap));
            }
        }
        return r;
    }

    private static double norm(Complex[] v) {
        return Math.sqrt(v[0].norm() * v[0].norm() + v[1].norm() * v[1].norm() + v[2].norm() * v[2].norm());
    }

    /**
     * Multiplies w in place by exp(i arg(c) / 2), c = w^dagger M w^*, which makes w^dagger M w^* = |c|.
     *
     * @return the mass |c|
     */
    private static double rephase(CMatrix3 m, Complex[] w) {
        Complex c = Complex.ZERO;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c = c.add(w[i].conjugate().multiply(m.get(i, j)).multiply(w[j].conjugate()));
            }
        }
        Complex phase = Complex.valueOf(Math.cos(c.getArgument() / 2), Math.sin(c.getArgument() / 2));
        for (int i = 0; i < 3; i++) {
            w[i] = w[i].multiply(phase);
        }
        return c.norm();
    }
}
