package org.lqflav.model.s1r2xi;

import java.util.function.ToDoubleFunction;
import org.lqflav.obs.Leptons;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;

/**
 * Observables only model S1R2xi provides (ObservableSpec.forModel): the NSI parameters of seed001 eq. (6), the
 * two-loop normalisation, and the coupling bounds of seed001 Tables I and II as fractions of the bound
 * (docs/conventions.md#s1r2xi-bounds). The generic Delta_a_l, BR(l->l'gamma), C9/C10, R_D(*), Rnunu, neutrino
 * observables apply to this model through its WET, DIPOLES and NEUTRINO_MASS.
 */
public final class S1R2XiObservables {
    private static final String FRACTION = " (left-hand side over the bound at the point's mass; > 1 excluded)";

    private S1R2XiObservables() {
    }

    public static void register(ObservableRegistry r) {
        nsi(r);
        add(r, "m0I0", "GeV", "Two-loop neutrino-mass normalisation m0 I0 used (input, or m0 times I0 of eqs. (4)-(5))",
                "seed001 eqs. (3)-(5)", S1R2XiData::m0I0);
        add(r, "I0", "", "Two-loop integral I0 = m0I0 / m0, m0 = 3 g^2 m_t / (sqrt2 (16 pi^2)^2)",
                "seed001 eqs. (3)-(4)", S1R2XiData::i0);
        tableI(r);
        tableII(r);
    }

    private static void add(ObservableRegistry r, String name, String unit, String description, String equation,
                            ToDoubleFunction<S1R2XiData> f) {
        r.add(ObservableSpec.forModel(S1R2Xi.NAME, name, unit, description, equation,
                in -> f.applyAsDouble(in.le().modelData(S1R2XiData.class))));
    }

