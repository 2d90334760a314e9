package org.lqflav.model.etaetapdelta;

import org.hipparchus.complex.Complex;
import org.lqflav.math.CMatrix3;

/**
 * Seed-002 formulas (eta ~ (3,2,1/6), eta' ~ (3,2,7/6), Delta ~ (3bar,3,1/3); Lagrangian (II.1)), one per
 * equation, all pure. Indices are 0-based: quarks (d,s,b) or (u,c,t), leptons (e, mu, tau). Index order of the
 * matrices as in (II.1): f, g, h are [quark][lepton]; htilde is [lepton][quark] (docs/conventions.md#etaetapdelta).
 * The paper neglects CKM mixing inside the leptoquark couplings (one matrix for the up and down components of a
 * doublet, eq. (II.5)); so do we.
 */
final class EtaEtapDeltaFormulas {
    private static final double PI2 = Math.PI * Math.PI;
    /** (4 pi)^2. */
    private static final double LOOP = 16 * PI2;

    private EtaEtapDeltaFormulas() {
    }

    // ------------------------------------------------------------------------------------------ scalar mixing

    /**
     * sin(2 alpha_1) from the mu term: mu H^dagger Delta eta (II.2) gives the charge-1/3 mass matrix in the basis
     * (eta_{1/3} = eta*_{-1/3}, delta_{1/3}) the off-diagonal -mu v/2; with (II.4) this is
     * -s c (m_A1^2 - m_B1^2), so sin 2 alpha_1 = mu v / (m_A1^2 - m_B1^2). mu and v in GeV.
     */
    static double sin2Alpha1FromMu(double mu, double v, double mA1, double mB1) {
        return mu * v / (mA1 * mA1 - mB1 * mB1);
    }

    /**
     * sin(2 alpha_2) from the mu term: in the basis (eta_{2/3}, delta_{2/3} = delta*_{-2/3}) the off-diagonal is
     * +mu v / sqrt 2 (II.2), so sin 2 alpha_2 = -sqrt(2) mu v / (m_A2^2 - m_B2^2).
     */
    static double sin2Alpha2FromMu(double mu, double v, double mA2, double mB2) {
        return -Math.sqrt(2) * mu * v / (mA2 * mA2 - mB2 * mB2);
    }

    // ------------------------------------------------------------------------------------------ neutrino mass

    /**
     * R_i of seed002 eq. (II.6): -3 sin(2 alpha_1) / (2 (4 pi)^2) ln(m_A1/m_B1) m_{d_i}; GeV (m_{d_i} in GeV).
     */
    static double r(double alpha1, double mA1, double mB1, double mDown) {
        return -3 * Math.sin(2 * alpha1) / (2 * LOOP) * Math.log(mA1 / mB1) * mDown;
    }

    /**
     * One-loop Majorana mass matrix, seed002 eq. (II.6) read as m_nu = g^T R f + f^T R g, i.e.
     * (m_nu)_ab = sum_i [g_ia R_i f_ib + f_ia R_i g_ib]; GeV. The printed second term "f_ai R_i g^T_ib" is not
     * symmetric and is not what eq. (II.7) inverts (docs/conventions.md#etaetapdelta).
     */
    static CMatrix3 neutrinoMass(CMatrix3 f, CMatrix3 g, double[] r) {
        CMatrix3 rDiag = CMatrix3.diagonal(r[0], r[1], r[2]);
        CMatrix3 gtRf = g.transpose().times(rDiag).times(f);
        return gtRf.plus(gtRf.transpose());
    }

    // ------------------------------------------------------------------------------------------ b -> s l l

    /**
     * c_SM = lambda alpha G_F / (sqrt 2 pi), the factor below seed002 eq. (II.10), for the CKM product
     * lambda = V_{t,in} V*_{t,out} of the flavio basis (V_tb V_ts* for b -> s); GeV^-2. flavio's semileptonic
     * Hamiltonian is H = -c_SM sum C O (docs/conventions.md#wet).
     */
    static Complex cSm(Complex lambda, double alpha, double gF) {
        return lambda.multiply(alpha * gF / (Math.sqrt(2) * Math.PI));
    }

