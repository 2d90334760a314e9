package org.lqflav.obs.wet;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.hipparchus.complex.Complex;
import org.lqflav.eft.QcdRunning;
import org.lqflav.math.CMatrix3;
import org.lqflav.obs.wet.bclnu.BclnuForms;
import org.lqflav.obs.wet.bclnu.HqeFormFactors;
import org.lqflav.obs.wet.bsll.BsllForms;
import org.lqflav.obs.wet.bsll.BszFormFactors;
import org.lqflav.obs.wet.mixing.MesonMixing;
import org.lqflav.param.ParameterSet;
import org.lqflav.param.SmInputs;

/**
 * Everything the WET engine precomputes for one parameter set: the q^2-integrated quadratic forms and the constants
 * of the closed-form observables. Built once per {@link ParameterSet} (identity), lazily and thread-safely
 * ({@link #of}); the last set used is held in a volatile field so the per-point lookup neither locks nor allocates.
 * Immutable once built.
 */
public final class WetTables {
    private record Entry(ParameterSet key, WetTables tables) {
    }

    private static volatile Entry last;
    private static final Map<ParameterSet, WetTables> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** The tables of {@code sm}'s parameter set, computed on first use. */
    public static WetTables of(SmInputs sm) {
        ParameterSet p = sm.parameterSet();
        Entry e = last;
        if (e != null && e.key() == p) {
            return e.tables();
        }
        WetTables t;
        synchronized (CACHE) {
            t = CACHE.get(p);
            if (t == null) {
                t = new WetTables(sm);
                CACHE.put(p, t);
            }
        }
        last = new Entry(p, t);
        return t;
    }

    // ---- b -> c l nu
    public final BclnuForms bclnu;
    /** eta_EW = 1 + alpha/pi ln(m_Z/m_b), the SM normalisation of CVL (Sirlin; flavio get_CVLSM). */
    public final double etaEw;
    public final double bcWidthNorm;     // G_F^2 |V_cb|^2 f^2 m m_tau^2 (1 - m_tau^2/m^2)^2/(8 pi) * tau_Bc
    public final double bcScalar;        // m_Bc^2/(m_tau (m_b + m_c))
    public final double[] bcNormLepton = new double[3];
    public final double[] bcScalarLepton = new double[3];

    // ---- b -> s l l
    /** [lepton e=0, mu=1] binned rates: R_K [1.1, 6], R_K* [0.045, 1.1], R_K* [1.1, 6]. */
    public final QuadraticForm[] kBin = new QuadraticForm[2];
    public final QuadraticForm[] kstarLow = new QuadraticForm[2];
    public final QuadraticForm[] kstarCentral = new QuadraticForm[2];
    /** B_q -> l l: [q = s, d][lepton]: width norm x lifetime, P-factor, beta; C10 SM; y_q. */
    public final double[][] bllNorm = new double[2][3];
    public final double[][] bllPFactor = new double[2][3];
    public final double[][] bllBeta = new double[2][3];
    public final double c10Sm;
    public final double[] yQ = new double[2];

    // ---- b -> s nu nu
    public final QuadraticForm kPlusNuNu;
    public final QuadraticForm k0NuNu;
    public final QuadraticForm kstar0NuNu;
    public final QuadraticForm kstarPlusNuNu;
    public final double tauBplus;
    public final double tauB0;

    // ---- s -> d nu nu
    public final double kappaPlus;
    public final double kappaL;
    public final double deltaEm;
    public final double lambdaCkm;
    public final double lambdaCRe;
    public final double lambdaTRe;
    public final double lambdaTIm;
    public final double xT;
    public final double pC;
    public final double s2w;

    // ---- mixing: [s, d]
    public final double[] mixNormPs = new double[2];
    public final double[] mixCsmRe = new double[2];
    public final double[] mixCsmIm = new double[2];

    // ---- leptons
    public final double[] mLepton = new double[3];
    public final double tauTau;
    public final double tauMu;
    public final double gF;

