package org.lqflav.obs.lfv;

import java.util.Set;
import static org.lqflav.math.ComplexMath.abs2;

import org.hipparchus.complex.Complex;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.TauMeson;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.Inputs;
import org.lqflav.obs.Leptons;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.SmInputs;

/** Charged lepton flavour violation: l -> l' gamma, l -> 3l, mu-e conversion, tau -> l P. */
public final class LfvObservables {
    private LfvObservables() {
    }

    /** BR(l -> l' gamma) = tau_l alpha m_l^3 (|sigma_L|^2 + |sigma_R|^2) / 4, seed000 eq. (40). */
    static double radiative(double lifetime, double alpha, double mass, Complex sigmaL, Complex sigmaR) {
        return lifetime * alpha * mass * mass * mass * (abs2(sigmaL) + abs2(sigmaR)) / 4;
    }

    /**
     * Coefficients of the penguin bilinears in the brackets of seed000 eqs. (48)-(49): |T1|^2, the T2 log offset,
     * Re(T1 T2*), |Z|^2 with the same-chirality and crossed lepton couplings, Re(T1 Z*) and Re(T2 Z*) likewise.
     */
    private record ThreeBody(double t1, double t2Offset, double t1t2, double zDiag, double zCross, double t1zDiag,
                             double t1zCross, double t2zDiag, double t2zCross) {
    }

    /** seed000 eq. (48): three leptons of one flavour. */
    private static final ThreeBody EQ48 = new ThreeBody(1, -22.0 / 3, -4, 2.0 / 3, 1.0 / 3, 4.0 / 3, 2.0 / 3,
            -8.0 / 3, -4.0 / 3);
    /** seed000 eq. (49): l_i -> l_m l_n l_n-bar, m != n. */
    private static final ThreeBody EQ49 = new ThreeBody(2.0 / 3, -8, -8.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3, 2.0 / 3,
            -4.0 / 3, -4.0 / 3);

    /** BR(l_i -> 3 l_n) for three leptons of one flavour, seed000 eq. (48); penguins of the i -> n transition. */
    static double threeSame(Inputs in, int i, int n) {
        return threeBody(in, i, n, n, EQ48);
    }

    /** BR(l_i -> l_m l_n l_n-bar), m != n, seed000 eq. (49); penguins of the i -> m transition. */
    static double threeMixed(Inputs in, int i, int m, int n) {
        return threeBody(in, i, m, n, EQ49);
    }

    /**
     * alpha^2 m_i^5/(32 pi Gamma_i) times the bracket of eq. (48) or (49) for the i -> f penguins (seed000
     * eqs. (50)-(59)), with the log of m_i/m_n, n the flavour of the lepton pair; Z_L gL and friends use the
     * charged-lepton couplings gL = -1/2 + s_W^2, gR = s_W^2.
     */
    private static double threeBody(Inputs in, int i, int f, int n, ThreeBody c) {
        SmInputs sm = in.sm();
        LowEnergy le = in.le();
        double t1LRe = le.t1LRe(i, f);
        double t1LIm = le.t1LIm(i, f);
        double t1RRe = le.t1RRe(i, f);
        double t1RIm = le.t1RIm(i, f);
        double t2LRe = le.t2LRe(i, f);
        double t2LIm = le.t2LIm(i, f);
        double t2RRe = le.t2RRe(i, f);
        double t2RIm = le.t2RIm(i, f);
        double zLRe = le.zLRe(i, f);
        double zLIm = le.zLIm(i, f);
        double zRRe = le.zRRe(i, f);
        double zRIm = le.zRIm(i, f);
        double gL = -0.5 + sm.s2w;
        double gR = sm.s2w;
        double log = 16.0 / 3 * Math.log(sm.mLepton(i) / sm.mLepton(n));
        double aZL = norm2(zLRe, zLIm);
        double aZR = norm2(zRRe, zRIm);
        double t1LzL = rtc(t1LRe, t1LIm, zLRe, zLIm);
        double t1RzR = rtc(t1RRe, t1RIm, zRRe, zRIm);
        double t2RzL = rtc(t2RRe, t2RIm, zLRe, zLIm);
        double t2LzR = rtc(t2LRe, t2LIm, zRRe, zRIm);
        double bracket = c.t1() * (norm2(t1LRe, t1LIm) + norm2(t1RRe, t1RIm))
                + (norm2(t2LRe, t2LIm) + norm2(t2RRe, t2RIm)) * (log + c.t2Offset())
                + c.t1t2() * (rtc(t1LRe, t1LIm, t2RRe, t2RIm) + rtc(t2LRe, t2LIm, t1RRe, t1RIm))
                + c.zDiag() * (aZL * gL * gL + aZR * gR * gR) + c.zCross() * (aZL * gR * gR + aZR * gL * gL)
                + c.t1zDiag() * (t1LzL * gL + t1RzR * gR) + c.t1zCross() * (t1LzL * gR + t1RzR * gL)
                + c.t2zDiag() * (t2RzL * gL + t2LzR * gR) + c.t2zCross() * (t2LzR * gL + t2RzL * gR);
        return prefactor(sm, i) * bracket;
    }

