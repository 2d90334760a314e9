package org.lqflav.obs.wet.leptonic;

/** Leptonic decays of pseudoscalar B mesons with the general set of operators (formulas take real/imag parts). */
public final class LeptonicDecays {
    private LeptonicDecays() {
    }

    /**
     * Prompt width of B_q -> l+ l- (GeV): G_F^2 alpha^2 |V_tb V_tq*|^2 f^2 m_B m_l^2 beta (|P|^2 + |S|^2)/(16 pi^3)
     * with P = C10 - C10' + m_B^2/(2 m_l) m_b/(m_b + m_q) (CP - CP'), S = beta m_B^2/(2 m_l) m_b/(m_b + m_q)
     * (CS - CS'), beta = sqrt(1 - 4 m_l^2/m_B^2) (De Bruyn et al. arXiv:1204.1737 eqs. (3)-(6); flavio's O_S,P
     * carry m_b). Complex P, S enter as (pRe, pIm), (sRe, sIm); {@link #pFactor} gives the chirality factor.
     */
    public static double widthPrompt(double gF, double alpha, double lambdaT2, double fB, double mB, double ml,
                                     double pRe, double pIm, double sRe, double sIm) {
        double beta = Math.sqrt(1 - 4 * ml * ml / (mB * mB));
        return gF * gF * alpha * alpha * lambdaT2 * fB * fB * mB * ml * ml * beta
                * (pRe * pRe + pIm * pIm + sRe * sRe + sIm * sIm) / (16 * Math.PI * Math.PI * Math.PI);
    }

    /** m_B^2/(2 m_l) m_b/(m_b + m_q): the factor multiplying CP - CP' in P. */
    public static double pFactor(double mB, double ml, double mb, double mq) {
        return mB * mB / (2 * ml) * mb / (mb + mq);
    }

    /**
     * Time-integrated over prompt: (1 + A_DeltaGamma y)/(1 - y^2) with A_DeltaGamma = Re(P^2 - S^2)/(|P|^2 + |S|^2)
     * (De Bruyn et al. arXiv:1204.1737 eq. (21); mixing phase neglected).
     */
    public static double timeIntegration(double y, double pRe, double pIm, double sRe, double sIm) {
        double n = pRe * pRe + pIm * pIm + sRe * sRe + sIm * sIm;
        if (n == 0) {
            return 1 / (1 - y * y);
        }
        double a = (pRe * pRe - pIm * pIm - sRe * sRe + sIm * sIm) / n;
        return (1 + a * y) / (1 - y * y);
    }

    /**
     * Width of B_c -> tau nu for one neutrino flavour: G_F^2 |V_cb|^2 f^2 m_Bc m_l^2 (1 - m_l^2/m_Bc^2)^2/(8 pi)
     * |A|^2 with A = (SM + CVL) - CVR + m_Bc^2/(m_l (m_b + m_c)) (CSR - CSL) (e.g. arXiv:1309.0301 eq. (44);
     * flavio blnu.py). {@code aRe, aIm} is A.
     */
    public static double widthBcLNu(double gF, double vcb, double fB, double mB, double ml, double aRe, double aIm) {
        double f = 1 - ml * ml / (mB * mB);
        return gF * gF * vcb * vcb * fB * fB * mB * ml * ml * f * f / (8 * Math.PI) * (aRe * aRe + aIm * aIm);
    }
}
