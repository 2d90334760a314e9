package org.lqflav.model.s1zprime;

import org.lqflav.obs.Inputs;
import org.lqflav.obs.Observable;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;

/**
 * The observables of seed 004 with the paper's own formulas, registered for model S1Zprime only
 * ({@link ObservableSpec#forModel}: they win over generic entries of the same name). Names are flavio's where flavio
 * has the observable; {@code BR(B->KZp)} is B+ -> K+ Z' and {@code BR(B->K*Zp)} is B0 -> K*0 Z' (on-shell Z');
 * {@code DeltaM_K_NP}, {@code DeltaM_d_NP}, {@code DeltaM_s_NP} are the S1 box contributions of eq. (23) alone.
 * docs/conventions.md#s1zprime.
 */
public final class S1ZprimeObservables {
    private S1ZprimeObservables() {
    }

    private static final double GEV_TO_INV_PS = 1e-12;

    /** The point's data (the model's matching output). */
    static S1ZprimeData data(Inputs in) {
        return in.le().modelData(S1ZprimeData.class);
    }

    static double rNu(S1ZprimeData d) {
        return S1ZprimeFormulas.rNu(d.cLbs(), d.inputs().xT());
    }

    static double brBToKZprime(S1ZprimeData d) {
        S1ZprimeInputs p = d.inputs();
        return S1ZprimeFormulas.brBToKZprime(p.tauBp(), p.mBp(), p.mKp(), d.cZp(), p.fPlusBK(), d.mZp());
    }

    static double brBToKstZprime(S1ZprimeData d) {
        S1ZprimeInputs p = d.inputs();
        return S1ZprimeFormulas.brBToKstZprime(p.tauB0(), p.mB0(), p.mKst0(), d.cZp(), p.a12BKst(), d.mZp());
    }

    static double brZprimeToNeutrinos(S1ZprimeData d) {
        S1ZprimeInputs p = d.inputs();
        return S1ZprimeFormulas.brZprimeToNeutrinos(d.gZp(), d.epsilon() * p.e(), d.mZp(), p.me(), p.mMu(), p.mTau());
    }

    /** BR(B -> K(*) nu nu) = BR_SM R^nu (eq. (8)), plus BR(B -> K(*) Z') BR(Z' -> nu nu) with bknunu_zprime: add. */
    static double brBToKnunu(S1ZprimeData d, boolean kstar) {
        double sm = kstar ? d.inputs().brB0KstnunuSm() : d.inputs().brBpKnunuSm();
        double lq = sm * rNu(d);
        if (!d.options().addZprimeToBKnunu()) {
            return lq;
        }
        return lq + (kstar ? brBToKstZprime(d) : brBToKZprime(d)) * brZprimeToNeutrinos(d);
    }

    static double brKPlus(S1ZprimeData d) {
        S1ZprimeInputs p = d.inputs();
        double s1 = S1ZprimeFormulas.kPlusBracket(p.kappaPlus(), p.deltaEm(), p.lambda(),
                S1ZprimeFormulas.xEff(d.lambdaTsd(), p.xT(), d.cLsd()), d.reVcsVcd(), p.pc());
        if (!d.options().normalisedKPlus()) {
            return S1ZprimeFormulas.brKPlus(p.brKpPinunuSm(), s1);
        }
        double sm = S1ZprimeFormulas.kPlusBracket(p.kappaPlus(), p.deltaEm(), p.lambda(),
                S1ZprimeFormulas.xEff(d.lambdaTsd(), p.xT(), org.hipparchus.complex.Complex.ZERO), d.reVcsVcd(), p.pc());
        return p.brKpPinunuSm() * (2.0 / 3 + s1 / sm / 3);
    }

    static double brKLong(S1ZprimeData d) {
        S1ZprimeInputs p = d.inputs();
        if (!d.options().exactKLong()) {
            return S1ZprimeFormulas.brKLong(p.brKLPinunuSm(), rNu(d));
        }
        return p.brKLPinunuSm() * S1ZprimeFormulas.rKLongExact(
                S1ZprimeFormulas.xEff(d.lambdaTsd(), p.xT(), d.cLsd()),
                S1ZprimeFormulas.xEff(d.lambdaTsd(), p.xT(), org.hipparchus.complex.Complex.ZERO));
    }

    private static void add(ObservableRegistry r, String name, String unit, String description, String equation,
                            Observable f) {
        r.add(ObservableSpec.forModel(S1Zprime.NAME, name, unit, description, equation, f));
    }