    /** |z|^2. */
    private static double norm2(double re, double im) {
        return re * re + im * im;
    }

    /** Re(a b*). */
    private static double rtc(double aRe, double aIm, double bRe, double bIm) {
        return aRe * bRe + aIm * bIm;
    }

    /** alpha^2 m_i^5 / (32 pi Gamma_i), seed000 eqs. (48)-(49). */
    private static double prefactor(SmInputs sm, int i) {
        double m = sm.mLepton(i);
        return sm.alphaEm * sm.alphaEm * Math.pow(m, 5) * lifetime(sm, i) / (32 * Math.PI);
    }

    private static double lifetime(SmInputs sm, int l) {
        if (l == Leptons.MU) {
            return sm.tauMu;
        }
        if (l == Leptons.TAU) {
            return sm.tauTau;
        }
        throw new IllegalArgumentException("the electron does not decay");
    }

    /**
     * CR(mu -> e, N) = 2 G_F^2 |(2 V^(p) + V^(n)) g_LV^(u)|^2 m_mu^5 / Gamma_capt, seed000 eqs. (72)-(73) with
     * the bracket read as (2 V^(p) + V^(n)) g (printed "(2V(p) + g V(n)) g", a typo; docs/conventions.md).
     */
    static double muEConversion(double gF, double vp, double vn, double gLVuRe, double gLVuIm, double mMu,
                                double captureGeV) {
        return 2 * gF * gF * norm2(gLVuRe, gLVuIm) * (2 * vp + vn) * (2 * vp + vn) * Math.pow(mMu, 5) / captureGeV;
    }

    /**
     * Gamma(tau -> l P) with m_l = 0 and beta_P = 0, seed000 eq. (85): f_P^2 lambda^{1/2} (m_tau^2 - m_P^2)
     * |alpha_P|^2 / (128 pi m_tau^3), lambda^{1/2} = m_tau^2 - m_P^2; times (1 + 2 m_P^2/m_tau^2) for a vector
     * meson (the phi), the longitudinal+transverse sum the pseudoscalar form lacks (docs/conventions.md#tau-lp).
     */
    static double tauToLeptonMeson(double mTau, double mP, double fP, double alphaRe, double alphaIm, boolean vector) {
        double lam = mTau * mTau - mP * mP;
        double width = fP * fP * lam * lam * norm2(alphaRe, alphaIm) / (128 * Math.PI * Math.pow(mTau, 3));
        return vector ? width * (1 + 2 * mP * mP / (mTau * mTau)) : width;
    }