    /** eps_ab of seed001 eq. (6): real for a = b, modulus for a != b. */
    private static void nsi(ObservableRegistry r) {
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                int ia = a;
                int ib = b;
                String pair = Leptons.name(a) + Leptons.name(b);
                boolean diagonal = a == b;
                add(r, "eps_NSI_" + pair, "", (diagonal ? "" : "|") + "eps_" + pair + (diagonal ? "" : "|")
                                + ": charged-current NSI parameter from R2^{2/3} (u nu) and S1 (d nu) at tree level",
                        "seed001 eq. (6), yhat* yhat read for yhat yhat",
                        d -> {
                            var e = S1R2XiMatching.nsi(d.fL(), d.yHat(), ia, ib, d.mR2(), d.mS1(), d.gF());
                            return diagonal ? e.getReal() : e.norm();
                        });
            }
        }
    }

    private static void tableI(ObservableRegistry r) {
        int[][] pairs = {{Leptons.MU, Leptons.E}, {Leptons.TAU, Leptons.E}, {Leptons.TAU, Leptons.MU}};
        double[] nonChiral = {S1R2XiBounds.MUEG, S1R2XiBounds.TAUEG, S1R2XiBounds.TAUMUG};
        double[] chiral = {S1R2XiBounds.MUEG_CHIRAL, S1R2XiBounds.TAUEG_CHIRAL, S1R2XiBounds.TAUMUG_CHIRAL};
        for (int k = 0; k < 3; k++) {
            int i = pairs[k][0];
            int j = pairs[k][1];
            double nc = nonChiral[k];
            double ch = chiral[k];
            String proc = Leptons.name(i) + "->" + Leptons.name(j) + "gamma";
            add(r, "bound(" + proc + ",R2)", "", "seed001 Table I, " + proc + " without chiral enhancement: "
                            + "(|sum fR fR*| + |sum fL fL*|) / (" + nc + " (M_R2/TeV)^2)" + FRACTION,
                    "seed001 Table I",
                    d -> S1R2XiBounds.nonChiral(d.fR(), d.fL(), i, j) / (nc * S1R2XiBounds.tev2(d.mR2())));
            add(r, "bound(" + proc + ",R2,chiral)", "", "seed001 Table I, " + proc + " chirally enhanced: "
                            + "sum_q (|fR fL*| + |fL fR*|) |C| m_q/GeV / (" + ch + " (M_R2/TeV)^2), C = 1 + 4 log(m_q^2/M^2)"
                            + FRACTION, "seed001 Table I",
                    d -> S1R2XiBounds.chiral(d.fR(), d.fL(), i, j, d.mUpLoop(), d.mR2(), 1)
                            / (ch * S1R2XiBounds.tev2(d.mR2())));
            add(r, "bound(" + proc + ",S1)", "", "seed001 Table I (caption: S1 weaker by 3), " + proc
                            + " without chiral enhancement: (|sum yR yR*| + |sum yL yL*|) / (3 x " + nc
                            + " (M_S1/TeV)^2)" + FRACTION, "seed001 Table I and caption",
                    d -> S1R2XiBounds.nonChiral(d.yR(), d.yL(), i, j)
                            / (S1R2XiBounds.S1_NON_CHIRAL_FACTOR * nc * S1R2XiBounds.tev2(d.mS1())));
            add(r, "bound(" + proc + ",S1,chiral)", "", "seed001 Table I (caption: C -> C'), " + proc
                            + " chirally enhanced: sum_q (|yR yL*| + |yL yR*|) |C'| m_q/GeV / (" + ch
                            + " (M_S1/TeV)^2), C' = 7 + 4 log(m_q^2/M^2)" + FRACTION, "seed001 Table I and caption",
                    d -> S1R2XiBounds.chiral(d.yR(), d.yL(), i, j, d.mUpLoop(), d.mS1(), 7)
                            / (ch * S1R2XiBounds.tev2(d.mS1())));
        }
        add(r, "bound(mu-e,R2)", "", "seed001 Table I, coherent mu - e conversion: |fhat_de fhat*_dmu| / (8.58e-6 "
                        + "(M_R2/TeV)^2), fhat = V^dagger fR (printed with index u)" + FRACTION, "seed001 Table I",
                d -> S1R2XiBounds.muEConversion(d.fHat()) / (S1R2XiBounds.MU_E * S1R2XiBounds.tev2(d.mR2())));
    }

    private static void tableII(ObservableRegistry r) {
        String t2 = "seed001 Table II";
        add(r, "bound(KL->ee)", "", t2 + ", K_L -> e e: |fhat_de fhat*_se| / (2.0e-3 (M_R2/TeV)^2)" + FRACTION, t2,
                d -> S1R2XiBounds.ds(d.fHat(), Leptons.E, Leptons.E) / (2.0e-3 * S1R2XiBounds.tev2(d.mR2())));
        add(r, "bound(KL->emu)", "", t2 + ", K_L -> e mu: |fhat_dmu fhat*_se + fhat_smu fhat*_de| / (1.9e-5 "
                + "(M_R2/TeV)^2)" + FRACTION, t2,
                d -> S1R2XiBounds.kLemu(d.fHat()) / (1.9e-5 * S1R2XiBounds.tev2(d.mR2())));
        add(r, "bound(KL->pi0emu)", "", t2 + ", K_L -> pi0 e mu: |fhat_dmu fhat*_se - fhat_smu fhat*_de| / (2.9e-4 "
                + "(M_R2/TeV)^2), second term read with hats" + FRACTION, t2,
                d -> S1R2XiBounds.kLpiemu(d.fHat()) / (2.9e-4 * S1R2XiBounds.tev2(d.mR2())));
        add(r, "bound(K+->piee)", "", t2 + ", K+ -> pi+ e e: |fhat_de fhat*_se| / (2.3e-2 (M_R2/TeV)^2), printed "
                + "fhat*_smu read as fhat*_se" + FRACTION, t2,
                d -> S1R2XiBounds.ds(d.fHat(), Leptons.E, Leptons.E) / (2.3e-2 * S1R2XiBounds.tev2(d.mR2())));
        add(r, "bound(K+->piemu)", "", t2 + ", K+ -> pi+ e mu: max(|fhat_dmu fhat*_se|, |fhat_de fhat*_smu|) / "
                + "(1.9e-4 (M_R2/TeV)^2)" + FRACTION, t2,
                d -> Math.max(S1R2XiBounds.ds(d.fHat(), Leptons.MU, Leptons.E),
                        S1R2XiBounds.ds(d.fHat(), Leptons.E, Leptons.MU)) / (1.9e-4 * S1R2XiBounds.tev2(d.mR2())));
        add(r, "bound(K-Kbar)", "", t2 + ", K - Kbar mixing: |sum_a fhat*_da fhat_sa| / (0.0266 M_R2/TeV)" + FRACTION,
                t2, d -> S1R2XiBounds.kkbar(d.fHat()) / (0.0266 * d.mR2() / 1e3));
        add(r, "bound(K+->pinunu)", "", t2 + ", K+ -> pi+ nu nu: Re[yhat*_de yhat_se] in [-3.7, 8.3]e-4 "
                + "(M_S1/TeV)^2, fraction of the interval side it lies on" + FRACTION, t2,
                d -> S1R2XiBounds.intervalFraction(S1R2XiBounds.kpinunuRe(d.yHat()) / S1R2XiBounds.tev2(d.mS1()),
                        -3.7e-4, 8.3e-4));
        add(r, "bound(K+->pinunu,LFV)", "", t2 + ", K+ -> pi+ nu nu: [sum_{m!=n} |yhat_dm yhat*_sn|^2]^{1/2} / "
                + "(6.0e-4 (M_S1/TeV)^2)" + FRACTION, t2,
                d -> S1R2XiBounds.kpinunuLfv(d.yHat()) / (6.0e-4 * S1R2XiBounds.tev2(d.mS1())));
        add(r, "bound(B->K*nunu)", "", t2 + ", B -> K* nu nu (R_K* < 2.7): Re[yhat_ba yhat*_sa] in [-0.036, 0.076] "
                + "(M_S1/TeV)^2, largest over a = e, mu, tau" + FRACTION, t2,
                d -> S1R2XiBounds.bKnunu(d.yHat(), -0.036 * S1R2XiBounds.tev2(d.mS1()),
                        0.076 * S1R2XiBounds.tev2(d.mS1())));
        add(r, "bound(B->Knunu)", "", t2 + ", B -> K nu nu (R_K < 3.9): Re[yhat_ba yhat*_sa] in [-0.047, 0.087] "
                + "(M_S1/TeV)^2, largest over a = e, mu, tau" + FRACTION, t2,
                d -> S1R2XiBounds.bKnunu(d.yHat(), -0.047 * S1R2XiBounds.tev2(d.mS1()),
                        0.087 * S1R2XiBounds.tev2(d.mS1())));
    }
}
