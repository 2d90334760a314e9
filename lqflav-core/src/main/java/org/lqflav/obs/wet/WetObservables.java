package org.lqflav.obs.wet;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.eft.WetNames;
import org.lqflav.eft.WilsonCoefficients;
import org.lqflav.obs.Observable;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.obs.wet.dipole.LeptonDipoles;
import org.lqflav.obs.wet.kpinunu.KPiNuNu;
import org.lqflav.obs.wet.leptonic.LeptonicDecays;

/**
 * The WET engine's observables: computed from first principles from the new-physics WET coefficients at m_b
 * ({@code in.le().wet()}, flavio basis) and the SM inputs; each is a quadratic form evaluated with a handful of
 * multiply-adds from {@link WetTables} (computed once per parameter set). Names are flavio's.
 * docs/conventions.md says which form factors and inputs are used, and how this differs from the
 * seed papers' numerical formulas in the standard registry.
 */
public final class WetObservables {
    private WetObservables() {
    }

    private static final int E = 0;
    private static final int MU = 1;
    private static final int TAU = 2;

    /** b -> c l nu: [lepton][neutrino] -> {SM, CVL, CVR, CSL, CSR, CT}. */
    private static final int[][][] BC = new int[3][3][];
    /** b -> s l l: [e, mu] -> {SM, C9, C9p, C10, C10p, CS, CSp, CP, CPp}. */
    private static final int[][] BS = new int[2][];
    /** B_q -> l l: [s, d][lepton] -> {C10, C10p, CS, CSp, CP, CPp}. */
    private static final int[][][] BQLL = new int[2][3][];
    /** b -> s nu nu, s -> d nu nu: [i][j] -> {SM, CL, CR}. */
    private static final int[][][] BSNN = new int[3][3][];
    private static final int[][] SDNN = new int[3][3];
    private static final int CVLL_BS = WetNames.index("CVLL_bsbs");
    private static final int CVLL_BD = WetNames.index("CVLL_bdbd");
    private static final int CG_TAUMU = WetNames.index("Cgamma_taumu");
    private static final int CG_TAUE = WetNames.index("Cgamma_taue");
    private static final int CG_MUE = WetNames.index("Cgamma_mue");
    /** The other chirality (Cgamma_emu, ...), where WetNames has it; -1 otherwise. */
    private static final int CG_MUTAU = WetNames.isKnown("Cgamma_mutau") ? WetNames.index("Cgamma_mutau") : -1;
    private static final int CG_ETAU = WetNames.isKnown("Cgamma_etau") ? WetNames.index("Cgamma_etau") : -1;
    private static final int CG_EMU = WetNames.isKnown("Cgamma_emu") ? WetNames.index("Cgamma_emu") : -1;

    static {
        for (int l = 0; l < 3; l++) {
            for (int n = 0; n < 3; n++) {
                String s = "_bc" + WetNames.lepton(l) + "nu" + WetNames.lepton(n);
                BC[l][n] = new int[] {QuadraticForm.SM, WetNames.index("CVL" + s), WetNames.index("CVR" + s),
                    WetNames.index("CSL" + s), WetNames.index("CSR" + s), WetNames.index("CT" + s)};
                String nn = "nu" + WetNames.lepton(l) + "nu" + WetNames.lepton(n);
                BSNN[l][n] = new int[] {QuadraticForm.SM, WetNames.index("CL_bs" + nn), WetNames.index("CR_bs" + nn)};
                SDNN[l][n] = WetNames.index("CL_sd" + nn);
            }
        }
        for (int l = 0; l < 2; l++) {
            String ll = "_bs" + WetNames.lepton(l) + WetNames.lepton(l);
            BS[l] = new int[] {QuadraticForm.SM, WetNames.index("C9" + ll), WetNames.index("C9p" + ll),
                WetNames.index("C10" + ll), WetNames.index("C10p" + ll), WetNames.index("CS" + ll),
                WetNames.index("CSp" + ll), WetNames.index("CP" + ll), WetNames.index("CPp" + ll)};
        }
        String[] q = {"bs", "bd"};
        for (int k = 0; k < 2; k++) {
            for (int l = 0; l < 3; l++) {
                String ll = "_" + q[k] + WetNames.lepton(l) + WetNames.lepton(l);
                BQLL[k][l] = new int[] {WetNames.index("C10" + ll), WetNames.index("C10p" + ll),
                    WetNames.index("CS" + ll), WetNames.index("CSp" + ll), WetNames.index("CP" + ll),
                    WetNames.index("CPp" + ll)};
            }
        }
    }