    public static void register(ObservableRegistry r) {
        int[][] radiative = {{Leptons.MU, Leptons.E}, {Leptons.TAU, Leptons.E}, {Leptons.TAU, Leptons.MU}};
        for (int[] p : radiative) {
            int i = p[0];
            int f = p[1];
            String name = "BR(" + Leptons.name(i) + "->" + Leptons.name(f) + "gamma)";
            r.add(new ObservableSpec(name, "", "Branching ratio of " + Leptons.name(i) + " -> "
                    + Leptons.name(f) + " gamma", "seed000 eq. (40)",
                    Set.of(Part.DIPOLES),
                    in -> radiative(lifetime(in.sm(), i), in.sm().alphaEm, in.sm().mLepton(i),
                            in.le().dipoleL(i, f), in.le().dipoleR(i, f))));
        }
        int[][] same = {{Leptons.MU, Leptons.E}, {Leptons.TAU, Leptons.E}, {Leptons.TAU, Leptons.MU}};
        for (int[] p : same) {
            int i = p[0];
            int n = p[1];
            String f = Leptons.name(n);
            r.add(new ObservableSpec("BR(" + Leptons.name(i) + "->" + f + f + f + ")", "",
                    "Branching ratio of " + Leptons.name(i) + " -> 3 " + f + " (photon and Z penguins, no boxes)",
                    "seed000 eqs. (48), (50)-(59)", Set.of(Part.LFV_PENGUINS),
                    in -> threeSame(in, i, n)));
        }
        int[][] mixed = {{Leptons.MU, Leptons.E}, {Leptons.E, Leptons.MU}};
        for (int[] p : mixed) {
            int m = p[0];
            int n = p[1];
            String name = "BR(tau->" + Leptons.name(m) + Leptons.name(n) + Leptons.name(n) + ")";
            r.add(new ObservableSpec(name, "", "Branching ratio of tau- -> " + Leptons.name(m) + "- "
                    + Leptons.name(n) + "+ " + Leptons.name(n) + "- (photon and Z penguins, no boxes)",
                    "seed000 eqs. (49)-(59)", Set.of(Part.LFV_PENGUINS),
                    in -> threeMixed(in, Leptons.TAU, m, n)));
        }
        for (String nucleus : new String[] {"Au", "Al", "Ti"}) {
            r.add(new ObservableSpec("CR(mu->e, " + nucleus + ")", "", "mu - e conversion rate in " + nucleus
                    + " over the muon capture rate", "seed000 eqs. (72)-(74)",
                    Set.of(Part.MU_E_CONVERSION),
                    in -> muEConversion(in.sm().gF, in.sm().nuclearVp(nucleus), in.sm().nuclearVn(nucleus),
                            in.le().gLVuRe(Leptons.MU, Leptons.E), in.le().gLVuIm(Leptons.MU, Leptons.E),
                            in.sm().mLepton(Leptons.MU),
                            in.sm().captureRate(nucleus))));
        }
        for (int l = 0; l < 2; l++) {
            int lep = l;
            String ln = Leptons.name(l);
            r.add(new ObservableSpec("BR(tau->phi" + ln + ")", "", "Branching ratio of tau -> phi " + ln,
                    "seed000 eqs. (85)-(86), vector-meson factor (1 + 2 m_phi^2/m_tau^2)",
                    Set.of(Part.TAU_TO_LEPTON_MESON),
                    in -> in.sm().tauTau * tauToLeptonMeson(in.sm().mLepton(Leptons.TAU), in.sm().mPhi,
                            in.sm().fPhi, in.le().alphaTauPRe(TauMeson.PHI, lep),
                            in.le().alphaTauPIm(TauMeson.PHI, lep), true)));
            r.add(new ObservableSpec("BR(tau->eta" + ln + ")", "", "Branching ratio of tau -> eta " + ln,
                    "seed000 eqs. (85), (87)",
                    Set.of(Part.TAU_TO_LEPTON_MESON),
                    in -> in.sm().tauTau * tauToLeptonMeson(in.sm().mLepton(Leptons.TAU), in.sm().mEta,
                            in.sm().fEta, in.le().alphaTauPRe(TauMeson.ETA, lep),
                            in.le().alphaTauPIm(TauMeson.ETA, lep), false)));
            r.add(new ObservableSpec("BR(tau->eta'" + ln + ")", "", "Branching ratio of tau -> eta' " + ln,
                    "seed000 eqs. (85), (88)",
                    Set.of(Part.TAU_TO_LEPTON_MESON),
                    in -> in.sm().tauTau * tauToLeptonMeson(in.sm().mLepton(Leptons.TAU), in.sm().mEtaPrime,
                            in.sm().fEtaPrime, in.le().alphaTauPRe(TauMeson.ETA_PRIME, lep),
                            in.le().alphaTauPIm(TauMeson.ETA_PRIME, lep), false)));
        }
    }
}
