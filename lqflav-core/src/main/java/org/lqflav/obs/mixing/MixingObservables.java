package org.lqflav.obs.mixing;

import java.util.Set;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.SmInputs;

/** Meson mixing. */
public final class MixingObservables {
    private MixingObservables() {
    }

    /**
     * |1 + C1^NP/C1^SM|, seed000 eq. (95), with C1^SM = loop/(4 pi^2) (Vtb Vts* G_F m_W)^2, seed000 eq. (93)
     * (loop = 2.35 there); primitive arithmetic (scan loops).
     */
    static double deltaMsRatio(double c1Re, double c1Im, SmInputs sm) {
        // C1^SM as in c1Sm: a = Vtb Vts* G_F m_W, C1^SM = a^2 loop/(4 pi^2)
        double g = sm.gF * sm.mW;
        double aRe = (sm.ckm.re(2, 2) * sm.ckm.re(2, 1) + sm.ckm.im(2, 2) * sm.ckm.im(2, 1)) * g;
        double aIm = (sm.ckm.im(2, 2) * sm.ckm.re(2, 1) - sm.ckm.re(2, 2) * sm.ckm.im(2, 1)) * g;
        double k = sm.bsMixingSmLoop / (4 * Math.PI * Math.PI);
        double sRe = (aRe * aRe - aIm * aIm) * k;
        double sIm = 2 * aRe * aIm * k;
        double n = sRe * sRe + sIm * sIm;
        double re = 1 + (c1Re * sRe + c1Im * sIm) / n;
        double im = (c1Im * sRe - c1Re * sIm) / n;
        return Math.hypot(re, im);
    }

    public static void register(ObservableRegistry r) {
        r.add(new ObservableSpec("DeltaM_s/DeltaM_s_SM", "", "Bs mass difference over its SM value, |1 + C1^NP/C1^SM|",
                "seed000 eqs. (93)-(95)", Set.of(Part.BS_MIXING),
                    in -> deltaMsRatio(in.le().c1BsRe(), in.le().c1BsIm(), in.sm())));
    }
}