    public static void register(ObservableRegistry r) {
        add(r, "Rnunu(B->K)", "", "BR(B -> K nu nu)/BR_SM = 2/3 + 1/3 |1 + C_L,bs^S1/X_t|^2 (nu_tau only)",
                "seed004 eqs. (7)-(8)", in -> rNu(data(in)));
        add(r, "Rnunu(B->K*)", "", "BR(B -> K* nu nu)/BR_SM, equal to Rnunu(B->K) (left-handed currents only)",
                "seed004 eqs. (7)-(8)", in -> rNu(data(in)));
        add(r, "BR(B+->Knunu)", "", "BR(B+ -> K+ nu nu) = BR_SM R^nu (option bknunu_zprime: add adds the on-shell Z')",
                "seed004 eqs. (8)-(9)", in -> brBToKnunu(data(in), false));
        add(r, "BR(B0->K*nunu)", "", "BR(B0 -> K*0 nu nu) = BR_SM R^nu (option bknunu_zprime: add adds the on-shell Z')",
                "seed004 eqs. (8)-(9)", in -> brBToKnunu(data(in), true));
        add(r, "BR(K+->pinunu)", "", "BR(K+ -> pi+ nu nu): 2/3 BR_SM + 1/3 kappa_+ bracket with X_eff^S1",
                "seed004 eqs. (10), (12)", in -> brKPlus(data(in)));
        add(r, "BR(KL->pi0nunu)", "", "BR(K_L -> pi0 nu nu) = BR_SM R^nu (option kl: sd uses Im X_eff^S1)",
                "seed004 eqs. (11)-(12)", in -> brKLong(data(in)));
        add(r, "BR(B->KZp)", "", "BR(B+ -> K+ Z') for an on-shell Z' coupled to quarks by kinetic mixing",
                "seed004 eqs. (13), (14), (16)", in -> brBToKZprime(data(in)));
        add(r, "BR(B->K*Zp)", "", "BR(B0 -> K*0 Z') for an on-shell Z' coupled to quarks by kinetic mixing",
                "seed004 eqs. (13), (14), (17)", in -> brBToKstZprime(data(in)));
        add(r, "BR(Zp->nunu)", "", "BR(Z' -> nu nubar), nu_mu + nu_tau, against mu mu, tau tau and e e (kinetic mixing)",
                "tree-level Z' widths (docs/conventions.md#s1zprime)", in -> brZprimeToNeutrinos(data(in)));
        add(r, "Delta_a_mu", "", "Z' one-loop contribution to (g-2)_mu/2 (S1 does not couple to muons)",
                "one-loop vector exchange (Leveille 1978); seed004 sec. II", in -> {
                    S1ZprimeData d = data(in);
                    return S1ZprimeFormulas.deltaAMu(d.gZp(), d.inputs().mMu(), d.mZp());
                });
        add(r, "Rtaul(B->Dlnu)", "", "R(D) = R(D)^SM x eq. (20a) (coefficients at m_b)",
                "seed004 eqs. (19), (20a)", in -> {
                    S1ZprimeData d = data(in);
                    return d.inputs().rDSm() * S1ZprimeFormulas.rDRatio(d.cV(), d.cSmb(), d.cTmb());
                });
        add(r, "Rtaul(B->D*lnu)", "", "R(D*) = R(D*)^SM x eq. (20b) (coefficients at m_b)",
                "seed004 eqs. (19), (20b)", in -> {
                    S1ZprimeData d = data(in);
                    return d.inputs().rDstSm() * S1ZprimeFormulas.rDstRatio(d.cV(), d.cSmb(), d.cTmb());
                });
        add(r, "Ptau(B->Dtaunu)", "", "tau polarisation in B -> D tau nu, P_tau^D,SM x eq. (20c)",
                "seed004 eqs. (19), (20c)", in -> {
                    S1ZprimeData d = data(in);
                    return d.inputs().pTauDSm() * S1ZprimeFormulas.pTauDRatio(d.cV(), d.cSmb(), d.cTmb());
                });
        add(r, "Ptau(B->D*taunu)", "", "tau polarisation in B -> D* tau nu, P_tau^D*,SM x eq. (20d)",
                "seed004 eqs. (19), (20d)", in -> {
                    S1ZprimeData d = data(in);
                    return d.inputs().pTauDstSm() * S1ZprimeFormulas.pTauDstRatio(d.cV(), d.cSmb(), d.cTmb());
                });
        add(r, "FL(B->D*taunu)", "", "D* longitudinal polarisation fraction in B -> D* tau nu, F_L^SM x eq. (20e)",
                "seed004 eqs. (19), (20e)", in -> {
                    S1ZprimeData d = data(in);
                    return d.inputs().fLDstSm() * S1ZprimeFormulas.fLDstRatio(d.cV(), d.cSmb(), d.cTmb());
                });
        add(r, "BR(Bc->taunu)", "", "BR(Bc -> tau nu) = BR_SM |1 + C_V - m_Bc^2/((m_b + m_c) m_tau) C_S|^2",
                "seed004 eq. (21)", in -> {
                    S1ZprimeData d = data(in);
                    S1ZprimeInputs p = d.inputs();
                    return p.brBcTauNuSm()
                            * S1ZprimeFormulas.bcTauNuRatio(d.cV(), d.cSmb(), p.mBc(), p.mb(), p.mc(), p.mTau());
                });
        add(r, "DeltaM_K_NP", "ps^-1", "S1 box contribution to the K mass difference, 2 Re M12 (may be negative)",
                "seed004 eqs. (22)-(23)", in -> {
                    S1ZprimeData d = data(in);
                    S1ZprimeInputs p = d.inputs();
                    return S1ZprimeFormulas.deltaMK(d.yS(), d.yD(), p.fKsqrtBK(), p.mK0(), d.mS1())
                            / p.hbar() * GEV_TO_INV_PS;
                });
        add(r, "DeltaM_d_NP", "ps^-1", "S1 box contribution to the B_d mass difference, 2 |M12^S1|",
                "seed004 eqs. (22)-(23)", in -> {
                    S1ZprimeData d = data(in);
                    S1ZprimeInputs p = d.inputs();
                    return S1ZprimeFormulas.deltaMBq(d.yB(), d.yD(), p.fBdSqrtBBd(), p.mB0(), d.mS1())
                            / p.hbar() * GEV_TO_INV_PS;
                });
        add(r, "DeltaM_s_NP", "ps^-1", "S1 box contribution to the B_s mass difference, 2 |M12^S1|",
                "seed004 eqs. (22)-(23)", in -> {
                    S1ZprimeData d = data(in);
                    S1ZprimeInputs p = d.inputs();
                    return S1ZprimeFormulas.deltaMBq(d.yB(), d.yS(), p.fBsSqrtBBs(), p.mBs(), d.mS1())
                            / p.hbar() * GEV_TO_INV_PS;
                });
    }
}
