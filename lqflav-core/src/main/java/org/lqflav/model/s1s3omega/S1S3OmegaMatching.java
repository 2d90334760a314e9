package org.lqflav.model.s1s3omega;

import org.hipparchus.complex.Complex;
import org.lqflav.math.CMatrix3;
import org.lqflav.math.LoopFunctions;

/**
 * Seed-000 matching formulas, one per equation. Indices are 0-based: up quarks (u, c, t), down quarks
 * (d, s, b), leptons (e, mu, tau). {@code w} = V* yL and {@code wS} = V* yS are the up-type couplings of
 * seed000 eqs. (12)-(13); where the paper prints "V y" (eqs. (41)-(44), (51)-(59), (64)) we read V* y, the same
 * for the paper's real CKM (docs/conventions.md#s1s3omega).
 */
final class S1S3OmegaMatching {
    private static final double NC = 3;
    private static final double PI2 = Math.PI * Math.PI;

    private S1S3OmegaMatching() {
    }

    /** a b*: the coupling products all these formulas are built from. */
    static Complex times_conj(Complex a, Complex b) {
        return a.multiply(b.conjugate());
    }

    /**
     * Neutrino mass matrix term of one leptoquark p, seed000 eqs. (16)-(17): 24 mu_p (y^T md yomega md y)
     * I_p with I_p = I[M_DQ^2/M_p^2] / (256 pi^4 M_p^2); GeV. y is yL (p = S1) or yS (p = S3), used directly
     * since d_L is a mass eigenstate (eq. (11)).
     */
    static CMatrix3 neutrinoMassTerm(CMatrix3 y, CMatrix3 yOmega, double mu, double mLq, double mDq,
                                     double md, double ms, double mb) {
        CMatrix3 mdDiag = CMatrix3.diagonal(md, ms, mb);
        double loop = LoopFunctions.twoLoopI(mDq * mDq / (mLq * mLq)) / (256 * PI2 * PI2 * mLq * mLq);
        return y.transpose().times(mdDiag).times(yOmega).times(mdDiag).times(y).scale(24 * mu * loop);
    }

    /**
     * S1 dipoles sigma_{L,R}^{if} of seed000 eqs. (41)-(42), GeV^-1, summed over up quarks q; {@code logFactor[q]}
     * is 7/6 + 2/3 log x_q with the light-quark replacement already applied. The yR yR* terms the paper omits
     * ("vanish for our textures") are added as the L<->R mirror of the printed yL terms.
     *
     * @return {sigmaL, sigmaR}
     */
    static Complex[] s1Dipole(CMatrix3 w, CMatrix3 yR, int i, int f, double m1, double[] mUp, double[] dipoleLog,
                              double mi, double mf) {
        Complex l = Complex.ZERO;
        Complex r = Complex.ZERO;
        for (int q = 0; q < 3; q++) {
            Complex ww = times_conj(w.get(q, i), w.get(q, f));        // (V yL)*_qf (V yL)_qi
            Complex rr = times_conj(yR.get(q, i), yR.get(q, f));      // yR*_qf yR_qi
            Complex chiralL = times_conj(w.get(q, i), yR.get(q, f));  // yR*_qf (V yL)_qi
            Complex chiralR = times_conj(yR.get(q, i), w.get(q, f));  // (V yL)*_qf yR_qi
            double enh = mUp[q] * dipoleLog[q];
            l = l.add(ww.multiply(-mf / 12)).add(rr.multiply(-mi / 12)).add(chiralL.multiply(enh));
            r = r.add(ww.multiply(-mi / 12)).add(rr.multiply(-mf / 12)).add(chiralR.multiply(enh));
        }
        Complex pref = new Complex(0, NC / (16 * PI2 * m1 * m1));
        return new Complex[] {pref.multiply(l), pref.multiply(r)};
    }

