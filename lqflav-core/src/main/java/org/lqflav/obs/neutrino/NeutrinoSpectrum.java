package org.lqflav.obs.neutrino;

import org.lqflav.math.CMatrix3;
import org.lqflav.math.Takagi;

/**
 * Masses, mixing angles and phases from a complex symmetric Majorana mass matrix (flavour basis e, mu, tau),
 * docs/conventions.md#neutrinos.
 *
 * <p>Conventions: L = -1/2 nu^T C M nu + h.c.; PDG convention M = U^* diag(m1, m2, m3) U^dagger, i.e.
 * U^T M U = diag(m) with m_i >= 0 real. The Takagi factorisation M = W diag(m) W^T ({@link Takagi}) gives
 * U = W^*. Labelling: with the masses sorted a <= b <= c, normal ordering (m1, m2, m3) = (a, b, c) if
 * b^2 - a^2 < c^2 - b^2, else inverted ordering (m3, m1, m2) = (a, b, c); (m1, m2) is the pair closest in m^2.
 * An exact tie (only for degenerate spectra such as M = 0, where the angles are meaningless) counts as normal,
 * so that M = 0 gives U = 1 and zero angles.
 *
 * <p>{@link #pmns()} is the U that diagonalises the given M, U^T M U = diag(m1, m2, m3). It equals
 * diag(e^{i beta_e}, e^{i beta_mu}, e^{i beta_tau}) {@link #pmnsPdg()} diag(+-1, +-1, +-1): the charged-lepton
 * rephasing is free, the column signs are the sign freedom left by m_i >= 0. Angles and phases are read off with
 * rephasing invariants, so they do not depend on either. Masses in eV, angles and phases in degrees, angles in
 * [0, 90], phases in [0, 360). A phase that is unphysical is reported as 0: delta_CP when an angle is 0 or 90
 * degrees; a Majorana phase whose state is massless (below 1e-10 of the heaviest mass). With m1 = 0 the phase of
 * nu_1 is free and is chosen so that alpha21 = 0; alpha31 is then the one physical Majorana phase (what is
 * alpha31 - alpha21 for any other choice).
 */
