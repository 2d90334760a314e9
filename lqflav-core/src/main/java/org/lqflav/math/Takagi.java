package org.lqflav.math;

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
        Workspace ws = new Workspace();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                ws.mRe[3 * i + j] = m.re(i, j);
                ws.mIm[3 * i + j] = m.im(i, j);
            }
        }
        ws.factorise();
        double[][] re = new double[3][3];
        double[][] im = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                re[i][j] = ws.wRe[3 * i + j];
                im[i][j] = ws.wIm[3 * i + j];
            }
        }
        return new Takagi(ws.mass.clone(), CMatrix3.of(re, im));
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

    /**
     * The factorisation on preallocated arrays, so a scan loop diagonalises one neutrino mass matrix per point
     * without allocating; {@link #factorise(CMatrix3)} runs the same code on a fresh workspace. The symmetric 6x6
     * eigenproblem is solved by a hand-written cyclic Jacobi method (the hot loop cannot use Hipparchus'
     * EigenDecompositionSymmetric, which allocates its matrices per call); Jacobi is accurate to a few ulps of the
     * largest eigenvalue for every eigenvalue, small ones included. One workspace per thread.
     */
    public static final class Workspace {
        /** Input M, entry [i][j] at 3i + j. */
        public final double[] mRe = new double[9];
        public final double[] mIm = new double[9];
        /** Output: masses ascending, W with column j belonging to mass j (entry [i][j] at 3i + j). */
        public final double[] mass = new double[3];
        public final double[] wRe = new double[9];
        public final double[] wIm = new double[9];

        private final double[] symRe = new double[9];
        private final double[] symIm = new double[9];
        private final double[] s = new double[36];
        private final double[] v = new double[36];
        private final int[] order6 = new int[6];
        private final double[][] colRe = new double[3][3];
        private final double[][] colIm = new double[3][3];
        private int columns;
        private final double[] rRe = new double[3];
        private final double[] rIm = new double[3];
        private final double[] eRe = new double[3];
        private final double[] eIm = new double[3];
        private final double[] massUnsorted = new double[3];
        private final int[] order3 = new int[3];

        /** Factorises {@link #mRe} + i {@link #mIm} into {@link #mass} and {@link #wRe} + i {@link #wIm}. */
        public void factorise() {
            symmetrise();
            // S = [[Re M, Im M], [Im M, -Re M]]
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    s[6 * i + j] = symRe[3 * i + j];
                    s[6 * i + j + 3] = symIm[3 * i + j];
                    s[6 * (i + 3) + j] = symIm[3 * i + j];
                    s[6 * (i + 3) + j + 3] = -symRe[3 * i + j];
                }
            }
            jacobi();
            // eigenvalues (the diagonal of s) in descending order; the three largest give Takagi vectors
            for (int k = 0; k < 6; k++) {
                order6[k] = k;
            }
            for (int a = 1; a < 6; a++) {
                int k = order6[a];
                int b = a - 1;
                while (b >= 0 && s[7 * order6[b]] < s[7 * k]) {
                    order6[b + 1] = order6[b];
                    b--;
                }
                order6[b + 1] = k;
            }
            columns = 0;
            for (int k = 0; k < 3; k++) {
                int c = order6[k];
                for (int i = 0; i < 3; i++) {
                    eRe[i] = v[6 * i + c];        // (x, y) -> x + iy
                    eIm[i] = v[6 * (i + 3) + c];
                }
                addIfIndependent();
            }
            completeBasis();
            for (int k = 0; k < 3; k++) {
                massUnsorted[k] = rephase(k);
                order3[k] = k;
            }
            for (int a = 1; a < 3; a++) {   // stable sort by mass, ascending
                int k = order3[a];
                int b = a - 1;
                while (b >= 0 && massUnsorted[order3[b]] > massUnsorted[k]) {
                    order3[b + 1] = order3[b];
                    b--;
                }
                order3[b + 1] = k;
            }
            for (int j = 0; j < 3; j++) {
                mass[j] = massUnsorted[order3[j]];
                for (int i = 0; i < 3; i++) {
                    wRe[3 * i + j] = colRe[order3[j]][i];
                    wIm[3 * i + j] = colIm[order3[j]][i];
                }
            }
        }

        private void symmetrise() {
            double largest = 0;
            double asymmetry = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    int ij = 3 * i + j;
                    int ji = 3 * j + i;
                    largest = Math.max(largest, Math.hypot(mRe[ij], mIm[ij]));
                    asymmetry = Math.max(asymmetry, Math.hypot(mRe[ij] - mRe[ji], mIm[ij] - mIm[ji]));
                    symRe[ij] = (mRe[ij] + mRe[ji]) * 0.5;
                    symIm[ij] = (mIm[ij] + mIm[ji]) * 0.5;
                }
            }
            if (asymmetry > SYMMETRY_TOLERANCE * largest) {
                throw new IllegalArgumentException("Takagi factorisation needs a symmetric matrix, got asymmetry "
                        + asymmetry + " for largest entry " + largest);
            }
        }

        /**
         * Cyclic Jacobi rotations on {@link #s} until the off-diagonal part is below 1e-18 of its norm; the
         * eigenvalues end on the diagonal, the eigenvectors in the columns of {@link #v}.
         */
        private void jacobi() {
            java.util.Arrays.fill(v, 0);
            for (int k = 0; k < 6; k++) {
                v[7 * k] = 1;
            }
            double total = 0;
            for (double x : s) {
                total += x * x;
            }
            for (int sweep = 0; sweep < 50; sweep++) {
                double off = 0;
                for (int p = 0; p < 6; p++) {
                    for (int q = p + 1; q < 6; q++) {
                        off += s[6 * p + q] * s[6 * p + q];
                    }
                }
                if (off <= 1e-36 * total) {
                    return;
                }
                for (int p = 0; p < 6; p++) {
                    for (int q = p + 1; q < 6; q++) {
                        double apq = s[6 * p + q];
                        if (apq == 0) {
                            continue;
                        }
                        double theta = (s[7 * q] - s[7 * p]) / (2 * apq);
                        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                        if (theta == 0) {
                            t = 1;
                        }
                        double c = 1 / Math.sqrt(t * t + 1);
                        double sn = t * c;
                        for (int k = 0; k < 6; k++) {   // columns p, q of S J and of V J
                            double akp = s[6 * k + p];
                            double akq = s[6 * k + q];
                            s[6 * k + p] = c * akp - sn * akq;
                            s[6 * k + q] = sn * akp + c * akq;
                            double vkp = v[6 * k + p];
                            double vkq = v[6 * k + q];
                            v[6 * k + p] = c * vkp - sn * vkq;
                            v[6 * k + q] = sn * vkp + c * vkq;
                        }
                        for (int k = 0; k < 6; k++) {   // rows p, q of J^T (S J)
                            double apk = s[6 * p + k];
                            double aqk = s[6 * q + k];
                            s[6 * p + k] = c * apk - sn * aqk;
                            s[6 * q + k] = sn * apk + c * aqk;
                        }
                    }
                }
            }
        }

        /** r = e minus its projections on the accepted (orthonormal) columns, by modified Gram-Schmidt; |r|. */
        private double residual() {
            for (int i = 0; i < 3; i++) {
                rRe[i] = eRe[i];
                rIm[i] = eIm[i];
            }
            for (int c = 0; c < columns; c++) {
                double oRe = 0;
                double oIm = 0;
                for (int i = 0; i < 3; i++) {   // overlap = sum conj(c_i) r_i
                    oRe += colRe[c][i] * rRe[i] + colIm[c][i] * rIm[i];
                    oIm += colRe[c][i] * rIm[i] - colIm[c][i] * rRe[i];
                }
                for (int i = 0; i < 3; i++) {
                    rRe[i] -= colRe[c][i] * oRe - colIm[c][i] * oIm;
                    rIm[i] -= colRe[c][i] * oIm + colIm[c][i] * oRe;
                }
            }
            return Math.sqrt(rRe[0] * rRe[0] + rIm[0] * rIm[0] + rRe[1] * rRe[1] + rIm[1] * rIm[1]
                    + rRe[2] * rRe[2] + rIm[2] * rIm[2]);
        }

        /** Appends e, orthonormalised against the columns, unless it (nearly) lies in their complex span. */
        private void addIfIndependent() {
            double norm = residual();
            if (norm >= INDEPENDENT) {
                for (int i = 0; i < 3; i++) {
                    colRe[columns][i] = rRe[i] / norm;
                    colIm[columns][i] = rIm[i] / norm;
                }
                columns++;
            }
        }

        /**
         * Completes the columns to a unitary basis with the unit vector of largest residual at each step. The
         * three residuals' squared norms add up to 3 - #columns >= 1, so the largest has norm >= 1/sqrt(3) and is
         * always accepted.
         */
        private void completeBasis() {
            while (columns < 3) {
                int best = -1;
                double bestNorm = -1;
                for (int k = 0; k < 3; k++) {
                    unit(k);
                    double n = residual();
                    if (n > bestNorm) {
                        bestNorm = n;
                        best = k;
                    }
                }
                unit(best);
                addIfIndependent();
            }
        }

        private void unit(int k) {
            for (int i = 0; i < 3; i++) {
                eRe[i] = i == k ? 1 : 0;
                eIm[i] = 0;
            }
        }

        /**
         * Multiplies column k in place by exp(i arg(c) / 2), c = w^dagger M w^*, which makes w^dagger M w^* = |c|.
         *
         * @return the mass |c|
         */
        private double rephase(int k) {
            double[] xr = colRe[k];
            double[] xi = colIm[k];
            double cRe = 0;
            double cIm = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    // conj(w_i) M_ij conj(w_j) = conj(w_i w_j) M_ij
                    double pRe = xr[i] * xr[j] - xi[i] * xi[j];
                    double pIm = -(xr[i] * xi[j] + xi[i] * xr[j]);
                    double mr = symRe[3 * i + j];
                    double mi = symIm[3 * i + j];
                    cRe += pRe * mr - pIm * mi;
                    cIm += pRe * mi + pIm * mr;
                }
            }
            double half = Math.atan2(cIm, cRe) / 2;
            double ph = Math.cos(half);
            double qh = Math.sin(half);
            for (int i = 0; i < 3; i++) {
                double re = xr[i] * ph - xi[i] * qh;
                double im = xr[i] * qh + xi[i] * ph;
                xr[i] = re;
                xi[i] = im;
            }
            return Math.hypot(cRe, cIm);
        }
    }
}