    /**
     * S3 dipoles, seed000 eqs. (43)-(44): bracket (V yS)*_qf (V yS)_qi (-1/12) + yS*_qf yS_qi (1/3), times m_i
     * for sigma_L and m_f for sigma_R as printed. GeV^-1.
     *
     * @return {sigmaL, sigmaR}
     */
    static Complex[] s3Dipole(CMatrix3 wS, CMatrix3 yS, int i, int f, double m3, double mi, double mf) {
        Complex b = Complex.ZERO;
        for (int q = 0; q < 3; q++) {
            b = b.add(times_conj(wS.get(q, i), wS.get(q, f)).multiply(-1.0 / 12))
                    .add(times_conj(yS.get(q, i), yS.get(q, f)).multiply(1.0 / 3));
        }
        Complex pref = new Complex(0, NC / (16 * PI2 * m3 * m3));
        return new Complex[] {pref.multiply(b).multiply(mi), pref.multiply(b).multiply(mf)};
    }

    /** The bracket [(4/9 + log(x_q)/3) 2/3 - 1/54] of seed000 eqs. (51)-(52). */
    static double t1Bracket(double logX) {
        return (4.0 / 9 + logX / 3) * 2.0 / 3 - 1.0 / 54;
    }

    /**
     * Photon penguins for l (= i) -> m (= f), seed000 eqs. (50)-(56), GeV^-2.
     *
     * @param logX  log x_q = log(m_q^2/M1^2) per up quark, light-quark replacement applied
     * @param logX3 the same with M3
     * @return {T1L, T1R, T2L, T2R}
     */
    static Complex[] photonPenguins(CMatrix3 w, CMatrix3 yR, CMatrix3 wS, CMatrix3 yS, int l, int m, double m1,
                                    double m3, double[] mUp, double[] logX, double[] logX3, double ml) {
        Complex t1r1 = Complex.ZERO;
        Complex t1r3 = Complex.ZERO;
        Complex t2l1 = Complex.ZERO;
        Complex t2r1 = Complex.ZERO;
        Complex t2l3 = Complex.ZERO;
        for (int q = 0; q < 3; q++) {
            Complex ww = times_conj(w.get(q, l), w.get(q, m));      // (V yL)_ql (V yL)*_qm
            Complex wr = times_conj(w.get(q, l), yR.get(q, m));     // (V yL)_ql yR*_qm
            Complex rw = times_conj(yR.get(q, l), w.get(q, m));     // yR_ql (V yL)*_qm
            Complex ss = times_conj(wS.get(q, l), wS.get(q, m));
            Complex dd = times_conj(yS.get(q, l), yS.get(q, m));
            double r = mUp[q] / ml;
            t1r1 = t1r1.add(ww.multiply(t1Bracket(logX[q])));                                    // eq. (51)
            t1r3 = t1r3.add(ss.multiply(t1Bracket(logX3[q])));                                    // eq. (52)
            t2l1 = t2l1.add(ww.multiply(1.0 / 6).add(wr.multiply(r * (1.5 + logX[q] / 3))).multiply(2.0 / 3))
                    .add(ww.multiply(1.0 / 12).subtract(wr.multiply(r / 2)).multiply(-1.0 / 3));   // eq. (53)
            t2r1 = t2r1.add(rw.multiply(r * (1.5 + logX[q] / 3) * 2.0 / 3))
                    .add(rw.multiply(-r / 2 * -1.0 / 3));                                         // eq. (54)
            t2l3 = t2l3.add(ss.multiply(1.0 / 12)).subtract(dd.multiply(1.0 / 3));                // eq. (55)
        }
        double p1 = -3 / (16 * PI2 * m1 * m1);
        double p3 = -3 / (16 * PI2 * m3 * m3);
        return new Complex[] {
            Complex.ZERO,                                                  // eq. (50)
            t1r1.multiply(p1).add(t1r3.multiply(p3)),
            t2l1.multiply(p1).add(t2l3.multiply(p3)),
            t2r1.multiply(p1)};                                            // eq. (56): no S3 term
    }

