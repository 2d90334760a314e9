package org.lqflav.model.s1r2xi;

import org.hipparchus.complex.Complex;
import org.lqflav.math.CMatrix3;
import org.lqflav.math.FermionScalarLoop;

/**
 * Seed-001 formulas, one per equation (docs/conventions.md#s1r2xi). Indices are 0-based: up quarks (u, c, t),
 * down quarks (d, s, b), leptons (e, mu, tau). Coupling matrices are [quark][lepton] in the paper's up-quark
 * mass basis (seed001 eq. (2)); {@code fL} here is always the coupling of u_R l_L R^{5/3} (the model's
 * {@code fL_sign} option has been applied), so that seed001 eqs. (2)-(3) hold with it as printed.
 */
final class S1R2XiMatching {
    static final double NC = 3;
    private static final double PI2 = Math.PI * Math.PI;

    private S1R2XiMatching() {
    }

    /** a b*. */
    static Complex timesConj(Complex a, Complex b) {
        return a.multiply(b.conjugate());
    }

    // ------------------------------------------------------------------------------------------ neutrino mass

    /**
     * Two-loop Majorana mass matrix, seed001 eq. (3), in GeV:
     * M = m0I0 {2 yL^T D_u fL + (m_tau/m_t) D_l yR^T fL - (m_tau/m_t) D_l fR^T yL} + transpose, with
     * D_u = diag(m_u, m_c, m_t)/m_t and (m_tau/m_t) D_l = diag(m_e, m_mu, m_tau)/m_t. D_l multiplies the left
     * (charged-lepton) index of yR^T fL and fR^T yL.
     *
     * @param mUp     m_u, m_c, m_t at the leptoquark scale (footnote 4), GeV; m_t is the one in m0
     * @param mLepton m_e, m_mu, m_tau, GeV
     */
    static CMatrix3 neutrinoMass(double m0I0, CMatrix3 yL, CMatrix3 yR, CMatrix3 fR, CMatrix3 fL, double[] mUp,
                                 double[] mLepton) {
        double mt = mUp[2];
        CMatrix3 du = CMatrix3.diagonal(mUp[0] / mt, mUp[1] / mt, 1);
        CMatrix3 dl = CMatrix3.diagonal(mLepton[0] / mt, mLepton[1] / mt, mLepton[2] / mt);
        CMatrix3 x = yL.transpose().times(du).times(fL).scale(2)
                .plus(dl.times(yR.transpose()).times(fL))
                .plus(dl.times(fR.transpose()).times(yL).scale(-1));
        return x.plus(x.transpose()).scale(m0I0);
    }

    /** m0 = 3 g^2 m_t / (sqrt 2 (16 pi^2)^2), GeV, seed001 text below eq. (3). */
    static double m0(double g, double mt) {
        return 3 * g * g * mt / (Math.sqrt(2) * 256 * PI2 * PI2);
    }

    /**
     * Loop function I(M_{a+2}, M_b) of seed001 eq. (5) (derived for M_b / M_{a+2} = 1 + r, r &lt;&lt; 1):
     * 8 (1 - 3q/4) - (5/6) pi^2 (1 - 2q/5) + (M_b^2/m_W^2)(q - 1)(2 - pi^2/3) + (2q - 1) ln(m_W^2/M_b^2),
     * q = M_{a+2} / M_b.
     */
    static double loopI(double mA2, double mB, double mW) {
        double q = mA2 / mB;
        return 8 * (1 - 0.75 * q) - 5.0 / 6 * PI2 * (1 - 0.4 * q) + mB * mB / (mW * mW) * (q - 1) * (2 - PI2 / 3)
                + (2 * q - 1) * Math.log(mW * mW / (mB * mB));
    }

