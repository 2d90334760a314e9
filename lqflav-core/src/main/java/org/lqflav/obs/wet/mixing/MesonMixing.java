package org.lqflav.obs.wet.mixing;

/**
 * B_q mixing from the flavio-basis coefficient CVLL_bqbq of O = (qbar gamma^mu P_L b)^2, Lagrangian convention
 * L = C O (WCxf): DeltaM_q = 2 |M12| = (2/3) m_B f_B^2 B_1(mu) |C^SM(mu) + C^NP(mu)| at mu = m_b, with
 * <O> = (2/3) m_B^2 f_B^2 B_1(mu) and C^SM(mu) = -(G_F^2 m_W^2/4 pi^2) (V_tb V_tq*)^2 eta_B b(mu) S0(x_t)
 * (Buchalla, Buras, Lautenbacher, hep-ph/9512380 sec. XII; b(mu) makes eta_B b(mu) B(mu) = eta_B B-hat).
 */
public final class MesonMixing {
    private MesonMixing() {
    }

    /** Inami-Lim S0(x) (Inami, Lim, Prog. Theor. Phys. 65 (1981) 297; hep-ph/9512380 eq. (XII.4)). */
    public static double s0(double x) {
        double d = 1 - x;
        return x * (4 - 11 * x + x * x) / (4 * d * d) - 3 * x * x * x * Math.log(x) / (2 * d * d * d);
    }

    /** b(mu) = alpha_s(mu)^{-6/23} [1 + alpha_s(mu)/(4 pi) J5], J5 = 5165/3174 (hep-ph/9512380 eq. (XII.7)). */
    public static double bFactor(double alphaSmu) {
        return Math.pow(alphaSmu, -6.0 / 23) * (1 + alphaSmu / (4 * Math.PI) * 5165.0 / 3174);
    }

    /** (2/3) m_B f_B^2 B_1 |C|, GeV. */
    public static double deltaM(double mB, double fB, double bag, double cRe, double cIm) {
        return 2.0 / 3 * mB * fB * fB * bag * Math.hypot(cRe, cIm);
    }
}
