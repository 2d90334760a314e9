package org.lqflav.obs.wet.bclnu;

import org.hipparchus.complex.Complex;
import org.lqflav.obs.wet.Helicity.ScalarFormFactors;
import org.lqflav.obs.wet.Helicity.VectorFormFactors;
import org.lqflav.obs.wet.Kinematics;

/**
 * q^2-differential rates of B -> D(*) tau nu for a fixed tau helicity lambda = +-1/2, from Sakaki, Tanaka,
 * Tayduganov, Watanabe, arXiv:1309.0301 eqs. (13)-(16) (also Tanaka, Watanabe arXiv:1212.1878), in their basis
 * C_V1 = CVL (+ the SM), C_V2 = CVR, C_S1 = CSR, C_S2 = CSL, C_T = CT (flavio names). Only used for the tau
 * polarisation P_tau = (Gamma(+) - Gamma(-))/(Gamma(+) + Gamma(-)); their sum is tested against the G-basis rate.
 * The common factor G_F^2 |V_cb|^2 / (192 pi^3 m_B^3) is dropped.
 */
public final class TauHelicity {
    private TauHelicity() {
    }

    private static double re(Complex a, Complex b) {
        return a.getReal() * b.getReal() + a.getImaginary() * b.getImaginary();   // Re(a conj(b))
    }

    private static double abs2(Complex a) {
        return re(a, a);
    }

    /** q^2 sqrt(lambda) (1 - m^2/q^2)^2, the kinematic factor of eqs. (13)-(16) (without G_F^2 |V_cb|^2 / 192 pi^3 m_B^3). */
    private static double kin(double q2, double la, double ml) {
        double f = 1 - ml * ml / q2;
        return q2 * Math.sqrt(la) * f * f;
    }

    /**
     * B -> D tau nu, tau helicity {@code plus} ? +1/2 : -1/2 (arXiv:1309.0301 eqs. (13)-(14)), helicity amplitudes
     * H_V0 = sqrt(lambda/q^2) f+, H_Vt = (m_B^2 - m_D^2)/sqrt(q^2) f0, H_S = (m_B^2 - m_D^2)/(m_b - m_c) f0,
     * H_T = -sqrt(lambda)/(m_B + m_D) f_T (eqs. (17)-(20)).
     */
    public static double bToD(boolean plus, double q2, double mB, double mD, double mb, double mc, double ml,
                              ScalarFormFactors ff, Complex v1, Complex v2, Complex s1, Complex s2, Complex t) {
        double la = Math.max(Kinematics.lambda(mB * mB, mD * mD, q2), 0);
        double sq = Math.sqrt(q2);
        double h0 = Math.sqrt(la / q2) * ff.fPlus();
        double ht = (mB * mB - mD * mD) / sq * ff.f0();
        double hs = (mB * mB - mD * mD) / (mb - mc) * ff.f0();
        double hT = -Math.sqrt(la) / (mB + mD) * ff.fT();
        Complex v = v1.add(v2);
        Complex s = s1.add(s2);
        double r = ml / sq;
        double bracket;
        if (plus) {
            bracket = abs2(v) * r * r / 2 * (h0 * h0 + 3 * ht * ht) + 1.5 * abs2(s) * hs * hs + 8 * abs2(t) * hT * hT
                    + 3 * re(v, s) * r * hs * ht - 4 * re(v, t) * r * hT * h0;
        } else {
            bracket = abs2(v) * h0 * h0 + 16 * abs2(t) * r * r * hT * hT - 8 * re(v, t) * r * hT * h0;
        }
        return kin(q2, la, ml) * bracket;
    }

    /**
     * B -> D* tau nu, tau helicity {@code plus} ? +1/2 : -1/2 (arXiv:1309.0301 eqs. (15)-(16)), with
     * H_{V,+-} = (m_B + m_V) A1 -+ sqrt(lambda)/(m_B + m_V) V, H_{V,0} = -8 m_B m_V A12/sqrt(q^2),
     * H_{V,t} = -sqrt(lambda/q^2) A0, H_S = -sqrt(lambda)/(m_b + m_c) A0,
     * H_{T,+-} = [+-(m_B^2 - m_V^2) T2 + sqrt(lambda) T1]/sqrt(q^2), H_{T,0} = -4 m_B m_V T23/(m_B + m_V)
     * (eqs. (21)-(27), with A2, T3 traded for A12, T23).
     */
    public static double bToDstar(boolean plus, double q2, double mB, double mV, double mb, double mc, double ml,
                                  VectorFormFactors ff, Complex v1, Complex v2, Complex s1, Complex s2, Complex t) {
        double la = Math.max(Kinematics.lambda(mB * mB, mV * mV, q2), 0);
        double sla = Math.sqrt(la);
        double sq = Math.sqrt(q2);
        double mp = mB + mV;
        double hp = mp * ff.a1() - sla / mp * ff.v();
        double hm = mp * ff.a1() + sla / mp * ff.v();
        double h0 = -8 * mB * mV * ff.a12() / sq;
        double ht = -sla / sq * ff.a0();
        double hs = -sla / (mb + mc) * ff.a0();
        double dm2 = mB * mB - mV * mV;
        double tp = (dm2 * ff.t2() + sla * ff.t1()) / sq;
        double tm = (-dm2 * ff.t2() + sla * ff.t1()) / sq;
        double t0 = -4 * mB * mV * ff.t23() / mp;
        double r = ml / sq;
        double vv = abs2(v1) + abs2(v2);
        double v12 = re(v1, v2);
        Complex sDiff = s1.subtract(s2);
        Complex vDiff = v1.subtract(v2);
        double tSum2 = tp * tp + tm * tm + t0 * t0;
        double x1 = t0 * h0 + tp * hp - tm * hm;     // contracted with (1 + C_V1)
        double x2 = t0 * h0 + tp * hm - tm * hp;     // contracted with C_V2
        double bracket;
        if (plus) {
            bracket = vv * r * r / 2 * (hp * hp + hm * hm + h0 * h0 + 3 * ht * ht)
                    - 2 * v12 * r * r / 2 * (h0 * h0 + 2 * hp * hm + 3 * ht * ht)
                    + 1.5 * abs2(sDiff) * hs * hs + 8 * abs2(t) * tSum2
                    + 3 * re(vDiff, sDiff) * r * hs * ht
                    - 4 * re(v1, t) * r * x1 + 4 * re(v2, t) * r * x2;
        } else {
            bracket = vv * (hp * hp + hm * hm + h0 * h0) - 2 * v12 * (h0 * h0 + 2 * hp * hm)
                    + 16 * abs2(t) * r * r * tSum2
                    - 8 * re(v1, t) * r * x1 + 8 * re(v2, t) * r * x2;
        }
        return kin(q2, la, ml) * bracket;
    }
}