    private WetTables(SmInputs sm) {
        ParameterSet p = sm.parameterSet();
        CMatrix3 v = sm.ckm;
        double hbar = p.value("hbar");
        gF = sm.gF;
        for (int l = 0; l < 3; l++) {
            mLepton[l] = sm.mLepton(l);
        }
        tauTau = sm.tauTau;
        tauMu = sm.tauMu;
        QcdRunning qcd = RunningMasses.qcd(sm);
        double mb = sm.mDown(2);
        double mc = RunningMasses.mcAtMb(sm);
        double ms = RunningMasses.msAtMb(sm);

        // b -> c l nu
        etaEw = 1 + sm.alphaEm / Math.PI * Math.log(sm.mZ / mb);
        double vcb = v.get(1, 2).norm();
        double mB0 = p.value("m_B0");
        bclnu = new BclnuForms(new BclnuForms.Inputs(mB0, p.value("m_Dplus"), p.value("m_Dstarplus"), mb, mc, gF, vcb,
                etaEw, mLepton.clone()), new HqeFormFactors(HqeFormFactors.Parameters.of(p)));
        double mBc = p.value("m_Bc");
        double fBc = p.value("f_Bc");
        double tauBc = p.value("tau_Bc") / hbar;
        for (int l = 0; l < 3; l++) {
            double ml = mLepton[l];
            double f = 1 - ml * ml / (mBc * mBc);
            bcNormLepton[l] = tauBc * gF * gF * vcb * vcb * fBc * fBc * mBc * ml * ml * f * f / (8 * Math.PI);
            bcScalarLepton[l] = mBc * mBc / (ml * (mb + mc));
        }
        bcWidthNorm = bcNormLepton[2];
        bcScalar = bcScalarLepton[2];

        // b -> s l l
        double alphaMb = p.value("alpha_em_mb");
        Complex lambdaTs = v.get(2, 2).multiply(v.get(2, 1).conjugate());
        double[] c1to6 = new double[6];
        for (int i = 0; i < 6; i++) {
            c1to6[i] = p.value("C" + (i + 1) + "_SM_bs");
        }
        c10Sm = p.value("C10_SM");
        double normBs = 4 * gF / Math.sqrt(2) * lambdaTs.norm() * alphaMb / (4 * Math.PI);
        BsllForms.Inputs bs = new BsllForms.Inputs(mb, ms, sm.mUp(1), c1to6, p.value("C7eff_SM_bs"),
                p.value("C9_SM_bs"), c10Sm, normBs);
        double mBplus = p.value("m_Bplus");
        double mKplus = p.value("m_Kplus");
        double mKstar0 = p.value("m_Kstar0");
        BszFormFactors bsz = new BszFormFactors(p, mB0, mKstar0);
        for (int l = 0; l < 2; l++) {
            kBin[l] = BsllForms.bToK(1.1, 6.0, mBplus, mKplus, mLepton[l], bs, bsz);
            kstarLow[l] = BsllForms.bToKstar(0.045, 1.1, mB0, mKstar0, mLepton[l], bs, bsz);
            kstarCentral[l] = BsllForms.bToKstar(1.1, 6.0, mB0, mKstar0, mLepton[l], bs, bsz);
        }
        double[] mBq = {sm.mBs, mB0};
        double[] fBq = {sm.fBs, p.value("f_B0")};
        double[] tauBq = {sm.tauBs, p.value("tau_B0") / hbar};
        double[] mq = {ms, RunningMasses.run(sm.mDown(0), 2.0, mb, qcd)};
        Complex lambdaTd = v.get(2, 2).multiply(v.get(2, 0).conjugate());
        double[] lt2 = {lambdaTs.norm() * lambdaTs.norm(), lambdaTd.norm() * lambdaTd.norm()};
        for (int q = 0; q < 2; q++) {
            for (int l = 0; l < 3; l++) {
                double ml = mLepton[l];
                bllBeta[q][l] = Math.sqrt(1 - 4 * ml * ml / (mBq[q] * mBq[q]));
                bllPFactor[q][l] = mBq[q] * mBq[q] / (2 * ml) * mb / (mb + mq[q]);
                bllNorm[q][l] = tauBq[q] * gF * gF * alphaMb * alphaMb * lt2[q] * fBq[q] * fBq[q] * mBq[q] * ml * ml
                        * bllBeta[q][l] / (16 * Math.PI * Math.PI * Math.PI);
            }
        }
        yQ[0] = p.value("DeltaGamma_s") * 1e12 * hbar * sm.tauBs / 2;
        yQ[1] = 0;

        // b -> s nu nu: C_L^SM = -X_t/s_W^2 (docs/conventions.md#wet)
        double clSm = -sm.xT / sm.s2w;
        double normNu = 4 * gF / Math.sqrt(2) * lambdaTs.norm() * alphaMb / (4 * Math.PI);
        kPlusNuNu = BsllForms.nunu(false, mBplus, mKplus, mb, ms, clSm, normNu, bsz);
        k0NuNu = BsllForms.nunu(false, mB0, p.value("m_K0"), mb, ms, clSm, normNu, bsz);
        kstar0NuNu = BsllForms.nunu(true, mB0, mKstar0, mb, ms, clSm, normNu, bsz);
        kstarPlusNuNu = BsllForms.nunu(true, mBplus, p.value("m_Kstarplus"), mb, ms, clSm, normNu, bsz);
        tauBplus = p.value("tau_Bplus") / hbar;
        tauB0 = p.value("tau_B0") / hbar;

        // s -> d nu nu
        lambdaCkm = p.value("ckm_lambda");
        double scale8 = Math.pow(lambdaCkm / 0.225, 8);
        kappaPlus = p.value("kappa_plus") * scale8;
        kappaL = p.value("kappa_L") * scale8;
        deltaEm = p.value("Delta_EM_Kpinunu");
        pC = p.value("P_c_Kpinunu");
        xT = sm.xT;
        s2w = sm.s2w;
        Complex lc = v.get(1, 1).conjugate().multiply(v.get(1, 0));
        Complex lt = v.get(2, 1).conjugate().multiply(v.get(2, 0));
        lambdaCRe = lc.getReal();
        lambdaTRe = lt.getReal();
        lambdaTIm = lt.getImaginary();

        // mixing
        double xt = Math.pow(p.value("m_t_MSbar") / sm.mW, 2);
        double loop = gF * gF * sm.mW * sm.mW / (4 * Math.PI * Math.PI) * p.value("eta_B")
                * MesonMixing.bFactor(qcd.alphaS(mb)) * MesonMixing.s0(xt);
        double[] bag = {p.value("bag_Bs_1"), p.value("bag_B0_1")};
        Complex[] ltq = {lambdaTs, lambdaTd};
        for (int q = 0; q < 2; q++) {
            Complex c = ltq[q].multiply(ltq[q]).multiply(-loop);
            mixCsmRe[q] = c.getReal();
            mixCsmIm[q] = c.getImaginary();
            mixNormPs[q] = 2.0 / 3 * mBq[q] * fBq[q] * fBq[q] * bag[q] / hbar * 1e-12;
        }
    }
}
