package org.lqflav.param;

import org.hipparchus.complex.Complex;
import org.lqflav.math.CMatrix3;

/**
 * Typed, immutable view of a {@link ParameterSet}: the numbers formulas take as arguments, in GeV units
 * (lifetimes converted to GeV^-1). Built once per parameter set, so no lookups happen per point.
 * Generation indices are 0-based: up = (u, c, t), down = (d, s, b), leptons = (e, mu, tau).
 */
public final class SmInputs {
    public final String name;
    public final double alphaEm;
    public final double alphaS;
    public final double gF;
    public final double v;
    public final double mZ;
    public final double gammaZ;
    public final double mW;
    /** On-shell sin^2 theta_W (docs/conventions.md#electroweak). */
    public final double s2w;
    private final double[] mUp;
    private final double[] mDown;
    private final double[] mLepton;
    /** Lifetimes in GeV^-1. */
    public final double tauMu;
    public final double tauTau;
    public final double tauBs;
    public final double mBs;
    public final double fBs;
    public final double c10Sm;
    public final double rDSm;
    public final double rDstSm;
    public final double brBcTauNuSm;
    public final double xT;
    public final double bsMixingSmLoop;
    public final double mPhi;
    public final double fPhi;
    public final double mEta;
    public final double fEta;
    public final double mEtaPrime;
    public final double fEtaPrime;
    /** CKM matrix V_{ij}, i = up-type (u,c,t), j = down-type (d,s,b). */
    public final CMatrix3 ckm;
    private final ParameterSet set;

    public SmInputs(ParameterSet p) {
        this.set = p;
        name = p.name();
        alphaEm = p.value("alpha_em");
        alphaS = p.value("alpha_s");
        gF = p.value("G_F");
        v = p.value("v");
        mZ = p.value("m_Z");
        gammaZ = p.value("Gamma_Z");
        mW = p.value("m_W");
        s2w = p.value("sin2_thetaW");
        mUp = new double[] {p.value("m_u"), p.value("m_c"), p.value("m_t")};
        mDown = new double[] {p.value("m_d"), p.value("m_s"), p.value("m_b")};
        mLepton = new double[] {p.value("m_e"), p.value("m_mu"), p.value("m_tau")};
        double hbar = p.value("hbar");
        tauMu = p.value("tau_mu") / hbar;
        tauTau = p.value("tau_tau") / hbar;
        tauBs = p.value("tau_Bs") / hbar;
        mBs = p.value("m_Bs");
        fBs = p.value("f_Bs");
        c10Sm = p.value("C10_SM");
        rDSm = p.value("R_D_SM");
        rDstSm = p.value("R_Dst_SM");
        brBcTauNuSm = p.value("BR_Bc_taunu_SM");
        xT = p.value("X_t");
        bsMixingSmLoop = p.value("Bs_mixing_SM_loop");
        mPhi = p.value("m_phi");
        fPhi = p.value("f_phi");
        mEta = p.value("m_eta");
        fEta = p.value("f_eta");
        mEtaPrime = p.value("m_etap");
        fEtaPrime = p.value("f_etap");
        ckm = ckm(p);
    }

    public static SmInputs of(String builtInName) {
        return ParameterSet.builtIn(builtInName).smInputs();
    }

    public ParameterSet parameterSet() {
        return set;
    }

    public double mUp(int i) {
        return mUp[i];
    }

    public double mDown(int i) {
        return mDown[i];
    }

    public double mLepton(int i) {
        return mLepton[i];
    }

    /** Mass of the muon-capture nucleus data: overlap integral V^(p) for NUCLEUS in {Au, Al, Ti}. */
    public double nuclearVp(String nucleus) {
        return nucleus(nucleus)[0];
    }

    public double nuclearVn(String nucleus) {
        return nucleus(nucleus)[1];
    }

    /** Muon capture rate in GeV. */
    public double captureRate(String nucleus) {
        return nucleus(nucleus)[2];
    }

