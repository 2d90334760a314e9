package org.lqflav.model.s1zprime;

import static org.lqflav.math.ComplexMath.abs2;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.complex.Complex;
import org.lqflav.math.CMatrix3;
import org.lqflav.param.SmInputs;

/**
 * The formulas of seed 004 (S1 leptoquark + U(1)_{Lmu-Ltau} Z', Chen and Chiang, PRD 109, 075004 (2024)), one
 * equation per method, everything as arguments (GeV units). Conventions and the readings that depart from the
 * printed text: docs/conventions.md#s1zprime; reproduction notes: ../shared/design/seed004-reproduction-notes.md.
 * Indices: quarks 0-based (d, s, b) and (u, c, t).
 */
public final class S1ZprimeFormulas {
    private S1ZprimeFormulas() {
    }

    // ------------------------------------------------------------------------------------------------ CKM

    /**
     * The paper's CKM (seed004 sec. IV): the standard parametrisation with V_ts replaced by the printed value and
     * V_td = A lambda^3 (1 - rho - i eta) (printed "A lambda^2 (...)", a typo: |V_td| would be 0.04).
     */
    public static CMatrix3 ckmPaper(double lambda, double a, double rho, double eta, double vts) {
        CMatrix3 v = SmInputs.ckmStandard(lambda, a, rho, eta);
        Complex[][] z = new Complex[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                z[i][j] = v.get(i, j);
            }
        }
        z[2][1] = new Complex(vts);
        z[2][0] = new Complex(1 - rho, -eta).multiply(a * lambda * lambda * lambda);
        return CMatrix3.of(z);
    }

    // ------------------------------------------------------------------------------------------------ couplings

    /** Y^{S1} = V^T y_L^q (seed004 eq. (4)): Y_k = sum_i V_{ik} y_i, k = d, s, b; y = (y_L1, y_L2, y_L3). */
    public static Complex[] downCouplings(CMatrix3 v, Complex[] y) {
        Complex[] out = new Complex[3];
        for (int k = 0; k < 3; k++) {
            Complex s = Complex.ZERO;
            for (int i = 0; i < 3; i++) {
                s = s.add(v.get(i, k).multiply(y[i]));
            }
            out[k] = s;
        }
        return out;
    }

    /**
     * The leading-order expansion of Y^{S1}, seed004 eq. (5): Y_d = V_td y3 - lambda y2 + y1,
     * Y_s = V_ts y3 + y2 + lambda y1, Y_b = y3.
     */
    public static Complex[] downCouplingsEq5(Complex vtd, Complex vts, double lambda, Complex[] y) {
        return new Complex[] {
            vtd.multiply(y[2]).subtract(y[1].multiply(lambda)).add(y[0]),
            vts.multiply(y[2]).add(y[1]).add(y[0].multiply(lambda)),
            y[2]};
    }

    // ------------------------------------------------------------------------------------------------ d -> d' nu nu

    /** C_L^SM = (4 G_F/sqrt 2) alpha/(2 pi s_W^2), seed004 eq. (7), GeV^-2. */
    public static double cLSm(double gF, double alpha, double s2w) {
        return 4 * gF / Math.sqrt(2) * alpha / (2 * Math.PI * s2w);
    }

    /**
     * C_{L,ij}^{S1} = -(Y_i)* Y_j / (2 m_S1^2 lambda_t C_L^SM), seed004 eq. (7), for the operator
     * (dbar_i gamma P_L d_j)(nubar_tau gamma P_L nu_tau) with lambda_t = V_{t d_i}* V_{t d_j}.
     */
    public static Complex cLS1(Complex yi, Complex yj, double mS1, Complex lambdaT, double cLSm) {
        return yi.conjugate().multiply(yj).divide(lambdaT.multiply(-2 * mS1 * mS1 * cLSm));
    }

    /** R^nu = 2/3 + 1/3 |1 + C_{L,bs}^{S1}/X_t|^2, seed004 eq. (8) (nu_tau only; nu_e, nu_mu SM). */
    public static double rNu(Complex cBs, double xT) {
        return 2.0 / 3 + abs2(cBs.divide(xT).add(1)) / 3;
    }

    /**
     * The kappa_+ part of seed004 eq. (10) for one neutrino flavour, without the 1/3:
     * kappa_+ (lambda/0.225)^8 (1 + Delta_EM) [(Im X/lambda^5)^2 + (Re(V_cs* V_cd) P_c/lambda + Re X/lambda^5)^2].
     *
     * @param kappa     kappa_+ at lambda = 0.225 (5.173e-11)
     * @param reVcsVcd  Re(V_cs* V_cd)
     * @param xEff      X_eff = V_ts* V_td (X_t + C_{L,sd}), text below eq. (10)
     */
    public static double kPlusBracket(double kappa, double deltaEm, double lambda, Complex xEff, double reVcsVcd,
                                      double pc) {
        double l5 = Math.pow(lambda, 5);
        double im = xEff.getImaginary() / l5;
        double re = reVcsVcd / lambda * pc + xEff.getReal() / l5;
        return kappa * Math.pow(lambda / 0.225, 8) * (1 + deltaEm) * (im * im + re * re);
    }

    /** BR(K+ -> pi+ nu nu) = 2/3 BR_SM + 1/3 (kappa_+ bracket with X_eff^{S1}), seed004 eq. (10). */
    public static double brKPlus(double brSm, double bracketS1) {
        return 2.0 / 3 * brSm + bracketS1 / 3;
    }

    /** X_eff = V_ts* V_td (X_t + C_{L,sd}^{S1}), seed004 text below eq. (10); C = 0 gives X_eff^SM. */
    public static Complex xEff(Complex lambdaTsd, double xT, Complex cSd) {
        return lambdaTsd.multiply(cSd.add(xT));
    }

    /** BR(K_L -> pi0 nu nu) = BR_SM R^nu, seed004 eq. (11). */
    public static double brKLong(double brSm, double rNu) {
        return brSm * rNu;
    }

    /**
     * The nu_tau-exact K_L factor the hierarchy approximation of eq. (11) stands for:
     * 2/3 + 1/3 [Im X_eff^{S1} / Im X_eff^SM]^2 (K_L -> pi0 nu nu is CP violating, Buras et al. [73]).
     */
    public static double rKLongExact(Complex xEffS1, Complex xEffSm) {
        double r = xEffS1.getImaginary() / xEffSm.getImaginary();
        return 2.0 / 3 + r * r / 3;
    }

    // ------------------------------------------------------------------------------------------------ Z'

    /** I_0(x_t) = int_0^1 dy y/(1 + (x_t - 1) y) = (x - 1 - ln x)/(x - 1)^2, seed004 eq. (14). */
    public static double loopI0(double xt) {
        double a = xt - 1;
        if (Math.abs(a) < 1e-4) {
            return 0.5 - a / 3 + a * a / 4;   // series of the closed form about x = 1
        }
        return (a - Math.log(xt)) / (a * a);
    }

    /**
     * C_Z' = 4 sqrt(2) G_F V_ts* V_tb /(4 pi)^2 m_t^2 Q_t e eps I_0(x_t), Q_t = 2/3, seed004 eq. (13), GeV^-1
     * (the b -> s Z' vertex -C_Z' sbar gamma^mu P_L b Z'_mu).
     */
    public static Complex cZprime(double gF, Complex vtsStarVtb, double mt, double e, double eps, double i0) {
        return vtsStarVtb.multiply(4 * Math.sqrt(2) * gF / Math.pow(4 * Math.PI, 2) * mt * mt * 2.0 / 3 * e * eps * i0);
    }

    /**
     * BR(B+ -> K+ Z') = tau_B+ m_B |C_Z' f_+|^2 m_B^2 /(64 pi m_Z'^2), seed004 eq. (16) (m_K, m_Z' neglected in
     * the kinematics, as printed); 0 above the kinematic limit m_Z' >= m_B - m_K.
     *
     * @param tau lifetime in GeV^-1
     */
    public static double brBToKZprime(double tau, double mB, double mK, Complex cZ, double fPlus, double mZp) {
        if (mZp >= mB - mK) {
            return 0;
        }
        return tau * mB * abs2(cZ) * fPlus * fPlus * mB * mB / (64 * Math.PI * mZp * mZp);
    }

    /**
     * The same with exact two-body kinematics, m_B^4 -> lambda^{3/2}(m_B^2, m_K^2, m_Z'^2)/m_B^2 (Kallen function);
     * a cross-check of eq. (16), not used by the observables.
     */
    public static double brBToKZprimeExact(double tau, double mB, double mK, Complex cZ, double fPlus, double mZp) {
        if (mZp >= mB - mK) {
            return 0;
        }
        double l = kallen(mB * mB, mK * mK, mZp * mZp);
        return brBToKZprime(tau, mB, mK, cZ, fPlus, mZp) * Math.pow(l, 1.5) / Math.pow(mB, 6);
    }

    /** BR(B0 -> K*0 Z') = tau_B0 m_B |C_Z' A_12|^2 m_K*^2 /(pi m_Z'^2), seed004 eq. (17) as printed. */
    public static double brBToKstZprime(double tau, double mB, double mKst, Complex cZ, double a12, double mZp) {
        if (mZp >= mB - mKst) {
            return 0;
        }
        return tau * mB * abs2(cZ) * a12 * a12 * mKst * mKst / (Math.PI * mZp * mZp);
    }

    static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * (a * b + a * c + b * c);
    }

    /**
     * Delta a_mu of a vector boson with vector coupling g to the muon:
     * (g^2/4 pi^2) int_0^1 dx x^2 (1 - x)/(x^2 + (1 - x) m_Z'^2/m_mu^2) (Leveille, NPB 137 (1978) 63; used for the
     * U(1)_{Lmu-Ltau} Z' in seed004 refs. [59, 60]). Limits: g^2/(8 pi^2) for m_Z' -> 0, g^2 m_mu^2/(12 pi^2 m_Z'^2)
     * for m_Z' >> m_mu. The paper states the value (sec. II) but not the formula.
     */
    public static double deltaAMu(double g, double mMu, double mZp) {
        double r = mZp * mZp / (mMu * mMu);
        return g * g / (4 * Math.PI * Math.PI) * g2Integral(r);
    }

    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();

    /**
     * int_0^1 x^2 (1 - x)/(x^2 + (1 - x) r) dx by 16-point Gauss-Legendre on subintervals that shrink
     * geometrically towards the two places the integrand turns over, x ~ sqrt(r) (light Z') and 1 - x ~ 1/r (heavy
     * Z'), so that every subinterval sees a smooth function; relative accuracy ~1e-12 for 1e-12 < r < 1e12.
     */
    static double g2Integral(double r) {
        UnivariateFunction f = x -> x * x * (1 - x) / (x * x + (1 - x) * r);
        java.util.TreeSet<Double> cuts = new java.util.TreeSet<>(java.util.List.of(0.0, 1.0, 0.5));
        for (double s = Math.min(Math.sqrt(r), 1) / 16; s < 0.5; s *= 2) {
            cuts.add(s);
        }
        for (double s = Math.min(1 / r, 1) / 16; s < 0.5; s *= 2) {
            cuts.add(1 - s);
        }
        double sum = 0;
        Double lo = null;
        for (double c : cuts) {
            if (lo != null && c > lo) {
                sum += GAUSS.legendre(16, lo, c).integrate(f);
            }
            lo = c;
        }
        return sum;
    }

    /**
     * Loop-induced kinetic mixing of the U(1)_{Lmu-Ltau} boson with the photon from mu and tau loops,
     * eps = e g ln(m_tau/m_mu)/(6 pi^2) = e g ln(m_tau^2/m_mu^2)/(12 pi^2) (cf. seed004 ref. [65], Gninenko and
     * Krasnikov, arXiv:1801.10448). Used only by model option epsilon: loop; the paper gives eps as an input.
     */
    public static double epsilonLoop(double e, double g, double mTau, double mMu) {
        return e * g * Math.log(mTau / mMu) / (6 * Math.PI * Math.PI);
    }

    /** Z' -> nu nubar width for one left-handed neutrino flavour of charge 1: g^2 m_Z'/(24 pi) (tree level). */
    public static double widthToNeutrinos(double g, double mZp) {
        return g * g * mZp / (24 * Math.PI);
    }

    /** Z' -> l+ l- width (tree level) for a vector coupling g: g^2 m_Z'/(12 pi) (1 + 2 r) sqrt(1 - 4 r), r = m_l^2/m_Z'^2. */
    public static double widthToLeptons(double g, double mZp, double ml) {
        double r = ml * ml / (mZp * mZp);
        if (4 * r >= 1) {
            return 0;
        }
        return g * g * mZp / (12 * Math.PI) * (1 + 2 * r) * Math.sqrt(1 - 4 * r);
    }

    /**
     * BR(Z' -> nu nubar), summed over nu_mu and nu_tau: neutrino width over the sum of the nu nu, mu mu, tau tau
     * (coupling g) and e e (coupling eps e, kinetic mixing) widths; the O(eps e/g) shift of the mu, tau couplings and
     * hadronic modes (eps^2 suppressed) are neglected. 0 for a Z' without couplings (it is then never produced).
     */
    public static double brZprimeToNeutrinos(double g, double epsE, double mZp, double me, double mMu, double mTau) {
        double nu = 2 * widthToNeutrinos(g, mZp);
        double total = nu + widthToLeptons(g, mZp, mMu) + widthToLeptons(g, mZp, mTau) + widthToLeptons(epsE, mZp, me);
        return total == 0 ? 0 : nu / total;
    }

    // ------------------------------------------------------------------------------------------------ b -> c tau nu

    /**
     * C_V^tau = sqrt(2)/(4 G_F V_cb) y_c* Y_b/(2 m_S1^2), seed004 eq. (19) (printed with y_L2 y_L3 for real
     * couplings; the up-type coupling is conjugated as in seed000 eq. (28)).
     */
    public static Complex cV(double gF, Complex vcb, Complex yc, Complex yb, double mS1) {
        return yc.conjugate().multiply(yb).divide(vcb).multiply(Math.sqrt(2) / (4 * gF) / (2 * mS1 * mS1));
    }

    /** C_S^tau = -sqrt(2)/(4 G_F V_cb) yR_c* Y_b/(2 m_S1^2), seed004 eq. (19). */
    public static Complex cS(double gF, Complex vcb, Complex yRc, Complex yb, double mS1) {
        return yRc.conjugate().multiply(yb).divide(vcb).multiply(-Math.sqrt(2) / (4 * gF) / (2 * mS1 * mS1));
    }

    /** C_T^tau = +sqrt(2)/(4 G_F V_cb) yR_c* Y_b/(8 m_S1^2) = -C_S/4, seed004 eq. (19). */
    public static Complex cT(double gF, Complex vcb, Complex yRc, Complex yb, double mS1) {
        return yRc.conjugate().multiply(yb).divide(vcb).multiply(Math.sqrt(2) / (4 * gF) / (8 * mS1 * mS1));
    }

    /** |1 + C_V|^2 + a |C_S|^2 + b |C_T|^2 + Re[c C_S + d C_T]: the common shape of seed004 eqs. (20a)-(20e). */
    static double shape(Complex cV, Complex cS, Complex cT, double a, double b, double c, double d) {
        return abs2(cV.add(1)) + a * abs2(cS) + b * abs2(cT) + c * cS.getReal() + d * cT.getReal();
    }

    /** R(D)/R(D)^SM, seed004 eq. (20a); coefficients at m_b. */
    public static double rDRatio(Complex cV, Complex cS, Complex cT) {
        return shape(cV, cS, cT, 1, 0.9, 1.49, 1.14);
    }

    /** R(D*)/R(D*)^SM, seed004 eq. (20b). */
    public static double rDstRatio(Complex cV, Complex cS, Complex cT) {
        return shape(cV, cS, cT, 0, 16.07, -0.11, -5.12);
    }

    /** P_tau^D/P_tau^{D,SM}, seed004 eq. (20c). */
    public static double pTauDRatio(Complex cV, Complex cS, Complex cT) {
        return shape(cV, cS, cT, 3.18, 0.18, 4.65, -1.18) / rDRatio(cV, cS, cT);
    }

    /** P_tau^{D*}/P_tau^{D*,SM}, seed004 eq. (20d). */
    public static double pTauDstRatio(Complex cV, Complex cS, Complex cT) {
        return shape(cV, cS, cT, -0.07, -1.86, 0.22, -3.37) / rDstRatio(cV, cS, cT);
    }

    /** F_L^{D*}/F_L^{D*,SM}, seed004 eq. (20e). */
    public static double fLDstRatio(Complex cV, Complex cS, Complex cT) {
        return shape(cV, cS, cT, 0.08, 7.02, -0.24, -4.37) / rDstRatio(cV, cS, cT);
    }

    /** BR(Bc -> tau nu)/BR^SM = |1 + C_V - m_Bc^2/((m_b + m_c) m_tau) C_S|^2, seed004 eq. (21). */
    public static double bcTauNuRatio(Complex cV, Complex cS, double mBc, double mb, double mc, double mTau) {
        return abs2(cV.add(1).subtract(cS.multiply(mBc * mBc / ((mb + mc) * mTau))));
    }

    // ------------------------------------------------------------------------------------------------ Delta F = 2

    /**
     * Delta m_K^{S1} = Re[(Y_s* Y_d)^2] (f_K sqrt B_K)^2 m_K /(64 pi^2 m_S1^2)/3, seed004 eq. (23), GeV (printed
     * Re(Y_s Y_d)^2: the same for real Y_s); keeps its sign.
     */
    public static double deltaMK(Complex ys, Complex yd, double fSqrtB, double mK, double mS1) {
        Complex z = ys.conjugate().multiply(yd);
        return z.multiply(z).getReal() * fSqrtB * fSqrtB * mK / (64 * Math.PI * Math.PI * mS1 * mS1) / 3;
    }

    /** Delta m_Bq^{S1} = |Y_b Y_q|^2 (f_Bq sqrt B_Bq)^2 m_Bq /(64 pi^2 m_S1^2)/3, seed004 eq. (23), GeV. */
    public static double deltaMBq(Complex yb, Complex yq, double fSqrtB, double mB, double mS1) {
        return abs2(yb.multiply(yq)) * fSqrtB * fSqrtB * mB / (64 * Math.PI * Math.PI * mS1 * mS1) / 3;
    }

    /**
     * Coefficient of (dbar_i gamma P_L d_j)^2 in H(|Delta F| = 2), (Y_i* Y_j)^2 /(128 pi^2 m_S1^2), seed004
     * eq. (22) (printed (Y_i Y_j)^2/8/((4 pi)^2 m^2) for real couplings), GeV^-2.
     */
    public static Complex deltaF2(Complex yi, Complex yj, double mS1) {
        Complex z = yi.conjugate().multiply(yj);
        return z.multiply(z).divide(128 * Math.PI * Math.PI * mS1 * mS1);
    }
}
