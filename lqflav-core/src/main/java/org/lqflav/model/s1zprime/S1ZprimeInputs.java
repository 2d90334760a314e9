package org.lqflav.model.s1zprime;

import org.lqflav.math.CMatrix3;
import org.lqflav.param.ParameterSet;
import org.lqflav.param.SmInputs;

/**
 * The SM and hadronic inputs of the seed-004 model, read once per parameter set: the set-wide keys (G_F, alpha(0),
 * alpha_s, masses, hbar) and the seed-004 keys {@code seed004_*} (parameter files {@code *-seed004.yaml}). The
 * model follows its paper's CKM (sec. IV), not the set's {@code ckm_*} (docs/conventions.md#s1zprime). GeV units;
 * lifetimes in GeV^-1. Immutable.
 *
 * @param ckmPaper  the paper's CKM (standard parametrisation, V_ts and V_td as printed)
 * @param ckmExact  the standard parametrisation of the same (lambda, A, rho, eta), unitary
 */
public record S1ZprimeInputs(
        String setName,
        double gF, double alpha0, double alphaSmZ, double mZ, double mb, double mc, double me, double mMu,
        double mTau, double hbar,
        double lambda, double a, double rho, double eta, double vts, CMatrix3 ckmPaper, CMatrix3 ckmExact,
        double xT, double alphaMZ, double s2w, double pc, double deltaEm, double kappaPlus,
        double brBpKnunuSm, double brB0KstnunuSm, double brKpPinunuSm, double brKLPinunuSm,
        double rDSm, double rDstSm, double pTauDSm, double pTauDstSm, double fLDstSm, double brBcTauNuSm,
        double mBc, double runningS, double runningT,
        double fKsqrtBK, double fBdSqrtBBd, double fBsSqrtBBs, double mK0, double mB0, double mBs,
        double mBp, double mKp, double mKst0, double tauBp, double tauB0, double fPlusBK, double a12BKst,
        double mt, double mW) {

    /** The last set read (parameter sets are immutable), so that a scan over one set reads it once. */
    private record Cached(ParameterSet set, S1ZprimeInputs inputs) {
    }

    private static volatile Cached last;

    /** The inputs of {@code sm}'s parameter set; a set lacking a key is a user error naming the key. */
    public static S1ZprimeInputs of(SmInputs sm) {
        ParameterSet p = sm.parameterSet();
        Cached c = last;
        if (c != null && c.set() == p) {
            return c.inputs();
        }
        S1ZprimeInputs in = read(sm, p);
        last = new Cached(p, in);
        return in;
    }

    private static S1ZprimeInputs read(SmInputs sm, ParameterSet p) {
        double hbar = p.value("hbar");
        double lambda = p.value("seed004_ckm_lambda");
        double a = p.value("seed004_ckm_A");
        double rho = p.value("seed004_ckm_rho");
        double eta = p.value("seed004_ckm_eta");
        double vts = p.value("seed004_V_ts");
        return new S1ZprimeInputs(p.name(),
                sm.gF, sm.alphaEm, sm.alphaS, sm.mZ, sm.mDown(2), sm.mUp(1), sm.mLepton(0), sm.mLepton(1),
                sm.mLepton(2), hbar,
                lambda, a, rho, eta, vts, S1ZprimeFormulas.ckmPaper(lambda, a, rho, eta, vts),
                SmInputs.ckmStandard(lambda, a, rho, eta),
                p.value("seed004_X_t"), p.value("seed004_alpha_em_mZ"), p.value("seed004_s2w_MSbar"),
                p.value("seed004_P_c"), p.value("seed004_Delta_EM"), p.value("seed004_kappa_plus"),
                p.value("seed004_BR_BpKnunu_SM"), p.value("seed004_BR_B0Kstnunu_SM"),
                p.value("seed004_BR_KpPinunu_SM"), p.value("seed004_BR_KLPinunu_SM"),
                p.value("seed004_R_D_SM"), p.value("seed004_R_Dst_SM"), p.value("seed004_Ptau_D_SM"),
                p.value("seed004_Ptau_Dst_SM"), p.value("seed004_FL_Dst_SM"), p.value("seed004_BR_Bc_taunu_SM"),
                p.value("seed004_m_Bc"), p.value("seed004_running_S"), p.value("seed004_running_T"),
                p.value("seed004_fK_sqrtBK"), p.value("seed004_fBd_sqrtBBd"), p.value("seed004_fBs_sqrtBBs"),
                p.value("seed004_m_K0"), p.value("seed004_m_B0"), sm.mBs,
                p.value("seed004_m_Bp"), p.value("seed004_m_Kp"), p.value("seed004_m_Kst0"),
                p.value("seed004_tau_Bp") / hbar, p.value("seed004_tau_B0") / hbar,
                p.value("seed004_fplus_BK"), p.value("seed004_A12_BKst"),
                p.value("seed004_m_t"), p.value("seed004_m_W"));
    }

    /** e = sqrt(4 pi alpha(0)): the Z' couples through kinetic mixing at q^2 = m_Z'^2 ~ 0 (eq. (13)). */
    public double e() {
        return Math.sqrt(4 * Math.PI * alpha0);
    }

    /** C_L^SM of eq. (7) with alpha(m_Z) and MS-bar s_W^2. */
    public double cLSm() {
        return S1ZprimeFormulas.cLSm(gF, alphaMZ, s2w);
    }
}