    /** V^(p), V^(n), capture rate (GeV) of a nucleus, looked up once (scan loops read them without allocating). */
    private double[] nucleus(String nucleus) {
        double[] d = nuclei.get(nucleus);
        if (d == null) {
            d = new double[] {set.value(nucleus + "_V_p"), set.value(nucleus + "_V_n"),
                set.value(nucleus + "_capture") * set.value("hbar")};
            nuclei.putIfAbsent(nucleus, d);
        }
        return d;
    }

    private final java.util.Map<String, double[]> nuclei = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * CKM from Wolfenstein parameters. {@code wolfenstein3}: seed000 eq. (97), truncated at O(lambda^3),
     * with V_ub = A lambda^3 (rho - i eta), V_td = A lambda^3 (1 - rho - i eta); not unitary.
     * {@code standard}: exact PDG standard parametrisation from (lambda, A, rho-bar, eta-bar), PDG CKM review
     * eqs. (12.4)-(12.5); unitary.
     */
    static CMatrix3 ckm(ParameterSet p) {
        double l = p.value("ckm_lambda");
        double a = p.value("ckm_A");
        double rho = p.value("ckm_rho");
        double eta = p.value("ckm_eta");
        if (p.ckmParametrisation().equals("wolfenstein3")) {
            double l2 = l * l;
            double l3 = l2 * l;
            double[][] re = {
                {1 - l2 / 2, l, a * l3 * rho},
                {-l, 1 - l2 / 2, a * l2},
                {a * l3 * (1 - rho), -a * l2, 1}};
            double[][] im = {{0, 0, -a * l3 * eta}, {0, 0, 0}, {-a * l3 * eta, 0, 0}};
            return CMatrix3.of(re, im);
        }
        return ckmStandard(l, a, rho, eta);
    }

    /**
     * The exact PDG standard parametrisation from Wolfenstein (lambda, A, rho-bar, eta-bar), PDG CKM review
     * eqs. (12.4)-(12.5); unitary. V_{ij}, i = u, c, t and j = d, s, b.
     */
    public static CMatrix3 ckmStandard(double l, double a, double rho, double eta) {
        double s12 = l;
        double s23 = a * l * l;        Complex rhoEta = new Complex(rho, eta);
        // s13 e^{i delta} = A l^3 (rho+i eta) sqrt(1 - A^2 l^4) / (sqrt(1 - l^2) [1 - A^2 l^4 (rho + i eta)])
        Complex s13e = rhoEta.multiply(a * l * l * l * Math.sqrt(1 - a * a * Math.pow(l, 4)))
                .divide(Complex.ONE.subtract(rhoEta.multiply(a * a * Math.pow(l, 4))).multiply(Math.sqrt(1 - l * l)));
        double s13 = s13e.norm();
        Complex eid = s13 == 0 ? Complex.ONE : s13e.divide(s13);
        double c12 = Math.sqrt(1 - s12 * s12);
        double c23 = Math.sqrt(1 - s23 * s23);
        double c13 = Math.sqrt(1 - s13 * s13);
        Complex[][] v = new Complex[3][3];
        v[0][0] = new Complex(c12 * c13);
        v[0][1] = new Complex(s12 * c13);
        v[0][2] = eid.conjugate().multiply(s13);
        v[1][0] = new Complex(-s12 * c23).subtract(eid.multiply(c12 * s23 * s13));
        v[1][1] = new Complex(c12 * c23).subtract(eid.multiply(s12 * s23 * s13));
        v[1][2] = new Complex(s23 * c13);
        v[2][0] = new Complex(s12 * s23).subtract(eid.multiply(c12 * c23 * s13));
        v[2][1] = new Complex(-c12 * s23).subtract(eid.multiply(s12 * c23 * s13));
        v[2][2] = new Complex(c23 * c13);
        return CMatrix3.of(v);
    }}