    /**
     * I0 = (1/4) sin 2theta sin 2phi sum_{a,b=1,2} (-1)^{a+b} I(M_{a+2}, M_b), seed001 eq. (4); M1, M2 the
     * charge-2/3 masses, M3, M4 the charge-1/3 masses, theta (1/3) and phi (2/3) in radians.
     */
    static double i0(double theta, double phi, double m1, double m2, double m3, double m4, double mW) {
        double sum = loopI(m3, m1, mW) - loopI(m3, m2, mW) - loopI(m4, m1, mW) + loopI(m4, m2, mW);
        return 0.25 * Math.sin(2 * theta) * Math.sin(2 * phi) * sum;
    }

    // ------------------------------------------------------------------------------------------ dipoles

    /**
     * sigma_{L,R}^{if} (GeV^-1, docs/conventions.md#dipoles) of one scalar with couplings
     * Fbar (A P_R + B P_L) l S^* + h.c. summed over three loop fermions, exact in m_F^2/M^2
     * ({@link FermionScalarLoop}); colour factor N_c = 3.
     *
     * @param a  coupling to l_R, [fermion][lepton]
     * @param b  coupling to l_L, [fermion][lepton]
     * @param mF loop-fermion masses (chirality flip), GeV
     * @param qF Q_F / Q_l; qS = 1 - qF is the scalar's
     * @return {sigmaL, sigmaR}
     */
    static Complex[] dipole(CMatrix3 a, CMatrix3 b, double[] mF, double mS, double qF, int i, int f, double mi,
                            double mf) {
        double qS = 1 - qF;
        Complex l = Complex.ZERO;
        Complex r = Complex.ZERO;
        for (int q = 0; q < 3; q++) {
            double x = mF[q] * mF[q] / (mS * mS);
            double gnc = FermionScalarLoop.nonChiral(x, qF, qS);
            Complex bb = timesConj(b.get(q, i), b.get(q, f));   // B*_f B_i
            Complex aa = timesConj(a.get(q, i), a.get(q, f));   // A*_f A_i
            l = l.add(bb.multiply(mf * gnc)).add(aa.multiply(mi * gnc));
            r = r.add(aa.multiply(mf * gnc)).add(bb.multiply(mi * gnc));
            if (mF[q] > 0) {
                double gch = FermionScalarLoop.chiral(x, qF, qS) * mF[q];
                l = l.add(timesConj(b.get(q, i), a.get(q, f)).multiply(gch));   // A*_f B_i
                r = r.add(timesConj(a.get(q, i), b.get(q, f)).multiply(gch));   // B*_f A_i
            }
        }
        Complex pref = new Complex(0, NC / (16 * PI2 * mS * mS));
        return new Complex[] {pref.multiply(l), pref.multiply(r)};
    }

    // ------------------------------------------------------------------------------------------ tree level

    /**
     * C9^{l l'} = C10^{l l'} of d_k -> d_j l l' from R2^{2/3} (seed001 eq. (2): dbar_L (V^dagger fR) l_R R^{2/3}):
     * L_eff = -fhat_{j l'} fhat*_{k l} / (2 M^2) (dbar_j gamma P_L d_k)(lbar gamma P_R l'), so
     * C9 = C10 = -pi / (2 sqrt2 G_F alpha lambda) fhat_{j l'} fhat*_{k l} / M^2 in the flavio normalisation
     * H = -(4 G_F/sqrt 2) lambda (alpha/4 pi) sum C O (docs/conventions.md#wet), lambda = V_tk V_tj*.
     */
    static Complex c9(CMatrix3 fHat, int j, int k, int l, int lp, double mR2, double gF, double alpha,
                      Complex lambda) {
        return timesConj(fHat.get(j, lp), fHat.get(k, l))
                .multiply(-Math.PI / (2 * Math.sqrt(2) * gF * alpha * mR2 * mR2)).divide(lambda);
    }