    /**
     * Tree-level coefficients in flavio's basis for q_in -> q_out l l from seed002 eq. (II.8) generalised to any
     * quark and lepton pair: {C9, C10, C9', C10'} of (qbar_out gamma P q_in)(lbar2 gamma (gamma5) l1), i.e.
     * WCxf's C9_{qq'}{l1}{l2}. From H = V_g (qbar_out g P_L q_in)(lbar2 g P_L l1) + V_h (..P_L..)(..P_R..) +
     * V_f (..P_R..)(..P_L..) with V_g = -g*_{out,l2} g_{in,l1} / (2 m_delta4^2) (delta_4/3, Fierzed d^c),
     * V_h = h_{out,l1} h*_{in,l2} / (2 m_eta'2^2), V_f = (c2^2/m_A2^2 + s2^2/m_B2^2) f_{out,l1} f*_{in,l2} / 2.
     * For l1 = l2 and real couplings these are -1 times the printed eqs. (II.9)-(II.10), which correspond to
     * H = +c_SM sum C O (docs/conventions.md#etaetapdelta).
     *
     * @param kA2B2 c2^2/m_A2^2 + s2^2/m_B2^2, GeV^-2
     * @param cSm   c_SM for this quark pair, GeV^-2
     */
    static Complex[] c9c10(CMatrix3 f, CMatrix3 g, CMatrix3 h, int out, int in, int l1, int l2, double kA2B2,
                           double mDelta4, double mEtap2, Complex cSm) {
        Complex vg = g.get(out, l2).conjugate().multiply(g.get(in, l1)).multiply(-1 / (2 * mDelta4 * mDelta4));
        Complex vh = h.get(out, l1).multiply(h.get(in, l2).conjugate()).multiply(1 / (2 * mEtap2 * mEtap2));
        Complex vf = f.get(out, l1).multiply(f.get(in, l2).conjugate()).multiply(kA2B2 / 2);
        Complex twoC = cSm.multiply(2);
        // (lbar g P_L l) = (O9 - O10)/2, (lbar g P_R l) = (O9 + O10)/2 and H = -c_SM sum C O:
        Complex c9 = vg.add(vh).negate().divide(twoC);
        Complex c10 = vg.subtract(vh).divide(twoC);
        Complex c9p = vf.negate().divide(twoC);
        Complex c10p = vf.divide(twoC);
        return new Complex[] {c9, c10, c9p, c10p};
    }

    /**
     * q_in -> q_out nu nu in flavio's basis, {C_L, C_R} of (qbar_out gamma P_{L,R} q_in)(nubar_b gamma (1-g5) nu_a)
     * (WCxf CL_{qq'}nu{a}nu{b}): tree-level exchange of the charge-1/3 states A1, B1 of (II.4)-(II.5), which carry
     * f (d_R nu, weights c1, s1) and g (d^c_L nu, weights s1/sqrt2, -c1/sqrt2). Not in the paper (it has no
     * b -> s nu nu); the lepton-number-violating f-g interference has no operator in this basis and is dropped.
     *
     * @param kGA1B1 s1^2/(2 m_A1^2) + c1^2/(2 m_B1^2) (the g weights squared), GeV^-2
     * @param kFA1B1 c1^2/m_A1^2 + s1^2/m_B1^2 (the f weights squared), GeV^-2
     */
    static Complex[] cLcR(CMatrix3 f, CMatrix3 g, int out, int in, int a, int b, double kGA1B1, double kFA1B1,
                          Complex cSm) {
        // H = -kG/2 g*_{out,b} g_{in,a} (qbar P_L q)(nubar P_L nu) + kF/2 f_{out,a} f*_{in,b} (qbar P_R q)(..);
        // flavio: H = -2 c_SM C (qbar P q)(nubar P_L nu).
        Complex hl = g.get(out, b).conjugate().multiply(g.get(in, a)).multiply(-kGA1B1 / 2);
        Complex hr = f.get(out, a).multiply(f.get(in, b).conjugate()).multiply(kFA1B1 / 2);
        Complex minusTwoC = cSm.multiply(-2);
        return new Complex[] {hl.divide(minusTwoC), hr.divide(minusTwoC)};
    }

