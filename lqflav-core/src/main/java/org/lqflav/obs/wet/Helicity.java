package org.lqflav.obs.wet;

import org.hipparchus.complex.Complex;

/**
 * Helicity amplitudes and q^2-differential rates of B -> P l1 l2 and B -> V l1 l2 with the most general set of
 * dimension-six operators (vector, axial, scalar, pseudoscalar, tensor, dipole; both quark chiralities) and both
 * lepton masses, in the G basis of Gratrex, Hopfer, Zwicky, arXiv:1506.03970 (sec. 2 and app. B), in the
 * conventions of flavio (flavio/physics/bdecays/angular.py, which implements the same paper). One set of formulas
 * serves b -> c tau nu (l2 = nu, massless), b -> s l l and b -> s nu nu.
 *
 * <p>The coefficient combinations ({@link Wc}) multiply: v, a: (qbar' gamma P_L b)(l1bar gamma (1, gamma5) l2);
 * vp, ap: the same with P_R; s, p: (qbar' P_R b)(l1bar (1, gamma5) l2); sp, pp: with P_L; t, tp: tensor;
 * c7, c7p: the photon dipole (times m_qh). All amplitudes are multiplied by the overall normalisation N.
 */
public final class Helicity {
    private Helicity() {
    }

    /** Effective coefficients in the convention above. */
    public record Wc(Complex c7, Complex c7p, Complex v, Complex vp, Complex a, Complex ap, Complex s, Complex sp,
                     Complex p, Complex pp, Complex t, Complex tp) {
    }

    /** B -> V form factors in the lattice convention: V, A0, A1, A12, T1, T2, T23 (arXiv:1503.05534 sec. 2). */
    public record VectorFormFactors(double v, double a0, double a1, double a12, double t1, double t2, double t23) {
    }

    /** B -> P form factors f+, f0, fT. */
    public record ScalarFormFactors(double fPlus, double f0, double fT) {
    }

    /** B -> V helicity amplitudes: H_{+,-,0}^{V,A}, H_P, H_S, H_{0,+,-}^{T}, H_{0,+,-}^{Tt}. */
    public record VAmps(Complex pV, Complex mV, Complex zV, Complex pA, Complex mA, Complex zA, Complex P, Complex S,
                        Complex zT, Complex zTt, Complex pT, Complex mT, Complex pTt, Complex mTt) {
    }

    /** B -> P helicity amplitudes h_V, h_A, h_S, h_P, h_T, h_Tt. */
    public record PAmps(Complex V, Complex A, Complex S, Complex P, Complex T, Complex Tt) {
    }

    private static Complex i(double x) {
        return new Complex(0, x);
    }

    private static double abs2(Complex c) {
        return c.getReal() * c.getReal() + c.getImaginary() * c.getImaginary();
    }

    /** Re(a conj(b)) and Im(a conj(b)). */
    private static double reMul(Complex a, Complex b) {
        return a.getReal() * b.getReal() + a.getImaginary() * b.getImaginary();
    }

    private static double imMul(Complex a, Complex b) {
        return a.getImaginary() * b.getReal() - a.getReal() * b.getImaginary();
    }

