package org.lqflav.obs.neutrino;

import org.hipparchus.complex.Complex;
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
        Takagi t = Takagi.factorise(massMatrixEv);
        double a = t.mass(0);
        double b = t.mass(1);
        double c = t.mass(2);
        boolean normal = b * b - a * a <= c * c - b * b;
        int[] column = normal ? new int[] {0, 1, 2} : new int[] {1, 2, 0};
        double[] m = {t.mass(column[0]), t.mass(column[1]), t.mass(column[2])};
        CMatrix3 u = pmnsFromTakagi(t.w(), column);
        double theta12 = Math.toDegrees(Math.atan2(u.get(0, 1).norm(), u.get(0, 0).norm()));
        double theta13 = Math.toDegrees(Math.atan2(u.get(0, 2).norm(),
                Math.hypot(u.get(0, 0).norm(), u.get(0, 1).norm())));
        double theta23 = Math.toDegrees(Math.atan2(u.get(1, 2).norm(), u.get(2, 2).norm()));
        double delta = diracPhase(u, theta12, theta23, theta13);
        CMatrix3 v = pdgMatrix(theta12, theta23, theta13, delta, 0, 0);
        boolean[] massless = massless(m);
        double alpha21 = massless[0] || massless[1] ? 0 : majoranaPhase(u, v, 1, 0);
        double alpha31 = massless[2] || (massless[0] && massless[1]) ? 0
                : majoranaPhase(u, v, 2, massless[0] ? 1 : 0);
        return new NeutrinoSpectrum(m[0], m[1], m[2], normal, u, theta12, theta23, theta13, delta, alpha21, alpha31);
    }

    /**
     * The PDG parametrisation U = R23 U13(delta) R12 diag(1, e^{i alpha21/2}, e^{i alpha31/2}) (PDG review
     * "Neutrino masses, mixing and oscillations", standard parametrisation), angles and phases in degrees.
     */
    public static CMatrix3 pdgMatrix(double theta12, double theta23, double theta13, double deltaCp,
                                     double alpha21, double alpha31) {
        double s12 = Math.sin(Math.toRadians(theta12));
        double c12 = Math.cos(Math.toRadians(theta12));
        double s23 = Math.sin(Math.toRadians(theta23));
        double c23 = Math.cos(Math.toRadians(theta23));
        double s13 = Math.sin(Math.toRadians(theta13));
        double c13 = Math.cos(Math.toRadians(theta13));
        Complex zero = Complex.ZERO;
        CMatrix3 r23 = CMatrix3.real(new double[][] {{1, 0, 0}, {0, c23, s23}, {0, -s23, c23}});
        CMatrix3 u13 = CMatrix3.of(new Complex[][] {
            {Complex.valueOf(c13), zero, phase(-deltaCp).multiply(s13)},
            {zero, Complex.ONE, zero},
            {phase(deltaCp).multiply(-s13), zero, Complex.valueOf(c13)}});
        CMatrix3 r12 = CMatrix3.real(new double[][] {{c12, s12, 0}, {-s12, c12, 0}, {0, 0, 1}});
        CMatrix3 majorana = CMatrix3.of(new Complex[][] {
            {Complex.ONE, zero, zero}, {zero, phase(alpha21 / 2), zero}, {zero, zero, phase(alpha31 / 2)}});
        return r23.times(u13).times(r12).times(majorana);
    }

    /** {@link #pdgMatrix} at this point's angles and phases: {@link #pmns()} up to row phases and column signs. */
    public CMatrix3 pmnsPdg() {
        return pdgMatrix(theta12, theta23, theta13, deltaCp, alpha21, alpha31);
    }

    /** Delta m^2_21 = m2^2 - m1^2, eV^2. */
    public double dm2_21() {
        return m2 * m2 - m1 * m1;
    }

    /** Delta m^2_31 = m3^2 - m1^2, eV^2 (negative for inverted ordering). */
    public double dm2_31() {
        return m3 * m3 - m1 * m1;
    }

    /** m1 + m2 + m3, eV. */
    public double sumMasses() {
        return m1 + m2 + m3;
    }

    /** Effective Majorana mass of neutrinoless double beta decay, |sum_i U_ei^2 m_i|, eV. */
    public double mBetaBeta() {
        Complex sum = Complex.ZERO;
        double[] m = {m1, m2, m3};
        for (int i = 0; i < 3; i++) {
            sum = sum.add(pmns.get(0, i).multiply(pmns.get(0, i)).multiply(m[i]));
        }
        return sum.norm();
    }

    /** U = W^*, column j of U being Takagi column {@code column[j]}. */
    private static CMatrix3 pmnsFromTakagi(CMatrix3 w, int[] column) {
        Complex[][] u = new Complex[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                u[i][j] = w.get(i, column[j]).conjugate();
            }
        }
        return CMatrix3.of(u);
    }

    /**
     * delta_CP in degrees from the rephasing invariant Q = U_e1 U_mu3 U_e3^* U_mu1^*, which in the PDG
     * parametrisation is Q = -K e^{i delta} - c12^2 c13^2 s23^2 s13^2 with K = c12 s12 c23 s23 c13^2 s13
     * (Im Q = -J_CP). 0 when K vanishes: then delta can be rephased away.
     */
    private static double diracPhase(CMatrix3 u, double theta12, double theta23, double theta13) {
        double s12 = Math.sin(Math.toRadians(theta12));
        double c12 = Math.cos(Math.toRadians(theta12));
        double s23 = Math.sin(Math.toRadians(theta23));
        double c23 = Math.cos(Math.toRadians(theta23));
        double s13 = Math.sin(Math.toRadians(theta13));
        double c13 = Math.cos(Math.toRadians(theta13));
        if (c12 * s12 * c23 * s23 * c13 * c13 * s13 < NO_PHASE) {
            return 0;
        }
        Complex q = u.get(0, 0).multiply(u.get(1, 2)).multiply(u.get(0, 2).conjugate())
                .multiply(u.get(1, 0).conjugate());
        double cosTerm = -(q.getReal() + c12 * c12 * c13 * c13 * s23 * s23 * s13 * s13);
        return degrees0To360(Math.atan2(-q.getImaginary(), cosTerm));
    }

    /**
     * Majorana phase of column k relative to column l, in degrees. With U = P V D (P row phases, V the PDG matrix
     * without Majorana phases, D = diag(d_j)), X_ij = U_ij V_ij^* = p_i d_j |V_ij|^2 and
     * Z = sum_i X_ik X_il^* = d_k d_l^* sum_i |V_ik|^2 |V_il|^2, so the phase is 2 arg Z (the sign freedom of
     * d_j drops out). 0 when Z vanishes (columns k and l share no row: the relative phase is unphysical).
     */
    private static double majoranaPhase(CMatrix3 u, CMatrix3 v, int k, int l) {
        Complex z = Complex.ZERO;
        for (int i = 0; i < 3; i++) {
            Complex xk = u.get(i, k).multiply(v.get(i, k).conjugate());
            Complex xl = u.get(i, l).multiply(v.get(i, l).conjugate());
            z = z.add(xk.multiply(xl.conjugate()));
        }
        return z.norm() < NO_PHASE ? 0 : degrees0To360(2 * z.getArgument());
    }

    private static boolean[] massless(double[] m) {
        double heaviest = Math.max(m[0], Math.max(m[1], m[2]));
        return new boolean[] {m[0] <= ZERO_MASS * heaviest, m[1] <= ZERO_MASS * heaviest,
            m[2] <= ZERO_MASS * heaviest};
    }

    /** e^{i phi}, phi in degrees. */
    private static Complex phase(double degrees) {
        double r = Math.toRadians(degrees);
        return Complex.valueOf(Math.cos(r), Math.sin(r));
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