    // ------------------------------------------------------------------------------------------ b -> c l nu

    /**
     * C_VL of b -> c l nu_n (H = (4 G_F/sqrt2) V_cb C_VL (cbar g P_L b)(lbar g P_L nu)), from A1, B1 exchange with
     * g on both vertices (u^c l and d^c nu, weights s1/sqrt2 and -c1/sqrt2, eq. (II.5)):
     * C_VL = -kG g*_{c l} g_{b n} v^2 / (4 V_cb), v^2 = 1/(sqrt2 G_F). Not in the paper.
     */
    static Complex cVL(CMatrix3 g, int l, int n, double kGA1B1, double v2, Complex vcb) {
        return g.get(1, l).conjugate().multiply(g.get(2, n)).multiply(-kGA1B1 * v2 / 4).divide(vcb);
    }

    /**
     * C_SL of b -> c l nu_n at the matching scale (H as for C_VL, O_S = (cbar P_L b)(lbar P_L nu)), from eta'_{2/3}
     * exchange between h (dbar_L l_R) and htilde (nubar u_R), the R2-type contribution; C_T = C_SL/4 (Fierz).
     * C_SL = v^2 h*_{b l} htilde*_{n c} / (4 V_cb m_eta'2^2). Not in the paper.
     */
    static Complex cSL(CMatrix3 h, CMatrix3 htilde, int l, int n, double mEtap2, double v2, Complex vcb) {
        return h.get(2, l).conjugate().multiply(htilde.get(n, 1).conjugate())
                .multiply(v2 / (4 * mEtap2 * mEtap2)).divide(vcb);
    }

    // ------------------------------------------------------------------------------------------ dipoles

    /**
     * The y-integrated loop integral of seed002 eq. (II.17) as printed:
     * J = int_0^1 dx int_0^{1-x} dy [5/(x m_q^2 + (1-y) M^2) - 2(1-x)/(x M^2 + (1-y) m_q^2)]
     * = [5 ln(1+r)/r + 1 - (2+r) ln(1 + 1/r)] / M^2, r = m_q^2/M^2 (both integrals in closed form; checked
     * against 2-D quadrature in the tests). Limit r -> 0: -2 [ln(M^2/m_q^2) - 3] / M^2. GeV^-2.
     */
    static double jPrinted(double mq, double m) {
        double r = mq * mq / (m * m);
        double first = r < 1e-6 ? 5 * (1 - r / 2 + r * r / 3) : 5 * Math.log1p(r) / r;
        return (first + 1 - (2 + r) * Math.log1p(1 / r)) / (m * m);
    }

    /**
     * The chirally enhanced loop of the standard one-loop result for a scalar of charge 5/3 and a fermion of charge
     * 2/3 (the R2 leptoquark; e.g. Dorsner et al., arXiv:1603.04993, sec. 6.1), written in the normalisation of
     * eq. (II.17): J_std = -3 [Q_F I_F + Q_S I_S], Q_F = 2/3, Q_S = -5/3, with
     * I_F = int_0^1 x^2 dx / (m_q^2 x + M^2 (1-x)) (photon on the quark) and
     * I_S = int_0^1 (x^2 - x) dx / (M^2 x + m_q^2 (1-x)) (photon on the scalar).
     * Limit r -> 0: -2 [ln(M^2/m_q^2) - 1/4] / M^2 (the printed J has -3 instead of -1/4). GeV^-2.
     */
    static double jStandard(double mq, double m) {
        double r = mq * mq / (m * m);
        return (-2 * iFermion(r) + 5 * iScalar(r)) / (m * m);
    }

