package org.lqflav.obs.mixing;

import java.util.Set;
import org.hipparchus.complex.Complex;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.SmInputs;

/** Meson mixing. */
public final class MixingObservables {
    private MixingObservables() {
    }

    /** C1^SM = loop/(4 pi^2) (Vtb Vts* G_F m_W)^2, seed000 eq. (93) (loop = 2.35 there). */
    static Complex c1Sm(SmInputs sm) {
        Complex ckm = sm.ckm.get(2, 2).multiply(sm.ckm.get(2, 1).conjugate()).multiply(sm.gF * sm.mW);
        return ckm.multiply(ckm).multiply(sm.bsMixingSmLoop / (4 * Math.PI * Math.PI));
    }

    public static void register(ObservableRegistry r) {
        r.add(new ObservableSpec("DeltaM_s/DeltaM_s_SM", "", "Bs mass difference over its SM value, |1 + C1^NP/C1^SM|",
                "seed000 eqs. (93)-(95)", Set.of(Part.BS_MIXING),
                    in -> in.le().c1Bs().divide(c1Sm(in.sm())).add(1).norm()));
    }
}
