package org.lqflav.obs.bsnunu;

import java.util.Set;

import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;

/** B -> K(*) nu nu normalised to the SM (left-handed new physics only: R_K = R_K*). */
public final class BsnunuObservables {
    private BsnunuObservables() {
    }

    /**
     * R^nunu = sum_{if} |delta_fi C_L^SM + C_L^{fi}|^2 / (3 |C_L^SM|^2), C_L^SM = -X_t / s_W^2,
     * seed000 eq. (83).
     */
    static double rNuNu(LowEnergy le, double xt, double s2w) {
        double cSm = -xt / s2w;
        double sum = 0;
        for (int f = 0; f < 3; f++) {
            for (int i = 0; i < 3; i++) {
                double re = le.cLnunuRe(f, i) + (f == i ? cSm : 0);
                double im = le.cLnunuIm(f, i);
                sum += re * re + im * im;
            }
        }
        return sum / (3 * cSm * cSm);
    }

    public static void register(ObservableRegistry r) {
        r.add(new ObservableSpec("Rnunu(B->K)", "", "BR(B -> K nu nu) / BR_SM", "seed000 eqs. (82)-(83)",
                Set.of(Part.WET),
                    in -> rNuNu(in.le(), in.sm().xT, in.sm().s2w)));
        r.add(new ObservableSpec("Rnunu(B->K*)", "", "BR(B -> K* nu nu) / BR_SM", "seed000 eqs. (82)-(83)",
                Set.of(Part.WET),
                    in -> rNuNu(in.le(), in.sm().xT, in.sm().s2w)));
    }
}