    /** M^2 I_F = int_0^1 x^2/(1 - c x) dx with c = 1 - r: -1/(2c) - 1/c^2 - ln(r)/c^3; series near r = 1. */
    static double iFermion(double r) {
        double c = 1 - r;
        if (Math.abs(c) < 1e-2) {
            double s = 0;
            double cn = 1;
            for (int n = 0; n < 12; n++) {
                s += cn / (n + 3);
                cn *= c;
            }
            return s;
        }
        return -1 / (2 * c) - 1 / (c * c) - Math.log(r) / (c * c * c);
    }

    /**
     * M^2 I_S = int_0^1 x(x-1)/(r + d x) dx with d = 1 - r: 1/(2d) - 1/d^2 - (r/d^3) ln r; series near r = 1
     * (int x(x-1)(1 - d(x-1))^{-1}... expanded in d).
     */
    static double iScalar(double r) {
        double d = 1 - r;
        if (Math.abs(d) < 1e-2) {
            // 1/(r + d x) = 1/(1 - d(1 - x)) = sum_n d^n (1-x)^n; int_0^1 x(x-1)(1-x)^n = -1/((n+2)(n+3))
            double s = 0;
            double dn = 1;
            for (int n = 0; n < 12; n++) {
                s -= dn / ((n + 2.0) * (n + 3.0));
                dn *= d;
            }
            return s;
        }
        return 1 / (2 * d) - 1 / (d * d) - r / (d * d * d) * Math.log(r);
    }

    /**
     * (a_R)_{ab} of seed002 eq. (II.17) for l_a -> l_b gamma, GeV^-1: the chirally enhanced top and charm terms
     * m_q/(4 pi)^2 h_{qa} htilde_{bq} J(m_q, m_eta'5) (printed "htilde^dagger_{b3}" read as htilde_{b3}, lepton b and
     * top: htilde is [lepton][quark] in (II.1); the same for real couplings), plus the last line
     * -g_{ia} g*_{ib} m_a/(8 (4 pi)^2) (s1^2/m_A1^2 + c1^2/m_B1^2 - 4/m_delta4^2)
     * + 3/(4 (4 pi)^2 m_eta'5^2) (h_{ia} h*_{ib} m_b + htilde*_{ai} htilde_{bi} m_a).
     * The masses m_a, m_b of the last line are passed explicitly, so a_L "with m_a <-> m_b" is the same call.
     *
     * @param jTop   J(m_t, m_eta'5) (printed or standard), GeV^-2; {@code jCharm} likewise
     * @param kA1B1  s1^2/m_A1^2 + c1^2/m_B1^2, GeV^-2
     */
    static Complex aR(CMatrix3 g, CMatrix3 h, CMatrix3 htilde, int a, int b, double mt, double mc, double jTop,
                      double jCharm, double kA1B1, double mDelta4, double mEtap5, double maLast, double mbLast) {
        Complex top = h.get(2, a).multiply(htilde.get(b, 2)).multiply(mt * jTop / LOOP);
        Complex charm = h.get(1, a).multiply(htilde.get(b, 1)).multiply(mc * jCharm / LOOP);
        Complex gg = Complex.ZERO;
        Complex hh = Complex.ZERO;
        Complex tt = Complex.ZERO;
        for (int i = 0; i < 3; i++) {
            gg = gg.add(g.get(i, a).multiply(g.get(i, b).conjugate()));
            hh = hh.add(h.get(i, a).multiply(h.get(i, b).conjugate()));
            tt = tt.add(htilde.get(a, i).conjugate().multiply(htilde.get(b, i)));
        }
        Complex last = gg.multiply(-maLast / (8 * LOOP) * (kA1B1 - 4 / (mDelta4 * mDelta4)))
                .add(hh.multiply(mbLast).add(tt.multiply(maLast)).multiply(3 / (4 * LOOP * mEtap5 * mEtap5)));
        return top.add(charm).add(last);
    }