    /**
     * B -> V l1 l2 helicity amplitudes, arXiv:1506.03970 app. B (flavio angular.helicity_amps_v).
     *
     * @param mqh mass of the decaying quark (dipole and scalar denominators), mql of the produced quark
     */
    public static VAmps vectorAmplitudes(double q2, double mB, double mV, double mqh, double mql, double ml1,
                                         double ml2, VectorFormFactors ff, Wc c, Complex norm) {
        double la = Math.max(Kinematics.lambda(mB * mB, mV * mV, q2), 0);
        double sla = Math.sqrt(la);
        double sq = Math.sqrt(q2);
        double mp = mB + mV;
        Complex vMinus = c.v().subtract(c.vp());
        Complex vPlus = c.v().add(c.vp());
        Complex aMinus = c.a().subtract(c.ap());
        Complex aPlus = c.a().add(c.ap());
        Complex c7Minus = c.c7().subtract(c.c7p());
        Complex c7Plus = c.c7().add(c.c7p());
        Complex tPlus = c.t().add(c.tp());
        Complex tMinus = c.t().subtract(c.tp());
        double dm2 = mB * mB - mV * mV;

        Complex zV = i(4 * mB * mV / (sq * mp)).multiply(vMinus.multiply(mp * ff.a12()).add(c7Minus.multiply(mqh * ff.t23())));
        Complex zA = i(4 * mB * mV / sq).multiply(aMinus.multiply(ff.a12()));
        Complex vPart = vPlus.multiply(sla * ff.v());
        Complex vA1 = vMinus.multiply(mp * mp * ff.a1());
        Complex dPart = c7Plus.multiply(sla * ff.t1());
        Complex dT2 = c7Minus.multiply(dm2 * ff.t2());
        Complex pV = i(1 / (2 * mp)).multiply(vPart.subtract(vA1)).add(i(mqh / q2).multiply(dPart.subtract(dT2)));
        Complex mV2 = i(1 / (2 * mp)).multiply(vPart.negate().subtract(vA1))
                .add(i(mqh / q2).multiply(dPart.negate().subtract(dT2)));
        Complex aPart = aPlus.multiply(sla * ff.v());
        Complex aA1 = aMinus.multiply(mp * mp * ff.a1());
        Complex pA = i(1 / (2 * mp)).multiply(aPart.subtract(aA1));
        Complex mA = i(1 / (2 * mp)).multiply(aPart.negate().subtract(aA1));
        Complex hP = i(sla / 2 * ff.a0()).multiply(c.p().subtract(c.pp()).divide(mqh + mql)
                .add(aMinus.multiply((ml1 + ml2) / q2)));
        Complex hS = i(sla / 2 * ff.a0()).multiply(c.s().subtract(c.sp()).divide(mqh + mql)
                .add(vMinus.multiply((ml1 - ml2) / q2)));
        Complex zT = tPlus.multiply(2 * Math.sqrt(2) * mB * mV / mp * ff.t23());
        Complex zTt = tMinus.multiply(2 * mB * mV / mp * ff.t23());
        Complex tT1 = tMinus.multiply(sla * ff.t1());
        Complex tT2 = tPlus.multiply(dm2 * ff.t2());
        Complex pT = tT1.subtract(tT2).divide(Math.sqrt(2) * sq);
        Complex mT = tT1.negate().subtract(tT2).divide(Math.sqrt(2) * sq);
        Complex ttT1 = tPlus.multiply(sla * ff.t1());
        Complex ttT2 = tMinus.multiply(dm2 * ff.t2());
        Complex pTt = ttT1.subtract(ttT2).divide(2 * sq);
        Complex mTt = ttT1.negate().subtract(ttT2).divide(2 * sq);
        return new VAmps(pV.multiply(norm), mV2.multiply(norm), zV.multiply(norm), pA.multiply(norm),
                mA.multiply(norm), zA.multiply(norm), hP.multiply(norm), hS.multiply(norm), zT.multiply(norm),
                zTt.multiply(norm), pT.multiply(norm), mT.multiply(norm), pTt.multiply(norm), mTt.multiply(norm));
    }

    /** sqrt(lambda_B) sqrt(lambda_l) / (2^9 pi^3 m_B^3 q^2), the common factor of the G's (arXiv:1506.03970). */
    static double gPrefactor(double q2, double mB, double mM, double ml1, double ml2) {
        double laB = Math.max(Kinematics.lambda(mB * mB, mM * mM, q2), 0);
        double laL = Math.max(Kinematics.lambda(q2, ml1 * ml1, ml2 * ml2), 0);
        return Math.sqrt(laB) * Math.sqrt(laL) / (512 * Math.PI * Math.PI * Math.PI * mB * mB * mB * q2);
    }

