package org.lqflav.obs.wet.kpinunu;

/**
 * K -> pi nu nu (Buras, Buchalla et al.; Buras, Buttazzo, Girrbach-Noe, Knegjens arXiv:1503.02693 eqs. (1)-(6))
 * with new physics in C_L^{ij} (flavio basis, same normalisation as b -> s nu nu: C_L^SM = -X_t/s_W^2), per
 * neutrino pair: X_eff^{ij} = X_t delta_ij - s_W^2 C_L^{ij,NP}, averaged over the 3 x 3 pairs (1/3 of the sum).
 */
public final class KPiNuNu {
    private KPiNuNu() {
    }

    /**
     * One pair's contribution to BR(K+ -> pi+ nu nu): kappa_+ (1 + Delta_EM) [ (Im(lambda_t X)/lambda^5)^2
     * + (Re(lambda_c)/lambda P_c delta_ij + Re(lambda_t X)/lambda^5)^2 ]/3 (arXiv:1503.02693 eq. (1)).
     */
    public static double kPlusPair(double kappaPlus, double deltaEm, double lam, double lctRe, double ltRe,
                                   double ltIm, double xRe, double xIm, double pc, boolean diagonal) {
        double l5 = Math.pow(lam, 5);
        double ltxRe = ltRe * xRe - ltIm * xIm;
        double ltxIm = ltRe * xIm + ltIm * xRe;
        double charm = diagonal ? lctRe / lam * pc : 0;
        double im = ltxIm / l5;
        double re = charm + ltxRe / l5;
        return kappaPlus * (1 + deltaEm) * (im * im + re * re) / 3;
    }

    /** One pair's contribution to BR(K_L -> pi0 nu nu): kappa_L (Im(lambda_t X)/lambda^5)^2/3 (eq. (3)). */
    public static double kLongPair(double kappaL, double lam, double ltRe, double ltIm, double xRe, double xIm) {
        double im = (ltRe * xIm + ltIm * xRe) / Math.pow(lam, 5);
        return kappaL * im * im / 3;
    }
}
