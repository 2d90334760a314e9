package org.lqflav.obs.zpole;

import java.util.Set;
import static org.lqflav.math.ComplexMath.abs2;
import static org.lqflav.math.ComplexMath.reTimesConj;

import org.hipparchus.complex.Complex;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.Leptons;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.SmInputs;

/** Z-pole observables: modified Z couplings, LFV Z decays, invisible width (docs/conventions.md#z-couplings). */
public final class ZpoleObservables {
    private ZpoleObservables() {
    }

    /**
     * BR(Z -> f_i fbar_j) for one charge mode, seed000 eq. (67):
     * m_Z lambda^{1/2} / (6 pi v^2 Gamma_Z) [(|gL|^2 + |gR|^2)(1 - (mi^2+mj^2)/(2 mZ^2) - (mi^2-mj^2)^2/(2 mZ^4))
     * + 6 mi mj / mZ^2 Re(gL gR*)].
     */
    static double lfvZ(SmInputs sm, double mi, double mj, Complex gL, Complex gR) {
        double mZ = sm.mZ;
        double mZ2 = mZ * mZ;
        double lambda = (mZ2 - (mi - mj) * (mi - mj)) * (mZ2 - (mi + mj) * (mi + mj));
        double kin = 1 - (mi * mi + mj * mj) / (2 * mZ2) - Math.pow(mi * mi - mj * mj, 2) / (2 * mZ2 * mZ2);
        return mZ * Math.sqrt(lambda) / (6 * Math.PI * sm.v * sm.v * sm.gammaZ)
                * ((abs2(gL) + abs2(gR)) * kin + 6 * mi * mj / mZ2 * reTimesConj(gL, gR));
    }

    /** N_nu = sum_ij |delta_ij + delta g_nuL^{ij} / g_nuL^SM|^2, g_nuL^SM = 1/2, seed000 eq. (71). */
    static double nNu(LowEnergy le) {
        double n = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double re = 2 * le.dgNuRe(i, j) + (i == j ? 1 : 0);
                double im = 2 * le.dgNuIm(i, j);
                n += re * re + im * im;
            }
        }
        return n;
    }

    public static void register(ObservableRegistry r) {
        for (int l = 0; l < 3; l++) {
            int lep = l;
            String pair = Leptons.name(l) + Leptons.name(l);
            r.add(new ObservableSpec("delta_gL(Z->" + pair + ")", "", "Re of the new-physics shift of the Z coupling"
                    + " to left-handed " + Leptons.name(l) + " (signed)", "seed000 eqs. (63)-(64)",
                    Set.of(Part.Z_COUPLINGS),
                    in -> in.le().dgL(lep, lep).getReal()));
            r.add(new ObservableSpec("delta_gR(Z->" + pair + ")", "", "Re of the new-physics shift of the Z coupling"
                    + " to right-handed " + Leptons.name(l) + " (signed)", "seed000 eqs. (63)-(64)",
                    Set.of(Part.Z_COUPLINGS),
                    in -> in.le().dgR(lep, lep).getReal()));
        }
        int[][] pairs = {{Leptons.E, Leptons.MU}, {Leptons.E, Leptons.TAU}, {Leptons.MU, Leptons.TAU}};
        for (int[] p : pairs) {
            int i = p[0];
            int j = p[1];
            r.add(new ObservableSpec("BR(Z->" + Leptons.name(i) + Leptons.name(j) + ")", "",
                    "Branching ratio of Z -> " + Leptons.name(i) + "+- " + Leptons.name(j)
                            + "-+, both charge modes (twice eq. (67))", "seed000 eq. (67)",
                    Set.of(Part.Z_COUPLINGS),
                    in -> 2 * lfvZ(in.sm(), in.sm().mLepton(i), in.sm().mLepton(j), in.le().dgL(i, j),
                            in.le().dgR(i, j))));
        }
        r.add(new ObservableSpec("N_nu", "", "Effective number of light neutrinos from the Z invisible width",
                "seed000 eq. (71)", Set.of(Part.Z_COUPLINGS),
                    in -> nNu(in.le())));
    }
}