    /** A new registry holding the engine's observables (all need {@link Part#WET}). */
    public static ObservableRegistry registry() {
        ObservableRegistry r = new ObservableRegistry();
        register(r);
        return r;
    }

    private static void add(ObservableRegistry r, String name, String unit, String description, String equation,
                            Observable f) {
        r.add(new ObservableSpec(name, unit, description, equation, Set.of(Part.WET), f));
    }

    /** Adds the engine's observables to {@code r}. */
    public static void register(ObservableRegistry r) {
        add(r, "Rtaul(B->Dlnu)", "", "R_D = BR(B -> D tau nu)/BR(B -> D l nu), l = mean of e and mu; HQE form factors",
                "arXiv:1506.03970 G basis; HQE form factors arXiv:1703.05330, 1908.09398",
                in -> rD(WetTables.of(in.sm()), in.le().wet()));
        add(r, "Rtaul(B->D*lnu)", "", "R_D* = BR(B -> D* tau nu)/BR(B -> D* l nu), l = mean of e and mu",
                "arXiv:1506.03970 G basis; HQE form factors arXiv:1703.05330, 1908.09398",
                in -> rDstar(WetTables.of(in.sm()), in.le().wet()));
        add(r, "FLtot(B0->D*taunu)", "", "Longitudinal D* polarisation fraction in B -> D* tau nu, q^2-integrated",
                "2 (G000 + G200)/(6 G000), arXiv:1506.03970",
                in -> fLDstar(WetTables.of(in.sm()), in.le().wet()));
        add(r, "Ptau(B->Dtaunu)", "", "tau longitudinal polarisation in B -> D tau nu, q^2-integrated",
                "arXiv:1309.0301 eqs. (13)-(14)", in -> pTauD(WetTables.of(in.sm()), in.le().wet()));
        add(r, "Ptau(B->D*taunu)", "", "tau longitudinal polarisation in B -> D* tau nu, q^2-integrated",
                "arXiv:1309.0301 eqs. (15)-(16)", in -> pTauDstar(WetTables.of(in.sm()), in.le().wet()));
        add(r, "BR(Bc->taunu)", "", "Branching ratio of Bc -> tau nu (all operators)",
                "arXiv:1309.0301 eq. (44)", in -> brBcLNu(WetTables.of(in.sm()), in.le().wet(), TAU));
        add(r, "<Rmue>(B+->Kll)[1.1,6]", "", "BR(B+ -> K+ mu mu)/BR(B+ -> K+ e e) for q^2 in [1.1, 6] GeV^2",
                "arXiv:1506.03970; B -> K form factors arXiv:2305.06301",
                in -> ratio(WetTables.of(in.sm()).kBin, in.le().wet()));
        add(r, "<Rmue>(B0->K*ll)[0.045,1.1]", "", "BR(B0 -> K*0 mu mu)/BR(B0 -> K*0 e e), q^2 in [0.045, 1.1] GeV^2",
                "arXiv:1506.03970; B -> K* form factors arXiv:1503.05534",
                in -> ratio(WetTables.of(in.sm()).kstarLow, in.le().wet()));
        add(r, "<Rmue>(B0->K*ll)[1.1,6]", "", "BR(B0 -> K*0 mu mu)/BR(B0 -> K*0 e e), q^2 in [1.1, 6] GeV^2",
                "arXiv:1506.03970; B -> K* form factors arXiv:1503.05534",
                in -> ratio(WetTables.of(in.sm()).kstarCentral, in.le().wet()));
        String[] llName = {"ee", "mumu", "tautau"};
        for (int l = 0; l < 3; l++) {
            int lep = l;
            add(r, "BR(Bs->" + llName[l] + ")", "", "Time-integrated branching ratio of Bs -> " + llName[l],
                    "arXiv:1204.1737 eqs. (3)-(6), (21)", in -> brBqLL(WetTables.of(in.sm()), in.le().wet(), 0, lep));
        }
        add(r, "BR(B0->mumu)", "", "Branching ratio of B0 -> mu mu", "arXiv:1204.1737 eqs. (3)-(6)",
                in -> brBqLL(WetTables.of(in.sm()), in.le().wet(), 1, MU));
        // B -> K(*) nu nu: lifetime times the q^2-integrated quadratic form, summed over neutrino flavours
        record NuNuMode(String name, String description, ToDoubleFunction<WetTables> lifetime,
                        Function<WetTables, QuadraticForm> form) {
        }
        for (NuNuMode m : List.of(
                new NuNuMode("BR(B+->Knunu)", "BR(B+ -> K+ nu nu), short distance, summed over neutrino flavours",
                        t -> t.tauBplus, t -> t.kPlusNuNu),
                new NuNuMode("BR(B0->Knunu)", "BR(B0 -> K0 nu nu), summed over neutrino flavours",
                        t -> t.tauB0, t -> t.k0NuNu),
                new NuNuMode("BR(B0->K*nunu)", "BR(B0 -> K*0 nu nu), summed over neutrino flavours",
                        t -> t.tauB0, t -> t.kstar0NuNu),
                new NuNuMode("BR(B+->K*nunu)", "BR(B+ -> K*+ nu nu), summed over neutrino flavours",
                        t -> t.tauBplus, t -> t.kstarPlusNuNu))) {
            add(r, m.name(), "", m.description(), "arXiv:1506.03970 with nu nu; arXiv:1409.4557", in -> {
                WetTables t = WetTables.of(in.sm());
                return m.lifetime().applyAsDouble(t) * sumNuNu(m.form().apply(t), in.le().wet());
            });
        }
        add(r, "BR(K+->pinunu)", "", "BR(K+ -> pi+ nu nu), summed over neutrino flavours",
                "arXiv:1503.02693 eq. (1)", in -> brKPlus(WetTables.of(in.sm()), in.le().wet()));
        add(r, "BR(KL->pi0nunu)", "", "BR(K_L -> pi0 nu nu), summed over neutrino flavours (flavio: BR(KL->pinunu))",
                "arXiv:1503.02693 eq. (3)", in -> brKLong(WetTables.of(in.sm()), in.le().wet()));
        add(r, "DeltaM_s", "ps^-1", "Bs mass difference from CVLL_bsbs + SM", "hep-ph/9512380 sec. XII",
                in -> deltaM(WetTables.of(in.sm()), in.le().wet(), 0));
        add(r, "DeltaM_d", "ps^-1", "Bd mass difference from CVLL_bdbd + SM", "hep-ph/9512380 sec. XII",
                in -> deltaM(WetTables.of(in.sm()), in.le().wet(), 1));
        add(r, "BR(tau->mugamma)", "", "BR(tau -> mu gamma) from Cgamma_taumu, Cgamma_mutau", "flavio taulgamma.py; hep-ph/0404211",
                in -> brLLGamma(WetTables.of(in.sm()), in.le().wet(), TAU, MU));
        add(r, "BR(tau->egamma)", "", "BR(tau -> e gamma) from Cgamma_taue, Cgamma_etau", "flavio taulgamma.py; hep-ph/0404211",
                in -> brLLGamma(WetTables.of(in.sm()), in.le().wet(), TAU, E));
        add(r, "BR(mu->egamma)", "", "BR(mu -> e gamma) from Cgamma_mue, Cgamma_emu", "flavio taulgamma.py; hep-ph/0404211",
                in -> brLLGamma(WetTables.of(in.sm()), in.le().wet(), MU, E));
        for (int l = 0; l < 2; l++) {
            String name = "C7_" + WetNames.lepton(l) + WetNames.lepton(l);
            if (WetNames.isKnown(name)) {        // flavio's g-2 dipole; absent from WetNames until it is added
                int idx = WetNames.index(name);
                int lep = l;
                add(r, "Delta_a_" + WetNames.lepton(l), "", "New-physics part of a_" + WetNames.lepton(l)
                        + " from " + name, "flavio physics/mdm.py",
                        in -> LeptonDipoles.deltaA(in.sm().mLepton(lep), in.sm().gF, in.le().wet().re(idx)));
            }
        }
    }