    /**
     * {G^{0}_{00}, G^{2}_{00}, G^{0}_{10}} of B -> V l1 l2, arXiv:1506.03970 eqs. (B.1)-(B.3) as in flavio
     * (angularcoeffs_general_Gbasis_v). dGamma/dq^2 = 6 G000; longitudinal V: 2 (G000 + G200);
     * A_FB numerator: -3 G010 (flavio's J_6s, J_6c combination).
     */
    public static double[] vectorG(VAmps h, double q2, double mB, double mV, double ml1, double ml2) {
        double laL = Math.max(Kinematics.lambda(q2, ml1 * ml1, ml2 * ml2), 0);
        double e1 = Math.sqrt(ml1 * ml1 + laL / (4 * q2));
        double e2 = Math.sqrt(ml2 * ml2 + laL / (4 * q2));
        double e12 = e1 * e2;
        double m12 = ml1 * ml2;
        double l4 = laL / (4 * q2);
        double sq = Math.sqrt(q2);
        double vv = abs2(h.pV()) + abs2(h.mV());
        double aa = abs2(h.pA()) + abs2(h.mA());
        double v0 = abs2(h.zV());
        double a0 = abs2(h.zA());
        double tt = abs2(h.pTt()) + abs2(h.mTt());
        double tt0 = abs2(h.zTt());
        double t = abs2(h.pT()) + abs2(h.mT());
        double t0 = abs2(h.zT());
        double ss = abs2(h.S());
        double pp = abs2(h.P());
        double imVTt = imMul(h.pV(), h.pTt()) + imMul(h.mV(), h.mTt());
        double imVTt0 = imMul(h.zV(), h.zTt());
        double imAT = imMul(h.pA(), h.pT()) + imMul(h.mA(), h.mT());
        double imAT0 = imMul(h.zA(), h.zT());
        double g000 = 4.0 / 9 * (3 * e12 + l4) * (vv + v0 + aa + a0)
                + 4 * m12 / 3 * (vv + v0 - aa - a0)
                + 4.0 / 3 * (e12 - m12 + l4) * ss + 4.0 / 3 * (e12 + m12 + l4) * pp
                + 16.0 / 9 * (3 * (e12 + m12) - l4) * (tt + tt0)
                + 8.0 / 9 * (3 * (e12 - m12) - l4) * (t + t0)
                + 16.0 / 3 * (ml1 * e2 + ml2 * e1) * (imVTt + imVTt0)
                + 8 * Math.sqrt(2) / 3 * (ml1 * e2 - ml2 * e1) * (imAT + imAT0);
        double g200 = -4.0 / 9 * (3 * e12 + l4) * (vv - 2 * v0 + aa - 2 * a0)
                - 4 * m12 / 3 * (vv - 2 * v0 - aa + 2 * a0)
                + 8.0 / 3 * (e12 - m12 + l4) * ss + 8.0 / 3 * (e12 + m12 + l4) * pp
                - 16.0 / 9 * (3 * (e12 + m12) - l4) * (tt - 2 * tt0)
                - 8.0 / 9 * (3 * (e12 - m12) - l4) * (t - 2 * t0)
                - 16.0 / 3 * (ml1 * e2 + ml2 * e1) * (imVTt - 2 * imVTt0)
                - 8 * Math.sqrt(2) / 3 * (ml1 * e2 - ml2 * e1) * (imAT - 2 * imAT0);
        double g010 = 4 * Math.sqrt(laL) / 3 * (
                reMul(h.pV(), h.pA()) - reMul(h.mV(), h.mA())
                + 2 * Math.sqrt(2) / q2 * (ml1 * ml1 - ml2 * ml2) * (reMul(h.pT(), h.pTt()) - reMul(h.mT(), h.mTt()))
                + 2 * (ml1 + ml2) / sq * (imMul(h.pA(), h.pTt()) - imMul(h.mA(), h.mTt()))
                + Math.sqrt(2) * (ml1 - ml2) / sq * (imMul(h.pV(), h.pT()) - imMul(h.mV(), h.mT()))
                - (ml1 - ml2) / sq * reMul(h.zA(), h.P()) - (ml1 + ml2) / sq * reMul(h.zV(), h.S())
                + Math.sqrt(2) * imMul(h.zT(), h.P()) + 2 * imMul(h.zTt(), h.S()));
        double pre = gPrefactor(q2, mB, mV, ml1, ml2);
        return new double[] {pre * g000, pre * g200, pre * g010};
    }

