package org.lqflav.obs.bclnu;

import java.util.Set;

import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.Leptons;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;

/**
 * b -> c tau nu from the numerical formulas seed000 eqs. (29), (30), (84) (coefficients at mu = m_b). New
 * physics with a nu_e or nu_mu in the final state does not interfere with the SM and is added incoherently.
 */
public final class BclnuObservables {
    private BclnuObservables() {
    }

    /**
     * The bracket of seed000 eqs. (29)-(30) for one neutrino flavour, with the SM vector part {@code sm} = 0 or 1:
     * |V|^2 + k0 Re[V CS*] + k1 |CS|^2 + k2 Re[V CT*] + k3 |CT|^2, V = sm + CV.
     */
    static double ratioTerm(double cvRe, double cvIm, double csRe, double csIm, double ctRe, double ctIm, double sm,
                            double[] k) {
        double vRe = cvRe + sm;
        return vRe * vRe + cvIm * cvIm + k[0] * (vRe * csRe + cvIm * csIm) + k[1] * (csRe * csRe + csIm * csIm)
                + k[2] * (vRe * ctRe + cvIm * ctIm) + k[3] * (ctRe * ctRe + ctIm * ctIm);
    }

    /** R / R_SM summed over neutrino flavours i (primitive reads: no allocation in scan loops). */
    static double ratio(LowEnergy le, double[] k) {
        int t = Leptons.TAU;
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += ratioTerm(le.cVLRe(t, i), le.cVLIm(t, i), le.cSLRe(t, i), le.cSLIm(t, i), le.cTRe(t, i),
                    le.cTIm(t, i), i == t ? 1 : 0, k);
        }
        return sum;
    }

    /** seed000 eq. (29) coefficients of Re[(1+CV) CS*], |CS|^2, Re[(1+CV) CT*], |CT|^2. */
    static final double[] R_D = {1.54, 1.09, 1.04, 0.75};
    /** seed000 eq. (30). */
    static final double[] R_DST = {-0.13, 0.05, -5.0, 16.27};

    /** BR(Bc -> tau nu) = BR_SM |1 + C_V - 4.3 C_S|^2, seed000 eq. (84), summed over neutrino flavours. */
    static double bcTauNu(LowEnergy le, double brSm) {
        int t = Leptons.TAU;
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double re = le.cVLRe(t, i) + (i == t ? 1 : 0) - 4.3 * le.cSLRe(t, i);
            double im = le.cVLIm(t, i) - 4.3 * le.cSLIm(t, i);
            sum += re * re + im * im;
        }
        return brSm * sum;
    }

    public static void register(ObservableRegistry r) {
        r.add(new ObservableSpec("Rtaul(B->Dlnu)", "", "R_D = BR(B -> D tau nu) / BR(B -> D l nu)",
                "seed000 eq. (29)", Set.of(Part.WET),
                    in -> in.sm().rDSm * ratio(in.le(), R_D)));
        r.add(new ObservableSpec("Rtaul(B->D*lnu)", "", "R_D* = BR(B -> D* tau nu) / BR(B -> D* l nu)",
                "seed000 eq. (30)", Set.of(Part.WET),
                    in -> in.sm().rDstSm * ratio(in.le(), R_DST)));
        r.add(new ObservableSpec("BR(Bc->taunu)", "", "Branching ratio of Bc -> tau nu",
                "seed000 eq. (84)", Set.of(Part.WET),
                    in -> bcTauNu(in.le(), in.sm().brBcTauNuSm)));
    }
}
