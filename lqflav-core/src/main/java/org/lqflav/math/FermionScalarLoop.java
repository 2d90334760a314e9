package org.lqflav.math;

/**
 * Exact one-loop functions of a lepton dipole (g-2, l -> l' gamma) from a loop of a fermion F and a scalar S,
 * for any ratio r = m_F^2 / M_S^2, with the external lepton masses neglected in the propagators (corrections
 * O(m_l^2 / M_S^2)). General, not specific to seed 001: candidates for org.lqflav.math (docs/conventions.md#s1r2xi).
 *
 * <p>Source: the Feynman-parameter integrals of Leveille, Nucl. Phys. B137 (1978) 63 (generic scalar exchange; also
 * Jegerlehner and Nyffeler, Phys. Rept. 477 (2009) 1, and Queiroz and Shepherd, arXiv:1403.2309: photon on the
 * fermion is their neutral-scalar integral, photon on the scalar their charged-scalar one). With x the Feynman
 * parameter:
 * <ul>
 *   <li>photon on F: non-chiral {@code int x^2 (1-x) / D_F}, chiral {@code int x^2 / D_F}, D_F = 1 - x + r x;</li>
 *   <li>photon on S: non-chiral {@code int x^2 (1-x) / D_S}, chiral {@code int x (1-x) / D_S}, D_S = x + r (1 - x).</li>
 * </ul>
 * All four reduce to K_n(r) = int_0^1 y^n / (1 - a y) dy with a = 1 - r (y = 1 - x for D_S), evaluated by the
 * recursion K_n = (K_{n-1} - 1/n) / a from K_0 = -ln(r) / a, or by the series sum_k a^k / (n + k + 1) near r = 1.
 *
 * <p>Combined functions: for L = Fbar (A P_R + B P_L) l S^* + h.c. (A: coupling to l_R, B: to l_L), charges with
 * Q_l = Q_F + Q_S, the dipoles of docs/conventions.md#dipoles are
 * sigma_L^{if} = i N_c / (16 pi^2 M^2) [ (m_f B*_f B_i + m_i A*_f A_i) G_nc + m_F A*_f B_i G_ch ] and L &lt;-&gt; R,
 * A &lt;-&gt; B for sigma_R, with G_nc = -(q_F F_nc - q_S S_nc) / 2 and G_ch = -(q_F F_ch - q_S S_ch),
 * q = Q / Q_l. Limits (tested): S1 (q_F = 2/3, q_S = 1/3) G_ch -&gt; 7/6 + (2/3) ln r (seed000 eq. (21); seed001
 * Table I C'/6), G_nc -&gt; -1/12; R2^{5/3} (q_F = -2/3, q_S = 5/3) G_ch -&gt; -(1/6 + (2/3) ln r) (seed001
 * Table I -C/6: opposite sign to S1), G_nc -&gt; 1/4.
 */
public final class FermionScalarLoop {
    /** Below this |1 - r| the series is used instead of the recursion (which divides by 1 - r). */
    private static final double SERIES_BELOW = 0.5;

    private FermionScalarLoop() {
    }

    /** K_n(r) = int_0^1 y^n / (1 - (1 - r) y) dy, r &gt; 0 finite, n = 0..3. */
    static double k(int n, double r) {
        double a = 1 - r;
        if (Math.abs(a) < SERIES_BELOW) {
            double sum = 0;
            double ak = 1;
            for (int j = 0; j < 80 && Math.abs(ak) > 1e-18; j++) {
                sum += ak / (n + j + 1);
                ak *= a;
            }
            return sum;
        }
        double kn = -Math.log(r) / a;
        for (int j = 1; j <= n; j++) {
            kn = (kn - 1.0 / j) / a;
        }
        return kn;
    }

    private static void check(double r) {
        if (!(r >= 0) || Double.isInfinite(r)) {
            throw new IllegalArgumentException("mass ratio r = m_F^2/M_S^2 must be finite and >= 0: " + r);
        }
    }

    /** int_0^1 x^2 (1 - x) / (1 - x + r x) dx (photon on the fermion, no chirality flip); 1/3 at r = 0. */
    public static double fermionNonChiral(double r) {
        check(r);
        return r == 0 ? 1.0 / 3 : k(2, r) - k(3, r);
    }

    /** int_0^1 x^2 / (1 - x + r x) dx (photon on the fermion, chirality flip on F); ln(1/r) - 3/2 + O(r ln r). */
    public static double fermionChiral(double r) {
        check(r);
        return r == 0 ? Double.POSITIVE_INFINITY : k(2, r);
    }

    /** int_0^1 x^2 (1 - x) / (x + r (1 - x)) dx (photon on the scalar, no chirality flip); 1/6 at r = 0. */
    public static double scalarNonChiral(double r) {
        check(r);
        return r == 0 ? 1.0 / 6 : k(1, r) - 2 * k(2, r) + k(3, r);
    }

    /** int_0^1 x (1 - x) / (x + r (1 - x)) dx (photon on the scalar, chirality flip on F); 1/2 at r = 0. */
    public static double scalarChiral(double r) {
        check(r);
        return r == 0 ? 0.5 : k(1, r) - k(2, r);
    }

    /**
     * G_nc = -(q_F F_nc - q_S S_nc) / 2: coefficient of the non-chiral terms m_l |coupling|^2 in sigma.
     *
     * @param qF Q_F / Q_l, the charge of the loop fermion over the lepton's
     * @param qS Q_S / Q_l (q_F + q_S = 1)
     */
    public static double nonChiral(double r, double qF, double qS) {
        return -(qF * fermionNonChiral(r) - qS * scalarNonChiral(r)) / 2;
    }

    /** G_ch = -(q_F F_ch - q_S S_ch): coefficient of the chirally enhanced term m_F A* B in sigma; r &gt; 0. */
    public static double chiral(double r, double qF, double qS) {
        return -(qF * fermionChiral(r) - qS * scalarChiral(r));
    }
}
