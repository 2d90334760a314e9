package org.lqflav.model.etaetapdelta;

import org.hipparchus.complex.Complex;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.lqflav.math.CMatrix3;
import org.lqflav.obs.neutrino.NeutrinoSpectrum;

/**
 * The inverse problem of seed 002 (Casas-Ibarra-like parametrisation, eq. (II.7)): the Yukawa matrix g that makes
 * the one-loop mass matrix m_nu = g^T R f + f^T R g of eq. (II.6) equal a chosen M, for any f (invertible), R
 * (diagonal, non-zero) and complex antisymmetric A:
 * <pre>  g = 1/2 R^-1 (f^T)^-1 (M + A)  </pre>
 * Proof: f^T R g = (M + A)/2, g^T R f = (f^T R g)^T = (M - A)/2, so the sum is M. A is the whole freedom left.
 * Used by model {@code EtaEtapDelta} with {@code options.g_from: neutrino_data}; docs/conventions.md#etaetapdelta.
 */
public final class EtaEtapDeltaInversion {
    private EtaEtapDeltaInversion() {
    }

    /**
     * Neutrino data in the conventions of docs/conventions.md#neutrinos (PDG parametrisation; the mass matrix is
     * M = U* diag(m1, m2, m3) U^dagger, which is what {@link NeutrinoSpectrum#of} diagonalises).
     *
     * @param normalOrdering true: m1 &lt; m2 &lt; m3; false: m3 &lt; m1 &lt; m2
     * @param mLightest      m1 (normal) or m3 (inverted), eV, &gt;= 0
     * @param dm2_21         m2^2 - m1^2, eV^2, &gt; 0
     * @param dm2_3l         |Delta m^2_3l| (NuFIT): m3^2 - m1^2 for normal, m2^2 - m3^2 for inverted ordering, eV^2,
     *                       &gt; 2 dm2_21 (so that (m1, m2) is the pair closest in m^2, as {@link NeutrinoSpectrum}
     *                       labels the states)
     * @param theta12        mixing angles and phases in degrees; angles in [0, 90]
     */
    public record NeutrinoData(boolean normalOrdering, double mLightest, double dm2_21, double dm2_3l,
                               double theta12, double theta23, double theta13, double deltaCp,
                               double alpha21, double alpha31) {
        public NeutrinoData {
            double[] all = {mLightest, dm2_21, dm2_3l, theta12, theta23, theta13, deltaCp, alpha21, alpha31};
            for (double x : all) {
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("neutrino data must be finite: " + java.util.Arrays.toString(all));
                }
            }
            if (mLightest < 0 || !(dm2_21 > 0) || !(dm2_3l > 2 * dm2_21)) {
                throw new IllegalArgumentException("need m_lightest >= 0 and 0 < 2 dm2_21 < dm2_3l, got " + mLightest
                        + ", " + dm2_21 + ", " + dm2_3l);
            }
            for (double t : new double[] {theta12, theta23, theta13}) {
                if (t < 0 || t > 90) {
                    throw new IllegalArgumentException("mixing angles must be in [0, 90] degrees, got " + t);
                }
            }
        }

        /** (m1, m2, m3) in eV. */
        public double[] masses() {
            double l2 = mLightest * mLightest;
            if (normalOrdering) {
                return new double[] {mLightest, Math.sqrt(l2 + dm2_21), Math.sqrt(l2 + dm2_3l)};
            }
            double m2 = Math.sqrt(l2 + dm2_3l);
            return new double[] {Math.sqrt(m2 * m2 - dm2_21), m2, mLightest};
        }

        /** The PMNS matrix U of the PDG parametrisation. */
        public CMatrix3 pmns() {
            return NeutrinoSpectrum.pdgMatrix(theta12, theta23, theta13, deltaCp, alpha21, alpha31);
        }

        /** M = U* diag(m) U^dagger in eV (docs/conventions.md#neutrinos; the paper's V_MNS D V_MNS^T with V_MNS = U*). */
        public CMatrix3 massMatrix() {
            double[] m = masses();
            CMatrix3 uStar = pmns().conjugate();
            return uStar.times(CMatrix3.diagonal(m[0], m[1], m[2])).times(uStar.transpose());
        }
    }

    /**
     * Seed002 eq. (II.7) for data given as neutrino masses, angles and phases.
     *
     * @param r    R_i of eq. (II.6), GeV, all non-zero
     * @param aGeV complex antisymmetric matrix A, GeV
     * @return g ([quark][lepton], dimensionless)
     */
    public static CMatrix3 solveG(NeutrinoData nu, CMatrix3 f, double[] r, CMatrix3 aGeV) {
        return solveG(nu.massMatrix().scale(1e-9), f, r, aGeV);
    }

    /**
     * Seed002 eq. (II.7): g = 1/2 R^-1 (f^T)^-1 (M + A), solved by LU with partial pivoting on the real 6x6 form of
     * f^T (no explicit inverse: f spans many orders of magnitude in the paper's scan).
     *
     * @param massMatrixGeV symmetric M, GeV
     * @param f             [quark][lepton], invertible
     * @param r             R_i, GeV, non-zero
     * @param aGeV          antisymmetric A, GeV
     * @throws IllegalArgumentException if f is singular or some R_i vanishes
     */
    public static CMatrix3 solveG(CMatrix3 massMatrixGeV, CMatrix3 f, double[] r, CMatrix3 aGeV) {
        for (double ri : r) {
            if (!(ri != 0) || !Double.isFinite(ri)) {
                throw new IllegalArgumentException("R_i must be finite and non-zero, got " + java.util.Arrays.toString(r));
            }
        }
        CMatrix3 ft = f.transpose();
        CMatrix3 rhs = massMatrixGeV.plus(aGeV);
        RealMatrix a = MatrixUtils.createRealMatrix(6, 6);
        RealMatrix b = MatrixUtils.createRealMatrix(6, 3);
        double scale = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a.setEntry(i, j, ft.re(i, j));
                a.setEntry(i, j + 3, -ft.im(i, j));
                a.setEntry(i + 3, j, ft.im(i, j));
                a.setEntry(i + 3, j + 3, ft.re(i, j));
                b.setEntry(i, j, rhs.re(i, j));
                b.setEntry(i + 3, j, rhs.im(i, j));
                scale = Math.max(scale, ft.get(i, j).norm());
            }
        }
        DecompositionSolver solver = new LUDecomposition(a, 1e-14 * scale).getSolver();
        if (scale == 0 || !solver.isNonSingular()) {
            throw new IllegalArgumentException("f is singular");
        }
        RealMatrix x = solver.solve(b);
        Complex[][] g = new Complex[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[i][j] = new Complex(x.getEntry(i, j), x.getEntry(i + 3, j)).divide(2 * r[i]);
            }
        }
        return CMatrix3.of(g);
    }
}
