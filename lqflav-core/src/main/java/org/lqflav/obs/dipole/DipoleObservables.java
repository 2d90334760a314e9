package org.lqflav.obs.dipole;

import java.util.Set;
import org.hipparchus.complex.Complex;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.Leptons;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;

/** Anomalous magnetic moments from the flavour-diagonal dipoles (docs/conventions.md#dipoles). */
public final class DipoleObservables {
    private DipoleObservables() {
    }

    /** Delta a_l = Re[i m_l (sigma_L^{ll} + sigma_R^{ll})], seed000 text below eq. (19). */
    static double deltaA(double mass, Complex sigmaL, Complex sigmaR) {
        return -mass * (sigmaL.getImaginary() + sigmaR.getImaginary());
    }

    public static void register(ObservableRegistry r) {
        for (int l = 0; l < 3; l++) {
            int lep = l;
            String n = Leptons.name(l);
            r.add(new ObservableSpec("Delta_a_" + n, "", "New-physics contribution to the " + n
                    + " anomalous magnetic moment (g-2)/2", "seed000 eqs. (19)-(22), (41)-(44)",
                    Set.of(Part.DIPOLES),
                    in -> deltaA(in.sm().mLepton(lep), in.le().dipoleL(lep, lep), in.le().dipoleR(lep, lep))));
        }
    }
}