    // ------------------------------------------------------------------ evaluation (allocation-free)

    static double sumNu(QuadraticForm f, WilsonCoefficients w, int lepton) {
        return f.eval(w, BC[lepton][0], lepton == 0) + f.eval(w, BC[lepton][1], lepton == 1)
                + f.eval(w, BC[lepton][2], lepton == 2);
    }

    public static double rD(WetTables t, WilsonCoefficients w) {
        QuadraticForm[] f = t.bclnu.rateD;
        return sumNu(f[TAU], w, TAU) / (0.5 * (sumNu(f[E], w, E) + sumNu(f[MU], w, MU)));
    }

    public static double rDstar(WetTables t, WilsonCoefficients w) {
        QuadraticForm[] f = t.bclnu.rateDstar;
        return sumNu(f[TAU], w, TAU) / (0.5 * (sumNu(f[E], w, E) + sumNu(f[MU], w, MU)));
    }

    public static double fLDstar(WetTables t, WilsonCoefficients w) {
        return sumNu(t.bclnu.dstarLongTau, w, TAU) / sumNu(t.bclnu.rateDstar[TAU], w, TAU);
    }

    public static double pTauD(WetTables t, WilsonCoefficients w) {
        double p = sumNu(t.bclnu.dTauPlus, w, TAU);
        double m = sumNu(t.bclnu.dTauMinus, w, TAU);
        return (p - m) / (p + m);
    }