    /**
     * Z penguin Z_R for l -> m, seed000 eqs. (58)-(59), GeV^-2 (Z_L = 0, eq. (57)). Couplings g^f_L = I3 - Q s2w,
     * g^f_R = -Q s2w, g_S1 = g^u_S3 = s2w/3, g^d_S3 = 4 s2w/3 (text below eq. (59)).
     */
    static Complex zPenguinR(CMatrix3 w, CMatrix3 wS, CMatrix3 yS, int l, int m, double m1, double m3,
                             double[] mUp, double[] mDown, double[] logXUp1, double[] logXUp3, double[] logXDown3,
                             double ml, double mZ, double s2w) {
        double guL = 0.5 - 2.0 / 3 * s2w;
        double guR = -2.0 / 3 * s2w;
        double gdL = -0.5 + 1.0 / 3 * s2w;
        double gdR = 1.0 / 3 * s2w;
        double gS1 = s2w / 3;
        double gdS3 = 4 * s2w / 3;
        Complex s1 = Complex.ZERO;
        Complex s3 = Complex.ZERO;
        for (int q = 0; q < 3; q++) {
            double light = 0.75 * ml * ml;
            double up1 = light * guR - mUp[q] * mUp[q] * (1 + logXUp1[q]) * guL - light * gS1;
            double up3 = light * guR - mUp[q] * mUp[q] * (1 + logXUp3[q]) * guL - light * gS1;   // g^u_S3 = g_S1
            double down3 = light * gdR - mDown[q] * mDown[q] * (1 + logXDown3[q]) * gdL - light * gdS3;
            s1 = s1.add(times_conj(w.get(q, l), w.get(q, m)).multiply(up1));
            s3 = s3.add(times_conj(yS.get(q, l), yS.get(q, m)).multiply(down3))
                    .add(times_conj(wS.get(q, l), wS.get(q, m)).multiply(up3));
        }
        double norm = 1 / (mZ * mZ * s2w * (1 - s2w));
        return s1.multiply(-3 / (16 * PI2 * m1 * m1) * norm).add(s3.multiply(-3 / (16 * PI2 * m3 * m3) * norm));
    }

    /**
     * One leptoquark's contribution to delta g^{ij} of the Z coupling, seed000 eq. (64): a top term with w^u_t and
     * light-quark x_Z terms for up (u, c) and down (d, s, b) quarks. {@code gqUp}, {@code gqDown}: the quark Z
     * couplings used in the x_Z terms (with the conjugate-quark reading, -g^q of the opposite chirality,
     * docs/conventions.md#z-couplings); {@code gTopDiff} = g^u_{L,R} - g^u_{R,L}; {@code gl} the lepton's SM
     * coupling of the same chirality.
     */
    static Complex deltaG(CMatrix3 wUp, CMatrix3 wDown, int i, int j, double mLq, double mt, double mZ,
                          double gTopDiff, double gqUp, double gqDown, double gl) {
        double xt = mt * mt / (mLq * mLq);
        double xz = mZ * mZ / (mLq * mLq);
        double logXz = Math.log(xz);
        Complex top = times_conj(wUp.get(2, j), wUp.get(2, i)).multiply(3 / (16 * PI2) * gTopDiff * LoopFunctions.zTop(xt));
        Complex light = Complex.ZERO;
        for (int q = 0; q < 2; q++) {
            light = light.add(times_conj(wUp.get(q, j), wUp.get(q, i)).multiply(gqUp * (logXz - 1.0 / 6) + gl / 6));
        }
        for (int q = 0; q < 3; q++) {
            light = light.add(times_conj(wDown.get(q, j), wDown.get(q, i)).multiply(gqDown * (logXz - 1.0 / 6) + gl / 6));
        }
        return top.add(light.multiply(xz / (16 * PI2)));
    }
}