    /**
     * C_L^{f i} of d_k -> d_j nu_f nu_i from S1 (seed001 eq. (2): dbar^c_L yhat nu_L S1, yhat = -V^T yL):
     * L_eff = yhat*_{j f} yhat_{k i} / (2 M^2) (dbar_j gamma P_L d_k)(nubar_f gamma P_L nu_i), so
     * C_L = pi / (2 sqrt2 G_F alpha lambda) yhat_{k i} yhat*_{j f} / M^2 (seed000 eq. (82) normalisation,
     * docs/conventions.md#wet), lambda = V_tk V_tj*.
     */
    static Complex cL(CMatrix3 yHat, int j, int k, int f, int i, double mS1, double gF, double alpha,
                      Complex lambda) {
        return timesConj(yHat.get(k, i), yHat.get(j, f))
                .multiply(Math.PI / (2 * Math.sqrt(2) * gF * alpha * mS1 * mS1)).divide(lambda);
    }

    /** 1 / (4 sqrt2 G_F V_cb M^2): the normalisation of b -> c l nu coefficients (flavio, docs/conventions.md#wet). */
    private static Complex bcNorm(double gF, Complex vcb, double m) {
        return Complex.ONE.divide(vcb.multiply(4 * Math.sqrt(2) * gF * m * m));
    }

    /**
     * S1 C_VL^{f i} (charged lepton f, neutrino i) at M_S1: S1 exchange between u^c yL l_L and d^c yhat nu_L
     * (seed001 eq. (2)) gives C_VL = -yhat_{b i} yL*_{c f} / (4 sqrt2 G_F V_cb M^2) (Fierz; the sign pattern of
     * Sakaki et al., arXiv:1309.0301, with their g_1L^{b nu} = -yhat).
     */
    static Complex s1VectorL(CMatrix3 yHat, CMatrix3 yL, int f, int i, double mS1, double gF, Complex vcb) {
        return timesConj(yHat.get(2, i), yL.get(1, f)).negate().multiply(bcNorm(gF, vcb, mS1));
    }

    /**
     * S1 C_SL^{f i} at M_S1: C_SL = yhat_{b i} yR*_{c f} / (4 sqrt2 G_F V_cb M^2) and C_T = -C_SL / 4
     * (Fierz of u^c yR l_R with d^c yhat nu_L; cf. Sakaki et al., arXiv:1309.0301).
     */
    static Complex s1ScalarL(CMatrix3 yHat, CMatrix3 yR, int f, int i, double mS1, double gF, Complex vcb) {
        return timesConj(yHat.get(2, i), yR.get(1, f)).multiply(bcNorm(gF, vcb, mS1));
    }

    /**
     * R2 C_SL^{f i} at M_R2: R2^{2/3} exchange between ubar_R (-fL) nu_L and dbar_L fhat l_R (seed001 eq. (2))
     * gives C_SL = -fL_{c i} fhat*_{b f} / (4 sqrt2 G_F V_cb M^2) and C_T = +C_SL / 4 (Fierz; cf. Becirevic et al.,
     * arXiv:1608.08501, C_S = 4 C_T for R2).
     */
    static Complex r2ScalarL(CMatrix3 fL, CMatrix3 fHat, int f, int i, double mR2, double gF, Complex vcb) {
        return timesConj(fL.get(1, i), fHat.get(2, f)).negate().multiply(bcNorm(gF, vcb, mR2));
    }

    // ------------------------------------------------------------------------------------------ NSI

    /**
     * Charged-current NSI, seed001 eq. (6): eps_{ab} = 3/(4 sqrt2 G_F) (fL*_{u a} fL_{u b} / M_R2^2
     * + yhat*_{d a} yhat_{d b} / M_S1^2). The printed yhat_{d a} yhat_{d b} is read as yhat* yhat (hermitian
     * eps; identical for real couplings).
     */
    static Complex nsi(CMatrix3 fL, CMatrix3 yHat, int a, int b, double mR2, double mS1, double gF) {
        Complex r2 = timesConj(fL.get(0, b), fL.get(0, a)).divide(mR2 * mR2);
        Complex s1 = timesConj(yHat.get(0, b), yHat.get(0, a)).divide(mS1 * mS1);
        return r2.add(s1).multiply(3 / (4 * Math.sqrt(2) * gF));
    }
}