    /**
     * BR(l_a -> l_b gamma) of seed002 eq. (II.16): 48 pi^3 C_ab alpha / (G_F^2 m_a^2) (|a_R|^2 + |a_L|^2), with
     * C_ab = BR(l_a -> l_b nu nu) ((C21, C31, C32) = (1, 0.1784, 0.1736) in the paper). LQFlav computes the
     * branching ratio from the dipoles and the measured lifetime instead (the generic entry, docs/conventions.md
     * #dipoles); this is the paper's form, kept to check the dipole normalisation.
     */
    static double branchingRatioII16(double cab, double alpha, double gF, double ma, Complex aR, Complex aL) {
        double s = aR.norm() * aR.norm() + aL.norm() * aL.norm();
        return 48 * Math.PI * PI2 * cab * alpha / (gF * gF * ma * ma) * s;
    }

    // ------------------------------------------------------------------------------------------ meson mixing

    /**
     * F_M(m1, m2) = int_0^1 dx int_0^{1-x} dy (1-x-y)/(x m1^2 + y m2^2), seed002 eq. (II.22), in closed form
     * ln(m1^2/m2^2) / (2 (m1^2 - m2^2)); F_M(m, m) = 1/(2 m^2) (series near equal masses). GeV^-2.
     */
    static double fM(double m1, double m2) {
        double a = m1 * m1;
        double b = m2 * m2;
        double e = a / b - 1;
        if (Math.abs(e) < 1e-4) {
            return (1 - e / 2 + e * e / 3) / (2 * b);
        }
        return Math.log(a / b) / (2 * (a - b));
    }

    /** Sum over the leptoquark pair (A_q, B_q): c^2/m_A^2 + s^2/m_B^2 + sign 4 s c F_M(A, B) of eqs. (II.20)-(II.21). */
    static double mixingBracket(double alpha, double mA, double mB, double sign, boolean swapWeights) {
        double c = Math.cos(alpha);
        double s = Math.sin(alpha);
        double wA = swapWeights ? s * s : c * c;
        double wB = swapWeights ? c * c : s * s;
        return wA / (mA * mA) + wB / (mB * mB) + sign * 4 * s * c * fM(mA, mB);
    }

    /**
     * sum_a x_{out,a} x*_{in,a}: the coupling product of the current (qbar_out ... q_in) in a box of a field whose
     * vertex x_{qa} qbar l creates the quark (f and h of (II.1)).
     */
    static Complex currentCreate(CMatrix3 x, int out, int in) {
        Complex s = Complex.ZERO;
        for (int a = 0; a < 3; a++) {
            s = s.add(x.get(out, a).multiply(x.get(in, a).conjugate()));
        }
        return s;
    }

    /** sum_a g*_{out,a} g_{in,a}: the same for g, which couples the conjugate quark (d^c, u^c). */
    static Complex currentConjugate(CMatrix3 g, int out, int in) {
        Complex s = Complex.ZERO;
        for (int a = 0; a < 3; a++) {
            s = s.add(g.get(out, a).conjugate().multiply(g.get(in, a)));
        }
        return s;
    }

    /** sum_a htilde*_{a,out} htilde_{a,in}: the same for htilde ([lepton][up quark]). */
    static Complex currentHtilde(CMatrix3 htilde, int out, int in) {
        Complex s = Complex.ZERO;
        for (int a = 0; a < 3; a++) {
            s = s.add(htilde.get(a, out).conjugate().multiply(htilde.get(a, in)));
        }
        return s;
    }

    /**
     * Delta m of a neutral meson from the box sums X of eqs. (II.20)-(II.21) as printed:
     * Delta m = -m_M f_M^2 / (6 (4 pi)^2) Re X; GeV.
     */
    static double deltaM(double mMeson, double fMeson, Complex x) {
        return -mMeson * fMeson * fMeson / (6 * LOOP) * x.getReal();
    }

    /**
     * flavio's Delta F = 2 coefficient (L = C O + h.c., GeV^-2) of the operator whose box sum is X: the printed
     * Delta m equals (2/3) m_M f_M^2 Re C in vacuum insertion (<O_VLL> = <O_VRR> = (2/3) m^2 f^2), i.e.
     * H = +X/(64 pi^2) O, C = -X/(64 pi^2) (docs/conventions.md#etaetapdelta).
     */
    static Complex deltaF2Coefficient(Complex x) {
        return x.multiply(-1 / (4 * LOOP));
    }
}
