package org.lqflav.obs.bsll;

import java.util.Set;

import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.Leptons;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.SmInputs;

/** b -> s l l': Wilson coefficients, Bs -> l l', B -> K l l' (docs/conventions.md#wet). */
public final class BsllObservables {
    private BsllObservables() {
    }

    /**
     * BR(Bs -> l^- l'^+) = tau_Bs f^2 m^3 G_F^2 alpha^2 / (64 pi^3) |Vtb Vts*|^2 eta
     * (|(m_l - m_l')/m C9|^2 + |(m_l + m_l')/m C10|^2), seed000 eqs. (75)-(76).
     */
    static double bsToLeptons(SmInputs sm, int l, int lp, double c9Re, double c9Im, double c10Re, double c10Im) {
        double m = sm.mBs;
        double ml = sm.mLepton(l);
        double mlp = sm.mLepton(lp);
        if (ml + mlp >= m) {
            return 0;
        }
        double eta = Math.sqrt((1 - Math.pow((ml - mlp) / m, 2)) * (1 - Math.pow((ml + mlp) / m, 2)));
        double ckm = (sm.ckm.re(2, 2) * sm.ckm.re(2, 2) + sm.ckm.im(2, 2) * sm.ckm.im(2, 2))
                * (sm.ckm.re(2, 1) * sm.ckm.re(2, 1) + sm.ckm.im(2, 1) * sm.ckm.im(2, 1));   // |Vtb Vts*|^2
        double width = sm.fBs * sm.fBs * m * m * m * sm.gF * sm.gF * sm.alphaEm * sm.alphaEm / (64 * Math.pow(Math.PI, 3))
                * ckm * eta * (Math.pow((ml - mlp) / m, 2) * (c9Re * c9Re + c9Im * c9Im)
                        + Math.pow((ml + mlp) / m, 2) * (c10Re * c10Re + c10Im * c10Im));
        return sm.tauBs * width;
    }

    /** Lepton-flavour-conserving mode with the SM C10 added (C9 does not contribute for l = l'). */
    static double bsToLeptonsSmNp(SmInputs sm, LowEnergy le, int l) {
        return bsToLeptons(sm, l, l, le.c9Re(l, l), le.c9Im(l, l), le.c10Re(l, l) + sm.c10Sm, le.c10Im(l, l));
    }

    /** Both charge modes l^- l'^+ and l'^- l^+. */
    static double bsToLeptonsBothModes(SmInputs sm, LowEnergy le, int l, int lp) {
        return bsToLeptons(sm, l, lp, le.c9Re(l, lp), le.c9Im(l, lp), le.c10Re(l, lp), le.c10Im(l, lp))
                + bsToLeptons(sm, lp, l, le.c9Re(lp, l), le.c9Im(lp, l), le.c10Re(lp, l), le.c10Im(lp, l));
    }

    /**
     * BR(B+ -> K+ tau+- l-+) = [9.6 (|C9^{l tau}|^2 + |C9^{tau l}|^2) + 10 (|C10^{l tau}|^2 + |C10^{tau l}|^2)] 1e-9,
     * seed000 eq. (80) (computed for l = mu; with m_l neglected it holds for l = e as well).
     */
    static double bToKTauL(LowEnergy le, int l) {
        int t = Leptons.TAU;
        return (9.6 * (abs2(le.c9Re(l, t), le.c9Im(l, t)) + abs2(le.c9Re(t, l), le.c9Im(t, l)))
                + 10 * (abs2(le.c10Re(l, t), le.c10Im(l, t)) + abs2(le.c10Re(t, l), le.c10Im(t, l)))) * 1e-9;
    }

    private static double abs2(double re, double im) {
        return re * re + im * im;
    }

    public static void register(ObservableRegistry r) {
        for (int l = 0; l < 3; l++) {
            int lep = l;
            String pair = Leptons.name(l) + Leptons.name(l);
            r.add(new ObservableSpec("C9_bs" + pair, "", "Re C9 (new physics) for b -> s " + pair + ", at m_b",
                    "seed000 eqs. (23)-(25), (36)", Set.of(Part.WET),
                    in -> in.le().c9Re(lep, lep)));
            r.add(new ObservableSpec("C10_bs" + pair, "", "Re C10 (new physics) for b -> s " + pair + ", at m_b",
                    "seed000 eqs. (23)-(25), (36)", Set.of(Part.WET),
                    in -> in.le().c10Re(lep, lep)));
        }
        for (int l = 0; l < 3; l++) {
            int lep = l;
            String pair = Leptons.name(l) + Leptons.name(l);
            r.add(new ObservableSpec("BR(Bs->" + pair + ")", "", "Branching ratio of Bs -> " + pair
                    + ", SM (C10_SM) + new physics", "seed000 eqs. (75)-(76)",
                    Set.of(Part.WET),
                    in -> bsToLeptonsSmNp(in.sm(), in.le(), lep)));
            r.add(new ObservableSpec("BR(Bs->" + pair + ")_NP", "", "Branching ratio of Bs -> " + pair
                    + ", new physics alone (as seed000 Table I quotes it)", "seed000 eqs. (75)-(76)",
                    Set.of(Part.WET),
                    in -> bsToLeptons(in.sm(), lep, lep, in.le().c9Re(lep, lep), in.le().c9Im(lep, lep),
                            in.le().c10Re(lep, lep), in.le().c10Im(lep, lep))));
        }
        int[][] pairs = {{Leptons.E, Leptons.MU}, {Leptons.E, Leptons.TAU}, {Leptons.MU, Leptons.TAU}};
        for (int[] p : pairs) {
            String a = Leptons.name(p[0]);
            String b = Leptons.name(p[1]);
            r.add(new ObservableSpec("BR(Bs->" + a + b + "," + b + a + ")", "", "Branching ratio of Bs -> "
                    + a + "+- " + b + "-+, both charge modes", "seed000 eqs. (75)-(76)",
                    Set.of(Part.WET),
                    in -> bsToLeptonsBothModes(in.sm(), in.le(), p[0], p[1])));
        }
        for (int l = 0; l < 2; l++) {
            int lep = l;
            String a = Leptons.name(l);
            r.add(new ObservableSpec("BR(B+->K" + a + "tau,tau" + a + ")", "", "Branching ratio of B+ -> K+ "
                    + a + "+- tau-+, both charge modes", "seed000 eq. (80)", Set.of(Part.WET),
                    in -> bToKTauL(in.le(), lep)));
        }
    }
}