    /** B -> P l1 l2 helicity amplitudes, arXiv:1506.03970 app. B (flavio angular.helicity_amps_p). */
    public static PAmps scalarAmplitudes(double q2, double mB, double mP, double mqh, double mql, double ml1,
                                         double ml2, ScalarFormFactors ff, Wc c, Complex norm) {
        double la = Math.max(Kinematics.lambda(mB * mB, mP * mP, q2), 0);
        double sla = Math.sqrt(la);
        double sq = Math.sqrt(q2);
        Complex vPlus = c.v().add(c.vp());
        Complex aPlus = c.a().add(c.ap());
        Complex hV = c.c7().add(c.c7p()).multiply(2 * mqh / (mB + mP) * ff.fT()).add(vPlus.multiply(ff.fPlus()))
                .multiply(sla / (2 * sq));
        Complex hA = aPlus.multiply(sla / (2 * sq) * ff.fPlus());
        double half = (mB * mB - mP * mP) / 2 * ff.f0();
        Complex hS = c.s().add(c.sp()).divide(mqh - mql).add(vPlus.multiply((ml1 - ml2) / q2)).multiply(half);
        Complex hP = c.p().add(c.pp()).divide(mqh - mql).add(aPlus.multiply((ml1 + ml2) / q2)).multiply(half);
        // sqrt 2 relative to flavio's helicity_amps_p: with it, the P and V tensor terms share the normalisation
        // of G (weights 8 for T, 16 for Tt, and |H_0^T|^2 = 2 |H_0^Tt|^2 in the V case), and the rate agrees with
        // arXiv:1309.0301 eqs. (13)-(14) and with a direct Dirac-trace computation (docs/validation.md#tensor-p).
        Complex hT = i(-Math.sqrt(2) * sla / (2 * (mB + mP)) * ff.fT()).multiply(c.t().subtract(c.tp()));
        Complex hTt = i(-sla / (2 * (mB + mP)) * ff.fT()).multiply(c.t().add(c.tp()));
        return new PAmps(hV.multiply(norm), hA.multiply(norm), hS.multiply(norm), hP.multiply(norm),
                hT.multiply(norm), hTt.multiply(norm));
    }

    /** G^0 of B -> P l1 l2 (arXiv:1506.03970; flavio angularcoeffs_general_Gbasis_p); dGamma/dq^2 = 2 G^0. */
    public static double scalarG0(PAmps h, double q2, double mB, double mP, double ml1, double ml2) {
        double laL = Math.max(Kinematics.lambda(q2, ml1 * ml1, ml2 * ml2), 0);
        double e1 = Math.sqrt(ml1 * ml1 + laL / (4 * q2));
        double e2 = Math.sqrt(ml2 * ml2 + laL / (4 * q2));
        double e12 = e1 * e2;
        double m12 = ml1 * ml2;
        double g0 = (4 * (e12 + m12) + laL / (3 * q2)) * abs2(h.V())
                + (4 * (e12 - m12) + laL / (3 * q2)) * abs2(h.A())
                + (4 * (e12 - m12) + laL / q2) * abs2(h.S())
                + (4 * (e12 + m12) + laL / q2) * abs2(h.P())
                + 16 * (e12 + m12 - laL / (12 * q2)) * abs2(h.Tt())
                + 8 * (e12 - m12 - laL / (12 * q2)) * abs2(h.T())
                + 16 * (ml1 * e2 + ml2 * e1) * imMul(h.V(), h.Tt())
                + 8 * Math.sqrt(2) * (ml1 * e2 - ml2 * e1) * imMul(h.A(), h.T());
        return gPrefactor(q2, mB, mP, ml1, ml2) * g0;
    }
}