public record NeutrinoSpectrum(double m1, double m2, double m3, boolean normalOrdering, CMatrix3 pmns,
                               double theta12, double theta23, double theta13, double deltaCp,
                               double alpha21, double alpha31) {
    /** Masses at most this fraction of the heaviest count as zero (their Majorana phase is unphysical). */
    private static final double ZERO_MASS = 1e-10;
    /** Below this size a phase-carrying invariant is numerically zero and the phase is unphysical. */
    private static final double NO_PHASE = 1e-12;

    /** Diagonalises a complex symmetric mass matrix in eV (flavour basis e, mu, tau). */
    public static NeutrinoSpectrum of(CMatrix3 massMatrixEv) {
        Workspace ws = new Workspace();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                ws.takagi.mRe[3 * i + j] = massMatrixEv.re(i, j);
                ws.takagi.mIm[3 * i + j] = massMatrixEv.im(i, j);
            }
        }
        ws.compute();
        return ws.toSpectrum();
    }

    /**
     * The PDG parametrisation U = R23 U13(delta) R12 diag(1, e^{i alpha21/2}, e^{i alpha31/2}) (PDG review
     * "Neutrino masses, mixing and oscillations", standard parametrisation), angles and phases in degrees.
     */
    public static CMatrix3 pdgMatrix(double theta12, double theta23, double theta13, double deltaCp,
                                     double alpha21, double alpha31) {
        double[] re = new double[9];
        double[] im = new double[9];
        pdgInto(theta12, theta23, theta13, deltaCp, alpha21, alpha31, re, im);
        double[][] r = new double[3][3];
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = re[3 * i + j];
                m[i][j] = im[3 * i + j];
            }
        }
        return CMatrix3.of(r, m);
    }

    /**
     * {@link #pdgMatrix} into arrays (entry [i][j] at 3i + j): the product R23 U13 R12 written out,
     * U = [[c12 c13, s12 c13, s13 e^{-i delta}], [-s12 c23 - c12 s23 s13 e^{i delta}, c12 c23 - s12 s23 s13 e^{i delta},
     * s23 c13], [s12 s23 - c12 c23 s13 e^{i delta}, -c12 s23 - s12 c23 s13 e^{i delta}, c23 c13]], columns 2 and 3
     * times e^{i alpha21/2}, e^{i alpha31/2}.
     */
    static void pdgInto(double theta12, double theta23, double theta13, double deltaCp, double alpha21,
                        double alpha31, double[] re, double[] im) {
        double s12 = Math.sin(Math.toRadians(theta12));
        double c12 = Math.cos(Math.toRadians(theta12));
        double s23 = Math.sin(Math.toRadians(theta23));
        double c23 = Math.cos(Math.toRadians(theta23));
        double s13 = Math.sin(Math.toRadians(theta13));
        double c13 = Math.cos(Math.toRadians(theta13));
        double cd = Math.cos(Math.toRadians(deltaCp));
        double sd = Math.sin(Math.toRadians(deltaCp));
        re[0] = c12 * c13;
        im[0] = 0;
        re[1] = s12 * c13;
        im[1] = 0;
        re[2] = s13 * cd;
        im[2] = -s13 * sd;
        re[3] = -s12 * c23 - c12 * s23 * s13 * cd;
        im[3] = -c12 * s23 * s13 * sd;
        re[4] = c12 * c23 - s12 * s23 * s13 * cd;
        im[4] = -s12 * s23 * s13 * sd;
        re[5] = s23 * c13;
        im[5] = 0;
        re[6] = s12 * s23 - c12 * c23 * s13 * cd;
        im[6] = -c12 * c23 * s13 * sd;
        re[7] = -c12 * s23 - s12 * c23 * s13 * cd;
        im[7] = -s12 * c23 * s13 * sd;
        re[8] = c23 * c13;
        im[8] = 0;
        for (int col = 1; col < 3; col++) {
            double a = Math.toRadians(col == 1 ? alpha21 : alpha31) / 2;
            double ca = Math.cos(a);
            double sa = Math.sin(a);
            for (int row = 0; row < 3; row++) {
                int k = 3 * row + col;
                double r = re[k] * ca - im[k] * sa;
                double m = re[k] * sa + im[k] * ca;
                re[k] = r;
                im[k] = m;
            }
        }
    }

    /** |sum_i U_ei^2 m_i| from the first row of U (re, im per column) and the masses. */
    static double mBetaBeta(double[] ueRe, double[] ueIm, int stride, double m1, double m2, double m3) {
        double sRe = 0;
        double sIm = 0;
        for (int i = 0; i < 3; i++) {
            double r = ueRe[i * stride];
            double m = ueIm[i * stride];
            double mi = i == 0 ? m1 : i == 1 ? m2 : m3;
            sRe += (r * r - m * m) * mi;
            sIm += 2 * r * m * mi;
        }
        return Math.hypot(sRe, sIm);
    }

    /**
     * The spectrum on preallocated arrays ({@link #compute} allocates nothing), for a scan loop that diagonalises
     * one mass matrix per point; {@link NeutrinoSpectrum#of} runs the same code on a fresh workspace. The
     * accessors mirror the record's. One workspace per thread.
     */
    public static final class Workspace {
        /** Input: set {@code takagi.mRe}, {@code takagi.mIm} (eV), then {@link #compute}. */
        public final Takagi.Workspace takagi = new Takagi.Workspace();
        private final double[] uRe = new double[9];
        private final double[] uIm = new double[9];
        private final double[] vRe = new double[9];
        private final double[] vIm = new double[9];
        private final int[] column = new int[3];
        private double m1;
        private double m2;
        private double m3;
        private boolean normal;
        private double theta12;
        private double theta23;
        private double theta13;
        private double deltaCp;
        private double alpha21;
        private double alpha31;

        public void compute() {
            takagi.factorise();
            double a = takagi.mass[0];
            double b = takagi.mass[1];
            double c = takagi.mass[2];
            normal = b * b - a * a <= c * c - b * b;
            column[0] = normal ? 0 : 1;
            column[1] = normal ? 1 : 2;
            column[2] = normal ? 2 : 0;
            m1 = takagi.mass[column[0]];
            m2 = takagi.mass[column[1]];
            m3 = takagi.mass[column[2]];
            // U = W^*, column j of U being Takagi column column[j]
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    uRe[3 * i + j] = takagi.wRe[3 * i + column[j]];
                    uIm[3 * i + j] = -takagi.wIm[3 * i + column[j]];
                }
            }
            theta12 = Math.toDegrees(Math.atan2(abs(0, 1), abs(0, 0)));
            theta13 = Math.toDegrees(Math.atan2(abs(0, 2), Math.hypot(abs(0, 0), abs(0, 1))));
            theta23 = Math.toDegrees(Math.atan2(abs(1, 2), abs(2, 2)));
            deltaCp = diracPhase();
            pdgInto(theta12, theta23, theta13, deltaCp, 0, 0, vRe, vIm);
            double heaviest = Math.max(m1, Math.max(m2, m3));
            boolean massless1 = m1 <= ZERO_MASS * heaviest;
            boolean massless2 = m2 <= ZERO_MASS * heaviest;
            boolean massless3 = m3 <= ZERO_MASS * heaviest;
            alpha21 = massless1 || massless2 ? 0 : majoranaPhase(1, 0);
            alpha31 = massless3 || (massless1 && massless2) ? 0 : majoranaPhase(2, massless1 ? 1 : 0);
        }

        private double abs(int i, int j) {
            return Math.hypot(uRe[3 * i + j], uIm[3 * i + j]);
        }

        /**
         * delta_CP in degrees from the rephasing invariant Q = U_e1 U_mu3 U_e3^* U_mu1^*, which in the PDG
         * parametrisation is Q = -K e^{i delta} - c12^2 c13^2 s23^2 s13^2 with K = c12 s12 c23 s23 c13^2 s13
         * (Im Q = -J_CP). 0 when K vanishes: then delta can be rephased away.
         */
        private double diracPhase() {
            double s12 = Math.sin(Math.toRadians(theta12));
            double c12 = Math.cos(Math.toRadians(theta12));
            double s23 = Math.sin(Math.toRadians(theta23));
            double c23 = Math.cos(Math.toRadians(theta23));
            double s13 = Math.sin(Math.toRadians(theta13));
            double c13 = Math.cos(Math.toRadians(theta13));
            if (c12 * s12 * c23 * s23 * c13 * c13 * s13 < NO_PHASE) {
                return 0;
            }
            // a = U_e1 U_mu3, b = U_e3 U_mu1, Q = a b^*
            double aRe = uRe[0] * uRe[5] - uIm[0] * uIm[5];
            double aIm = uRe[0] * uIm[5] + uIm[0] * uRe[5];
            double bRe = uRe[2] * uRe[3] - uIm[2] * uIm[3];
            double bIm = uRe[2] * uIm[3] + uIm[2] * uRe[3];
            double qRe = aRe * bRe + aIm * bIm;
            double qIm = aIm * bRe - aRe * bIm;
            double cosTerm = -(qRe + c12 * c12 * c13 * c13 * s23 * s23 * s13 * s13);
            return degrees0To360(Math.atan2(-qIm, cosTerm));
        }

        /**
         * Majorana phase of column k relative to column l, in degrees. With U = P V D (P row phases, V the PDG
         * matrix without Majorana phases, D = diag(d_j)), X_ij = U_ij V_ij^* = p_i d_j |V_ij|^2 and
         * Z = sum_i X_ik X_il^* = d_k d_l^* sum_i |V_ik|^2 |V_il|^2, so the phase is 2 arg Z (the sign freedom of
         * d_j drops out). 0 when Z vanishes (columns k and l share no row: the relative phase is unphysical).
         */
        private double majoranaPhase(int k, int l) {
            double zRe = 0;
            double zIm = 0;
            for (int i = 0; i < 3; i++) {
                int ik = 3 * i + k;
                int il = 3 * i + l;
                double xkRe = uRe[ik] * vRe[ik] + uIm[ik] * vIm[ik];
                double xkIm = uIm[ik] * vRe[ik] - uRe[ik] * vIm[ik];
                double xlRe = uRe[il] * vRe[il] + uIm[il] * vIm[il];
                double xlIm = uIm[il] * vRe[il] - uRe[il] * vIm[il];
                zRe += xkRe * xlRe + xkIm * xlIm;
                zIm += xkIm * xlRe - xkRe * xlIm;
            }
            return Math.hypot(zRe, zIm) < NO_PHASE ? 0 : degrees0To360(2 * Math.atan2(zIm, zRe));
        }

        public double m1() {
            return m1;
        }

        public double m2() {
            return m2;
        }

        public double m3() {
            return m3;
        }

        public double theta12() {
            return theta12;
        }

        public double theta23() {
            return theta23;
        }

        public double theta13() {
            return theta13;
        }

        public double deltaCp() {
            return deltaCp;
        }

        public double alpha21() {
            return alpha21;
        }

        public double alpha31() {
            return alpha31;
        }

        /** Delta m^2_21, eV^2. */
        public double dm2_21() {
            return dm2(m2, m1);
        }

        /** Delta m^2_31, eV^2. */
        public double dm2_31() {
            return dm2(m3, m1);
        }

        /** m1 + m2 + m3, eV. */
        public double sumMasses() {
            return m1 + m2 + m3;
        }

        /** |sum_i U_ei^2 m_i|, eV. */
        public double mBetaBeta() {
            return NeutrinoSpectrum.mBetaBeta(uRe, uIm, 1, m1, m2, m3);
        }

        /** The immutable spectrum (allocates). */
        public NeutrinoSpectrum toSpectrum() {
            double[][] r = new double[3][3];
            double[][] m = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    r[i][j] = uRe[3 * i + j];
                    m[i][j] = uIm[3 * i + j];
                }
            }
            return new NeutrinoSpectrum(m1, m2, m3, normal, CMatrix3.of(r, m), theta12, theta23, theta13, deltaCp,
                    alpha21, alpha31);
        }
    }

    /** m_a^2 - m_b^2. */
    private static double dm2(double ma, double mb) {
        return ma * ma - mb * mb;
    }

    /** {@link #pdgMatrix} at this point's angles and phases: {@link #pmns()} up to row phases and column signs. */
    public CMatrix3 pmnsPdg() {
        return pdgMatrix(theta12, theta23, theta13, deltaCp, alpha21, alpha31);
    }

    /** Delta m^2_21 = m2^2 - m1^2, eV^2. */
    public double dm2_21() {
        return dm2(m2, m1);
    }

    /** Delta m^2_31 = m3^2 - m1^2, eV^2 (negative for inverted ordering). */
    public double dm2_31() {
        return dm2(m3, m1);
    }

    /** m1 + m2 + m3, eV. */
    public double sumMasses() {
        return m1 + m2 + m3;
    }

    /** Effective Majorana mass of neutrinoless double beta decay, |sum_i U_ei^2 m_i|, eV. */
    public double mBetaBeta() {
        double[] re = {pmns.re(0, 0), pmns.re(0, 1), pmns.re(0, 2)};
        double[] im = {pmns.im(0, 0), pmns.im(0, 1), pmns.im(0, 2)};
        return mBetaBeta(re, im, 1, m1, m2, m3);
    }

    /** An angle in radians as degrees in [0, 360). */
    private static double degrees0To360(double radians) {
        double d = Math.toDegrees(radians) % 360.0;
        if (d < 0) {
            d += 360.0;
        }
        return d >= 360.0 ? 0.0 : d + 0.0;
    }
}