    public static double pTauDstar(WetTables t, WilsonCoefficients w) {
        double p = sumNu(t.bclnu.dstarTauPlus, w, TAU);
        double m = sumNu(t.bclnu.dstarTauMinus, w, TAU);
        return (p - m) / (p + m);
    }

    /** BR(Bc -> l nu) summed over neutrino flavours. */
    public static double brBcLNu(WetTables t, WilsonCoefficients w, int lepton) {
        double sum = 0;
        for (int n = 0; n < 3; n++) {
            int[] i = BC[lepton][n];
            double sm = n == lepton ? t.etaEw : 0;
            double k = t.bcScalarLepton[lepton];
            double re = sm + w.re(i[1]) - w.re(i[2]) + k * (w.re(i[4]) - w.re(i[3]));
            double im = w.im(i[1]) - w.im(i[2]) + k * (w.im(i[4]) - w.im(i[3]));
            sum += re * re + im * im;
        }
        return t.bcNormLepton[lepton] * sum;
    }

    static double ratio(QuadraticForm[] eMu, WilsonCoefficients w) {
        return eMu[MU].eval(w, BS[MU], true) / eMu[E].eval(w, BS[E], true);
    }

    /** Time-integrated BR(B_q -> l l), q = 0 (s), 1 (d). */
    public static double brBqLL(WetTables t, WilsonCoefficients w, int q, int l) {
        int[] i = BQLL[q][l];
        double pf = t.bllPFactor[q][l];
        double pRe = t.c10Sm + w.re(i[0]) - w.re(i[1]) + pf * (w.re(i[4]) - w.re(i[5]));
        double pIm = w.im(i[0]) - w.im(i[1]) + pf * (w.im(i[4]) - w.im(i[5]));
        double sf = t.bllBeta[q][l] * pf;
        double sRe = sf * (w.re(i[2]) - w.re(i[3]));
        double sIm = sf * (w.im(i[2]) - w.im(i[3]));
        return t.bllNorm[q][l] * (pRe * pRe + pIm * pIm + sRe * sRe + sIm * sIm)
                * LeptonicDecays.timeIntegration(t.yQ[q], pRe, pIm, sRe, sIm);
    }

    static double sumNuNu(QuadraticForm f, WilsonCoefficients w) {
        double sum = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                sum += f.eval(w, BSNN[a][b], a == b);
            }
        }
        return sum;
    }

    public static double brKPlus(WetTables t, WilsonCoefficients w) {
        double sum = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                int i = SDNN[a][b];
                double xRe = (a == b ? t.xT : 0) - t.s2w * w.re(i);
                double xIm = -t.s2w * w.im(i);
                sum += KPiNuNu.kPlusPair(t.kappaPlus, t.deltaEm, t.lambdaCkm, t.lambdaCRe, t.lambdaTRe, t.lambdaTIm,
                        xRe, xIm, t.pC, a == b);
            }
        }
        return sum;
    }

    public static double brKLong(WetTables t, WilsonCoefficients w) {
        double sum = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                int i = SDNN[a][b];
                double xRe = (a == b ? t.xT : 0) - t.s2w * w.re(i);
                double xIm = -t.s2w * w.im(i);
                sum += KPiNuNu.kLongPair(t.kappaL, t.lambdaCkm, t.lambdaTRe, t.lambdaTIm, xRe, xIm);
            }
        }
        return sum;
    }

    /** DeltaM_q in ps^-1, q = 0 (s), 1 (d). */
    public static double deltaM(WetTables t, WilsonCoefficients w, int q) {
        int i = q == 0 ? CVLL_BS : CVLL_BD;
        double re = t.mixCsmRe[q] + w.re(i);
        double im = t.mixCsmIm[q] + w.im(i);
        return t.mixNormPs[q] * Math.sqrt(re * re + im * im);
    }

    public static double brLLGamma(WetTables t, WilsonCoefficients w, int l1, int l2) {
        int i = l1 == TAU ? (l2 == MU ? CG_TAUMU : CG_TAUE) : CG_MUE;
        int j = l1 == TAU ? (l2 == MU ? CG_MUTAU : CG_ETAU) : CG_EMU;
        double tau = l1 == TAU ? t.tauTau : t.tauMu;
        return tau * LeptonDipoles.width(t.mLepton[l1], t.mLepton[l2], w.re(i), w.im(i), j < 0 ? 0 : w.re(j),
                j < 0 ? 0 : w.im(j));
    }
}
