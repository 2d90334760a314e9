package org.lqflav.model.s1s3omega;

import org.lqflav.math.LoopFunctions;
import org.lqflav.param.SmInputs;

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

    /**
     * Neutrino mass matrix term of one leptoquark p, seed000 eqs. (16)-(17): 24 mu_p (y^T md yomega md y) I_p with
     * I_p = I[M_DQ^2/M_p^2] / (256 pi^4 M_p^2); GeV, times {@code scale}, added to {@code out} (layout of
     * LowEnergy.Reusable). y is yL (p = S1) or yS (p = S3), used directly since d_L is a mass eigenstate (eq. (11)).
     */
    static void neutrinoMassTerm(S1S3OmegaKernel.Mat y, S1S3OmegaKernel.Mat yOmega, double mu, double mLq,
                                 double mDq, double[] md, double scale, double[] out) {
        double loop = LoopFunctions.twoLoopI(mDq * mDq / (mLq * mLq)) / (256 * PI2 * PI2 * mLq * mLq);
        double pref = 24 * mu * loop * scale;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double re = 0;
                double im = 0;
                for (int a = 0; a < 3; a++) {
                    double yaRe = y.re[3 * a + i] * md[a];   // (y^T md)_{i a}
                    double yaIm = y.im[3 * a + i] * md[a];
                    for (int c = 0; c < 3; c++) {
                        // (yomega md y)_{a j} term: yomega_{ac} md_c y_{cj}
                        double oRe = yOmega.re[3 * a + c];
                        double oIm = yOmega.im[3 * a + c];
                        double ycRe = y.re[3 * c + j] * md[c];
                        double ycIm = y.im[3 * c + j] * md[c];
                        double tRe = oRe * ycRe - oIm * ycIm;
                        double tIm = oRe * ycIm + oIm * ycRe;
                        re += yaRe * tRe - yaIm * tIm;
                        im += yaRe * tIm + yaIm * tRe;
                    }
                }
                out[2 * (3 * i + j)] += re * pref;
                out[2 * (3 * i + j) + 1] += im * pref;
            }
        }
    }

    /** Re(a b*) and Im(a b*) of entries of primitive matrices (the coupling products of these formulas). */
    private static double reTc(double[] ar, double[] ai, int a, double[] br, double[] bi, int b) {
        return ar[a] * br[b] + ai[a] * bi[b];
    }

    private static double imTc(double[] ar, double[] ai, int a, double[] br, double[] bi, int b) {
        return ai[a] * br[b] - ar[a] * bi[b];
    }

    /**
     * Lepton dipoles sigma_{L,R}^{if}, GeV^-1, written to {@code outL}, {@code outR} at 2 (3i + f) (re, im): S1 of
     * seed000 eqs. (41)-(42) plus S3 of eqs. (43)-(44), summed over quarks q. S1: {@code dipoleLog[q]} is
     * 7/6 + 2/3 log x_q with the light-quark replacement applied; the yR yR* terms the paper omits ("vanish for our
     * textures") are added as the L<->R mirror of the printed yL terms. S3: bracket (V yS)*_qf (V yS)_qi (-1/12) +
     * yS*_qf yS_qi (1/3), times m_i for sigma_L and m_f for sigma_R as printed. Primitive arithmetic: scan loops run
     * it per point without allocating.
     */
    static void dipoles(S1S3OmegaKernel.Mat w, S1S3OmegaKernel.Mat yR, S1S3OmegaKernel.Mat wS,
                        S1S3OmegaKernel.Mat yS, int i, int f, double m1, double m3, double[] mUp, double[] dipoleLog,
                        double mi, double mf, double[] outL, double[] outR) {
        double lRe = 0;
        double lIm = 0;
        double rRe = 0;
        double rIm = 0;
        double bRe = 0;
        double bIm = 0;
        for (int q = 0; q < 3; q++) {
            int qi = 3 * q + i;
            int qf = 3 * q + f;
            double wwRe = reTc(w.re, w.im, qi, w.re, w.im, qf);       // (V yL)*_qf (V yL)_qi
            double wwIm = imTc(w.re, w.im, qi, w.re, w.im, qf);
            double rrRe = reTc(yR.re, yR.im, qi, yR.re, yR.im, qf);   // yR*_qf yR_qi
            double rrIm = imTc(yR.re, yR.im, qi, yR.re, yR.im, qf);
            double clRe = reTc(w.re, w.im, qi, yR.re, yR.im, qf);     // yR*_qf (V yL)_qi
            double clIm = imTc(w.re, w.im, qi, yR.re, yR.im, qf);
            double crRe = reTc(yR.re, yR.im, qi, w.re, w.im, qf);     // (V yL)*_qf yR_qi
            double crIm = imTc(yR.re, yR.im, qi, w.re, w.im, qf);
            double enh = mUp[q] * dipoleLog[q];
            lRe += wwRe * (-mf / 12) + rrRe * (-mi / 12) + clRe * enh;
            lIm += wwIm * (-mf / 12) + rrIm * (-mi / 12) + clIm * enh;
            rRe += wwRe * (-mi / 12) + rrRe * (-mf / 12) + crRe * enh;
            rIm += wwIm * (-mi / 12) + rrIm * (-mf / 12) + crIm * enh;
            bRe += reTc(wS.re, wS.im, qi, wS.re, wS.im, qf) * (-1.0 / 12) + reTc(yS.re, yS.im, qi, yS.re, yS.im, qf) / 3;
            bIm += imTc(wS.re, wS.im, qi, wS.re, wS.im, qf) * (-1.0 / 12) + imTc(yS.re, yS.im, qi, yS.re, yS.im, qf) / 3;
        }
        double p1 = NC / (16 * PI2 * m1 * m1);   // prefactor i p1 (S1), i p3 (S3)
        double p3 = NC / (16 * PI2 * m3 * m3);
        int k = 2 * (3 * i + f);
        outL[k] = -p1 * lIm - p3 * bIm * mi;
        outL[k + 1] = p1 * lRe + p3 * bRe * mi;
        outR[k] = -p1 * rIm - p3 * bIm * mf;
        outR[k + 1] = p1 * rRe + p3 * bRe * mf;
    }

    /**
     * C1^NP of Bs mixing, seed000 eq. (94), GeV^-2 (no running from Lambda to m_W, as in the paper), written to
     * {@code out} (re, im).
     */
    static void bsMixing(S1S3OmegaKernel.Mat yL, S1S3OmegaKernel.Mat yS, double m1, double m3, double[] out) {
        double lRe = 0;
        double lIm = 0;
        double sRe = 0;
        double sIm = 0;
        for (int i = 0; i < 3; i++) {
            lRe += reTc(yL.re, yL.im, 6 + i, yL.re, yL.im, 3 + i);   // (yL)*_{2i} yL_{3i}
            lIm += imTc(yL.re, yL.im, 6 + i, yL.re, yL.im, 3 + i);
            sRe += reTc(yS.re, yS.im, 6 + i, yS.re, yS.im, 3 + i);
            sIm += imTc(yS.re, yS.im, 6 + i, yS.re, yS.im, 3 + i);
        }
        double a = 1 / (m1 * m1);
        double b = 5 / (m3 * m3);
        double c = 2 / (m1 * m3);
        double norm = 128 * PI2;
        out[0] = (a * (lRe * lRe - lIm * lIm) + b * (sRe * sRe - sIm * sIm) + c * (lRe * sRe - lIm * sIm)) / norm;
        out[1] = (a * 2 * lRe * lIm + b * 2 * sRe * sIm + c * (lRe * sIm + lIm * sRe)) / norm;
    }

    /**
     * b -> s l l, b -> c l nu, b -> s nu nu at the matching scale M_S1: seed000 eqs. (25), (27)-(28), (34)-(39),
     * (82), written by WET index ({@code c9[l][lp]} = C9_bs{lp}{l}, {@code csl[f][i]} = CSL_bc{f}nu{i}, ...,
     * {@code cl[f][i]} = CL_bsnu{i}nu{f}) into {@code re}, {@code im}.
     */
    static void semileptonic(S1S3OmegaKernel.Mat yL, S1S3OmegaKernel.Mat yR, S1S3OmegaKernel.Mat yS,
                             S1S3OmegaKernel.Mat w, S1S3OmegaKernel.Mat wS, double m1, double m3, SmInputs sm,
                             int[][] c9, int[][] c10, int[][] csl, int[][] ct, int[][] cvl, int[][] cl,
                             double[] re, double[] im) {
        double as = sm.alphaS;
        // QCD matching at mu = M_LQ, seed000 eqs. (34)-(36) (logs vanish); alpha_s(m_Z) as in the paper.
        double matchS = 1 + 2 * as / Math.PI;
        double matchT = 1 + 8 * as / (2 * Math.PI);
        double matchV = 1 + 17 * as / (6 * Math.PI);
        // 1/(Vtb Vts*) and 1/Vcb
        double tRe = sm.ckm.re(2, 2) * sm.ckm.re(2, 1) + sm.ckm.im(2, 2) * sm.ckm.im(2, 1);
        double tIm = sm.ckm.im(2, 2) * sm.ckm.re(2, 1) - sm.ckm.re(2, 2) * sm.ckm.im(2, 1);
        double tN = tRe * tRe + tIm * tIm;
        double itRe = tRe / tN;
        double itIm = -tIm / tN;
        double cbRe = sm.ckm.re(1, 2);
        double cbIm = sm.ckm.im(1, 2);
        double cbN = cbRe * cbRe + cbIm * cbIm;
        double icbRe = cbRe / cbN;
        double icbIm = -cbIm / cbN;
        double v2 = sm.v * sm.v;
        double m1s = m1 * m1;
        double m3s = m3 * m3;
        for (int l = 0; l < 3; l++) {
            for (int lp = 0; lp < 3; lp++) {
                // seed000 eq. (25): C9^{l l'} = -C10 = v^2/(Vtb Vts*) pi/alpha yS_{b l'} yS*_{s l} / M3^2
                double k = v2 * Math.PI / (sm.alphaEm * m3s) * matchV;
                double pRe = reTc(yS.re, yS.im, 6 + lp, yS.re, yS.im, 3 + l) * k;
                double pIm = imTc(yS.re, yS.im, 6 + lp, yS.re, yS.im, 3 + l) * k;
                double cRe = pRe * itRe - pIm * itIm;
                double cIm = pRe * itIm + pIm * itRe;
                // operator (lbar_l gamma l_lp): WCxf puts the barred lepton second, C9_bs{lp}{l}
                re[c9[l][lp]] = cRe;
                im[c9[l][lp]] = cIm;
                re[c10[l][lp]] = -cRe;
                im[c10[l][lp]] = -cIm;
            }
        }
        for (int f = 0; f < 3; f++) {
            for (int i = 0; i < 3; i++) {
                // seed000 eq. (27): C_S^{fi} = -4 C_T^{fi} = -v^2/(4 Vcb) yL_{bi} yR*_{cf} / M1^2
                double ks = -v2 / (4 * m1s);
                double pRe = reTc(yL.re, yL.im, 6 + i, yR.re, yR.im, 3 + f) * ks;
                double pIm = imTc(yL.re, yL.im, 6 + i, yR.re, yR.im, 3 + f) * ks;
                double sRe = pRe * icbRe - pIm * icbIm;
                double sIm = pRe * icbIm + pIm * icbRe;
                re[csl[f][i]] = sRe * matchS;
                im[csl[f][i]] = sIm * matchS;
                re[ct[f][i]] = sRe * (-0.25 * matchT);
                im[ct[f][i]] = sIm * (-0.25 * matchT);
                // seed000 eq. (28): C_V^{fi} = v^2/(4 Vcb) [yL_{bi} (V*yL)*_{cf}/M1^2 - yS_{bi} (V*yS)*_{cf}/M3^2]
                double vRe = (reTc(yL.re, yL.im, 6 + i, w.re, w.im, 3 + f) / m1s
                        - reTc(yS.re, yS.im, 6 + i, wS.re, wS.im, 3 + f) / m3s) * (v2 / 4);
                double vIm = (imTc(yL.re, yL.im, 6 + i, w.re, w.im, 3 + f) / m1s
                        - imTc(yS.re, yS.im, 6 + i, wS.re, wS.im, 3 + f) / m3s) * (v2 / 4);
                re[cvl[f][i]] = (vRe * icbRe - vIm * icbIm) * matchV;
                im[cvl[f][i]] = (vRe * icbIm + vIm * icbRe) * matchV;
                // seed000 eq. (82): C_L^{fi} = pi v^2/(2 Vtb Vts* alpha) [yL_{bi} yL*_{sf}/M1^2 + yS_{bi} yS*_{sf}/M3^2]
                double kl = Math.PI * v2 / (2 * sm.alphaEm);
                double lRe = (reTc(yL.re, yL.im, 6 + i, yL.re, yL.im, 3 + f) / m1s
                        + reTc(yS.re, yS.im, 6 + i, yS.re, yS.im, 3 + f) / m3s) * kl;
                double lIm = (imTc(yL.re, yL.im, 6 + i, yL.re, yL.im, 3 + f) / m1s
                        + imTc(yS.re, yS.im, 6 + i, yS.re, yS.im, 3 + f) / m3s) * kl;
                // operator (nubar_f gamma nu_i): CL_bsnu{i}nu{f} (barred neutrino second, wet.flavio.basis.yml)
                re[cl[f][i]] = lRe * itRe - lIm * itIm;
                im[cl[f][i]] = lRe * itIm + lIm * itRe;
            }
        }
    }

    /**
     * Dipoles as WET coefficients (flavio normalisations, docs/conventions.md#wcxf-normalisations). seed000 eq. (20)
     * L = (e/2) lbar_f i sigma^{mu nu} F_{mu nu} (sigmaL P_L + sigmaR P_R) l_i + h.c.; flavio/WCxf:
     * L = Cgamma_{if} (lbar_{f,L} sigma^{mu nu} l_{i,R}) F_{mu nu} + h.c. (wcxf-bases wet.flavio.basis.yml;
     * Gamma = m_i^3 (|Cgamma_if|^2 + |Cgamma_fi|^2)/(4 pi), flavio taudecays/taulgamma.py), so
     * Cgamma_{if} = i (e/2) sigmaR^{if}, e = sqrt(4 pi alpha); not run (no QED running of dipoles). sigmaL^{if}
     * belongs to Cgamma_{fi} = conj(i (e/2) sigmaL^{if}) (e.g. Cgamma_emu for mu -> e gamma).
     */
    static void cgamma(double sLRe, double sLIm, double sRRe, double sRIm, double eCharge, int ifIndex, int fiIndex,
                       double[] re, double[] im) {
        double h = eCharge / 2;
        re[ifIndex] = -sRIm * h;
        im[ifIndex] = sRRe * h;
        re[fiIndex] = -sLIm * h;
        im[fiIndex] = -sLRe * h;
    }

    /**
     * Photon penguins for l (= i) -> m (= f), seed000 eqs. (50)-(56), GeV^-2, written at 2 (3l + m) of
     * {@code t1R}, {@code t2L}, {@code t2R} (T1L = 0, eq. (50); eq. (56) has no S3 term).
     *
     * @param logX  log x_q = log(m_q^2/M1^2) per up quark, light-quark replacement applied
     * @param logX3 the same with M3
     */
    static void photonPenguins(S1S3OmegaKernel.Mat w, S1S3OmegaKernel.Mat yR, S1S3OmegaKernel.Mat wS,
                               S1S3OmegaKernel.Mat yS, int l, int m, double m1, double m3, double[] mUp,
                               double[] logX, double[] logX3, double ml, double[] t1R, double[] t2L, double[] t2R) {
        double t1r1Re = 0;
        double t1r1Im = 0;
        double t1r3Re = 0;
        double t1r3Im = 0;
        double t2l1Re = 0;
        double t2l1Im = 0;
        double t2r1Re = 0;
        double t2r1Im = 0;
        double t2l3Re = 0;
        double t2l3Im = 0;
        for (int q = 0; q < 3; q++) {
            int ql = 3 * q + l;
            int qm = 3 * q + m;
            double wwRe = reTc(w.re, w.im, ql, w.re, w.im, qm);       // (V yL)_ql (V yL)*_qm
            double wwIm = imTc(w.re, w.im, ql, w.re, w.im, qm);
            double wrRe = reTc(w.re, w.im, ql, yR.re, yR.im, qm);     // (V yL)_ql yR*_qm
            double wrIm = imTc(w.re, w.im, ql, yR.re, yR.im, qm);
            double rwRe = reTc(yR.re, yR.im, ql, w.re, w.im, qm);     // yR_ql (V yL)*_qm
            double rwIm = imTc(yR.re, yR.im, ql, w.re, w.im, qm);
            double ssRe = reTc(wS.re, wS.im, ql, wS.re, wS.im, qm);
            double ssIm = imTc(wS.re, wS.im, ql, wS.re, wS.im, qm);
            double ddRe = reTc(yS.re, yS.im, ql, yS.re, yS.im, qm);
            double ddIm = imTc(yS.re, yS.im, ql, yS.re, yS.im, qm);
            double r = mUp[q] / ml;
            double b1 = t1Bracket(logX[q]);
            double b3 = t1Bracket(logX3[q]);
            t1r1Re += wwRe * b1;                                                                 // eq. (51)
            t1r1Im += wwIm * b1;
            t1r3Re += ssRe * b3;                                                                 // eq. (52)
            t1r3Im += ssIm * b3;
            double e = r * (1.5 + logX[q] / 3);
            t2l1Re += (wwRe / 6 + wrRe * e) * (2.0 / 3) + (wwRe / 12 - wrRe * (r / 2)) * (-1.0 / 3);   // eq. (53)
            t2l1Im += (wwIm / 6 + wrIm * e) * (2.0 / 3) + (wwIm / 12 - wrIm * (r / 2)) * (-1.0 / 3);
            t2r1Re += rwRe * (e * 2.0 / 3) + rwRe * (-r / 2 * -1.0 / 3);                         // eq. (54)
            t2r1Im += rwIm * (e * 2.0 / 3) + rwIm * (-r / 2 * -1.0 / 3);
            t2l3Re += ssRe / 12 - ddRe / 3;                                                      // eq. (55)
            t2l3Im += ssIm / 12 - ddIm / 3;
        }
        double p1 = -3 / (16 * PI2 * m1 * m1);
        double p3 = -3 / (16 * PI2 * m3 * m3);
        int k = 2 * (3 * l + m);
        t1R[k] = t1r1Re * p1 + t1r3Re * p3;
        t1R[k + 1] = t1r1Im * p1 + t1r3Im * p3;
        t2L[k] = t2l1Re * p1 + t2l3Re * p3;
        t2L[k + 1] = t2l1Im * p1 + t2l3Im * p3;
        t2R[k] = t2r1Re * p1;
        t2R[k + 1] = t2r1Im * p1;
    }

    /** The bracket [(4/9 + log(x_q)/3) 2/3 - 1/54] of seed000 eqs. (51)-(52). */
    static double t1Bracket(double logX) {
        return (4.0 / 9 + logX / 3) * 2.0 / 3 - 1.0 / 54;
    }

    /**
     * Z penguin Z_R for l -> m, seed000 eqs. (58)-(59), GeV^-2 (Z_L = 0, eq. (57)), written at 2 (3l + m) of
     * {@code zR}. Couplings g^f_L = I3 - Q s2w, g^f_R = -Q s2w, g_S1 = g^u_S3 = s2w/3, g^d_S3 = 4 s2w/3 (text below
     * eq. (59)).
     */
    static void zPenguinR(S1S3OmegaKernel.Mat w, S1S3OmegaKernel.Mat wS, S1S3OmegaKernel.Mat yS, int l, int m,
                          double m1, double m3, double[] mUp, double[] mDown, double[] logXUp1, double[] logXUp3,
                          double[] logXDown3, double ml, double mZ, double s2w, double[] zR) {
        double guL = 0.5 - 2.0 / 3 * s2w;
        double guR = -2.0 / 3 * s2w;
        double gdL = -0.5 + 1.0 / 3 * s2w;
        double gdR = 1.0 / 3 * s2w;
        double gS1 = s2w / 3;
        double gdS3 = 4 * s2w / 3;
        double s1Re = 0;
        double s1Im = 0;
        double s3Re = 0;
        double s3Im = 0;
        for (int q = 0; q < 3; q++) {
            int ql = 3 * q + l;
            int qm = 3 * q + m;
            double light = 0.75 * ml * ml;
            double up1 = light * guR - mUp[q] * mUp[q] * (1 + logXUp1[q]) * guL - light * gS1;
            double up3 = light * guR - mUp[q] * mUp[q] * (1 + logXUp3[q]) * guL - light * gS1;   // g^u_S3 = g_S1
            double down3 = light * gdR - mDown[q] * mDown[q] * (1 + logXDown3[q]) * gdL - light * gdS3;
            s1Re += reTc(w.re, w.im, ql, w.re, w.im, qm) * up1;
            s1Im += imTc(w.re, w.im, ql, w.re, w.im, qm) * up1;
            s3Re += reTc(yS.re, yS.im, ql, yS.re, yS.im, qm) * down3 + reTc(wS.re, wS.im, ql, wS.re, wS.im, qm) * up3;
            s3Im += imTc(yS.re, yS.im, ql, yS.re, yS.im, qm) * down3 + imTc(wS.re, wS.im, ql, wS.re, wS.im, qm) * up3;
        }
        double norm = 1 / (mZ * mZ * s2w * (1 - s2w));
        double p1 = -3 / (16 * PI2 * m1 * m1) * norm;
        double p3 = -3 / (16 * PI2 * m3 * m3) * norm;
        int k = 2 * (3 * l + m);
        zR[k] = s1Re * p1 + s3Re * p3;
        zR[k + 1] = s1Im * p1 + s3Im * p3;
    }

    /**
     * One leptoquark's contribution to delta g^{ij} of the Z coupling, seed000 eq. (64), added to {@code out} at
     * 2 (3i + j): a top term with w^u_t and light-quark x_Z terms for up (u, c) and down (d, s, b) quarks. The
     * up- and down-type couplings are {@code sUp wUp} and {@code sDown wDown} (a null matrix: none).
     * {@code gqUp}, {@code gqDown}: the quark Z couplings used in the x_Z terms (with the conjugate-quark reading,
     * -g^q of the opposite chirality, docs/conventions.md#z-couplings); {@code gTopDiff} = g^u_{L,R} - g^u_{R,L};
     * {@code gl} the lepton's SM coupling of the same chirality.
     */
    static void deltaG(S1S3OmegaKernel.Mat wUp, double sUp, S1S3OmegaKernel.Mat wDown, double sDown, int i, int j,
                       double mLq, double mt, double mZ, double gTopDiff, double gqUp, double gqDown, double gl,
                       double[] out) {
        double xt = mt * mt / (mLq * mLq);
        double xz = mZ * mZ / (mLq * mLq);
        double logXz = Math.log(xz);
        double re = 0;
        double im = 0;
        if (wUp != null) {
            double u2 = sUp * sUp;
            double top = 3 / (16 * PI2) * gTopDiff * LoopFunctions.zTop(xt) * u2;
            re += reTc(wUp.re, wUp.im, 6 + j, wUp.re, wUp.im, 6 + i) * top;
            im += imTc(wUp.re, wUp.im, 6 + j, wUp.re, wUp.im, 6 + i) * top;
            double c = (gqUp * (logXz - 1.0 / 6) + gl / 6) * u2 * xz / (16 * PI2);
            for (int q = 0; q < 2; q++) {
                re += reTc(wUp.re, wUp.im, 3 * q + j, wUp.re, wUp.im, 3 * q + i) * c;
                im += imTc(wUp.re, wUp.im, 3 * q + j, wUp.re, wUp.im, 3 * q + i) * c;
            }
        }
        if (wDown != null) {
            double c = (gqDown * (logXz - 1.0 / 6) + gl / 6) * sDown * sDown * xz / (16 * PI2);
            for (int q = 0; q < 3; q++) {
                re += reTc(wDown.re, wDown.im, 3 * q + j, wDown.re, wDown.im, 3 * q + i) * c;
                im += imTc(wDown.re, wDown.im, 3 * q + j, wDown.re, wDown.im, 3 * q + i) * c;
            }
        }
        out[2 * (3 * i + j)] += re;
        out[2 * (3 * i + j) + 1] += im;
    }

    /** mu-e conversion (seed000 eq. (74)) and tau -> l P (eqs. (86)-(88)), into {@code gLVu} and {@code alphaTauP}. */
    static void lowEnergyLeptonic(S1S3OmegaKernel.Mat yS, S1S3OmegaKernel.Mat w, S1S3OmegaKernel.Mat wS, double m1,
                                  double m3, double v, double mTau, double[] gLVu, double[] alphaTauP) {
        double v2 = v * v;
        double a1 = 1 / (m1 * m1);
        double a3 = 1 / (m3 * m3);
        for (int i = 0; i < 3; i++) {
            for (int f = 0; f < 3; f++) {
                // eq. (74): g_LV^(u) = -2 v^2 (V*yS)_{u f} (V*yS)*_{u i} / M3^2; S1's u^c l coupling V*yL enters
                // the same operator with M1 (eq. (12) has the form of the S3^{1/3} term of eq. (13)).
                int k = 2 * (3 * i + f);
                gLVu[k] = (reTc(wS.re, wS.im, f, wS.re, wS.im, i) * a3 + reTc(w.re, w.im, f, w.re, w.im, i) * a1)
                        * (-2 * v2);
                gLVu[k + 1] = (imTc(wS.re, wS.im, f, wS.re, wS.im, i) * a3 + imTc(w.re, w.im, f, w.re, w.im, i) * a1)
                        * (-2 * v2);
            }
        }
        double cEta = mTau / (2 * Math.sqrt(3));
        double cEtaP = mTau / (2 * Math.sqrt(6));
        for (int l = 0; l < 2; l++) {
            double uLRe = reTc(w.re, w.im, 2, w.re, w.im, l) * a1;
            double uLIm = imTc(w.re, w.im, 2, w.re, w.im, l) * a1;
            double uSRe = reTc(wS.re, wS.im, 2, wS.re, wS.im, l) * a3;
            double uSIm = imTc(wS.re, wS.im, 2, wS.re, wS.im, l) * a3;
            double cLRe = reTc(w.re, w.im, 5, w.re, w.im, 3 + l) * a1;
            double cLIm = imTc(w.re, w.im, 5, w.re, w.im, 3 + l) * a1;
            double sSRe = reTc(yS.re, yS.im, 5, yS.re, yS.im, 3 + l) * a3;
            double sSIm = imTc(yS.re, yS.im, 5, yS.re, yS.im, 3 + l) * a3;
            // layout [p][l] at 2 (2p + l), p = PHI, ETA, ETA_PRIME
            alphaTauP[2 * l] = sSRe * mTau;                                                      // eq. (86)
            alphaTauP[2 * l + 1] = sSIm * mTau;
            alphaTauP[2 * (2 + l)] = (-uLRe - uSRe + cLRe + 2 * sSRe) * cEta;                    // eq. (87)
            alphaTauP[2 * (2 + l) + 1] = (-uLIm - uSIm + cLIm + 2 * sSIm) * cEta;
            alphaTauP[2 * (4 + l)] = (uLRe + uSRe + 2 * cLRe + 4 * sSRe) * cEtaP;                // eq. (88)
            alphaTauP[2 * (4 + l) + 1] = (uLIm + uSIm + 2 * cLIm + 4 * sSIm) * cEtaP;
        }
    }
}
