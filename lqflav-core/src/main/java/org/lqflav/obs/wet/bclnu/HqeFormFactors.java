package org.lqflav.obs.wet.bclnu;

import org.lqflav.obs.wet.Dilog;
import org.lqflav.obs.wet.Helicity.ScalarFormFactors;
import org.lqflav.obs.wet.Helicity.VectorFormFactors;
import org.lqflav.param.ParameterSet;

/**
 * B -> D and B -> D* form factors in the heavy-quark expansion to O(alpha_s, Lambda/m_{b,c}, Lambda^2/m_c^2):
 * the parametrisation of Bernlochner, Ligeti, Papucci, Robinson, arXiv:1703.05330 (BLPR), extended to second
 * order in 1/m_c and fitted by Bordone, Jung, van Dyk, arXiv:1908.09398 ("HQE", fit 3/2/1), which flavio 2.x uses
 * as its default "CLN" B -> D(*) form factors. Tensor form factors follow from the same HQE (no extra input),
 * so all five b -> c l nu operators are described consistently. Immutable.
 */
public final class HqeFormFactors {
    /** IW function, subleading (chi2, chi3, eta) and subsubleading (l_i) parameters, arXiv:1908.09398 table. */
    public record Parameters(double rho2, double c, double xi3, double chi2, double chi2p, double chi2pp,
                             double chi3p, double chi3pp, double eta, double etap, double etapp, double[] l,
                             double[] lp, double alphaS, double mb1S, double mbMinusMc, double mBbar,
                             double lambda1) {
        /** Reads the hqe_* keys of a parameter set (docs/conventions.md#b-to-c). */
        public static Parameters of(ParameterSet p) {
            double[] l = new double[7];
            double[] lp = new double[7];
            for (int k = 1; k <= 6; k++) {
                l[k] = p.value("hqe_l" + k);
                lp[k] = p.value("hqe_lp" + k);
            }
            return new Parameters(p.value("hqe_rho2"), p.value("hqe_c"), p.value("hqe_xi3"), p.value("hqe_chi2"),
                    p.value("hqe_chi2p"), p.value("hqe_chi2pp"), p.value("hqe_chi3p"), p.value("hqe_chi3pp"),
                    p.value("hqe_eta"), p.value("hqe_etap"), p.value("hqe_etapp"), l, lp, p.value("hqe_alpha_s"),
                    p.value("hqe_mb1S"), p.value("hqe_mb_minus_mc"), p.value("hqe_mBbar"), p.value("hqe_lambda1"));
        }
    }

    private final Parameters p;
    private final double ash;
    private final double epsC;
    private final double epsB;
    private final double zc;
    private final int orderSlp;
    private final int orderSslp;

    /** flavio's default truncation: (w-1)^n of the subleading functions to z^2, of the l_i to z^1. */
    public HqeFormFactors(Parameters p) {
        this(p, 2, 1);
    }

    /** With explicit z-orders of the subleading (L_i) and subsubleading (l_i) expansions (EOS tests use 1, 1). */
    HqeFormFactors(Parameters p, int orderSlp, int orderSslp) {
        this.p = p;
        this.orderSlp = orderSlp;
        this.orderSslp = orderSslp;
        // EOS/flavio HQE inputs (arXiv:1908.09398 sec. 2): m_b from the 1S mass, m_c = m_b - 3.4 GeV,
        // Lambda-bar = mBbar - m_b + lambda_1/(2 m_b^1S) (BLPR eq. (25)), eps_Q = Lambda-bar/(2 m_Q).
        this.ash = p.alphaS() / Math.PI;
        double mb = p.mb1S() * (1 + 2 * p.alphaS() * p.alphaS() / 9);
        double mc = mb - p.mbMinusMc();
        double lambdaBar = p.mBbar() - mb + p.lambda1() / (2 * p.mb1S());
        this.epsC = lambdaBar / (2 * mc);
        this.epsB = lambdaBar / (2 * mb);
        this.zc = mc / mb;
    }

    /** z(q^2) with t0 = t_- = (m_B - m_M)^2 (BLPR), z = 0 at zero recoil. */
    static double z(double mB, double mM, double q2) {
        double tp = (mB + mM) * (mB + mM);
        double tm = (mB - mM) * (mB - mM);
        double a = Math.sqrt(tp - q2);
        double b = Math.sqrt(tp - tm);
        return (a - b) / (a + b);
    }

    /** (w-1)^n expanded in z up to z^order: w - 1 = 8z + 16z^2 + 24z^3, (w-1)^2 = 64z^2 + 256z^3, (w-1)^3 = 512z^3. */
    static double wm1Pow(double z, int n, int order) {
        double[][] a = {{1, 0, 0, 0}, {0, 8, 16, 24}, {0, 0, 64, 256}, {0, 0, 0, 512}};
        double s = 0;
        double zk = 1;
        for (int k = 0; k <= order; k++) {
            s += a[n][k] * zk;
            zk *= z;
        }
        return s;
    }

    /** Leading Isgur-Wise function xi = 1 - rho2 (w-1) + c (w-1)^2 + xi3/6 (w-1)^3, each power expanded to z^3. */
    double xi(double z) {
        return 1 - p.rho2() * wm1Pow(z, 1, 3) + p.c() * wm1Pow(z, 2, 3) + p.xi3() / 6 * wm1Pow(z, 3, 3);
    }

    /** BLPR's L_1..L_6 (eq. (B2) of arXiv:1703.05330) with chi2, chi3, eta expanded to (w-1)^2 (z^2). */
    double[] bigL(double w, double z) {
        double w1 = wm1Pow(z, 1, orderSlp);
        double w2 = wm1Pow(z, 2, orderSlp);
        double chi2 = p.chi2() + p.chi2p() * w1 + p.chi2pp() / 2 * w2;
        double chi3 = p.chi3p() * w1 + p.chi3pp() / 2 * w2;
        double eta = p.eta() + p.etap() * w1 + p.etapp() / 2 * w2;
        return new double[] {0, -4 * (w - 1) * chi2 + 12 * chi3, -4 * chi3, 4 * chi2, 2 * eta - 1, -1,
            -2 * (1 + eta) / (w + 1)};
    }

    /** Second-order power corrections l_i(w) = l_i(1) + (w-1) l'_i(1), (w-1) to order z (arXiv:1908.09398). */
    double[] ell(double z) {
        double w1 = wm1Pow(z, 1, orderSslp);
        double[] e = new double[7];
        for (int k = 1; k <= 6; k++) {
            e[k] = p.l()[k] + w1 * p.lp()[k];
        }
        return e;
    }

    static double r(double w) {
        if (w == 1) {
            return 1;
        }
        double s = Math.sqrt(w * w - 1);
        return Math.log(w + s) / s;
    }

    /** Omega(w, z) of the O(alpha_s) matching (Neubert, Phys. Rept. 245 (1994); arXiv:0809.0222 eq. (22)). */
    static double omega(double w, double z) {
        if (w == 1) {
            return -1 + (z + 1) / (z - 1) * Math.log(z);
        }
        double s = Math.sqrt(w * w - 1);
        double wp = w + s;
        double wm = w - s;
        return 1 + w * (2 * Dilog.li2(1 - z * wm) - Dilog.li2(1 - wm * wm) - 2 * Dilog.li2(1 - z * wp)
                + Dilog.li2(1 - wp * wp)) / (2 * s) - w * Math.log(z) * r(w);
    }

    /** The O(alpha_s) HQET current matching coefficients C_{V1..3}, C_{A1..3}, C_{T1..3} (arXiv:0809.0222 eq. (22)). */
    static double cV1(double w, double z) {
        double wz = 0.5 * (z + 1 / z);
        return (12 * (-w + wz) * z - (-1 + z * z) * Math.log(z) + 2 * (1 + w) * (-1 + (-1 + 3 * w) * z - z * z) * r(w)
                + 4 * (w - wz) * z * omega(w, z)) / (6 * (w - wz) * z);
    }

    static double cV2(double w, double z) {
        double wz = 0.5 * (z + 1 / z);
        return -(z * (2 * (-w + wz) * (-1 + z) + (3 - 2 * w - (-2 + 4 * w) * z + z * z) * Math.log(z))
                + (2 - (-1 + 5 * w + 2 * w * w) * z + (2 * w + 4 * w * w) * z * z - (1 + w) * z * z * z) * r(w))
                / (6 * (w - wz) * (w - wz) * z * z);
    }

    static double cV3(double w, double z) {
        double wz = 0.5 * (z + 1 / z);
        return (2 * (-w + wz) * (-1 + z) * z + (1 + (2 - 4 * w) * z + (3 - 2 * w) * z * z) * Math.log(z)
                + (1 + w - (2 * w + 4 * w * w) * z + (-1 + 5 * w + 2 * w * w) * z * z - 2 * z * z * z) * r(w))
                / (6 * (w - wz) * (w - wz) * z);
    }

    static double cA1(double w, double z) {
        double wz = 0.5 * (z + 1 / z);
        return (12 * (-w + wz) * z - (-1 + z * z) * Math.log(z) + 2 * (-1 + w) * (-1 + (1 + 3 * w) * z - z * z) * r(w)
                + 4 * (w - wz) * z * omega(w, z)) / (6 * (w - wz) * z);
    }

    static double cA2(double w, double z) {
        double wz = 0.5 * (z + 1 / z);
        return -(z * (2 * (-w + wz) * (1 + z) + (3 + 2 * w - (2 + 4 * w) * z + z * z) * Math.log(z))
                + (2 + (-1 - 5 * w + 2 * w * w) * z + (-2 * w + 4 * w * w) * z * z + (1 - w) * z * z * z) * r(w))
                / (6 * (w - wz) * (w - wz) * z * z);
    }

    static double cA3(double w, double z) {
        double wz = 0.5 * (z + 1 / z);
        return (2 * (-w + wz) * z * (1 + z) - (1 - (2 + 4 * w) * z + (3 + 2 * w) * z * z) * Math.log(z)
                + (1 - w + (-2 * w + 4 * w * w) * z + (-1 - 5 * w + 2 * w * w) * z * z + 2 * z * z * z) * r(w))
                / (6 * (w - wz) * (w - wz) * z);
    }

    static double cT1(double w, double z) {
        double wz = 0.5 * (z + 1 / z);
        return ((-1 + w) * (-1 + (2 + 4 * w) * z - z * z) * r(w) + (6 * (-w + wz) * z - (-1 + z * z) * Math.log(z))
                + 2 * (w - wz) * z * omega(w, z)) / (3 * (w - wz) * z);
    }

    static double cT2(double w, double z) {
        double wz = 0.5 * (z + 1 / z);
        return 2 * (z * Math.log(z) + (1 - w * z) * r(w)) / (3 * (w - wz) * z);
    }

    static double cT3(double w, double z) {
        double wz = 0.5 * (z + 1 / z);
        return 2 * (Math.log(z) + (w - z) * r(w)) / (3 * (w - wz));
    }

    /**
     * B -> D: h_+, h_-, h_T (BLPR eqs. (B4)-(B5) with the 1/m_c^2 terms of arXiv:1908.09398), converted to
     * f_+, f_0, f_T by arXiv:1309.0301 eq. (31).
     */
    public ScalarFormFactors bToD(double q2, double mB, double mD) {
        double w = Math.max((mB * mB + mD * mD - q2) / (2 * mB * mD), 1);
        double z = z(mB, mD, q2);
        double xi = xi(z);
        double[] bl = bigL(w, z);
        double[] e = ell(z);
        double cv1 = cV1(w, zc);
        double cv2 = cV2(w, zc);
        double cv3 = cV3(w, zc);
        double hPlus = xi * (1 + ash * (cv1 + (w + 1) / 2 * (cv2 + cv3)) + (epsC + epsB) * bl[1] + epsC * epsC * e[1]);
        double hMinus = xi * (ash * (w + 1) / 2 * (cv2 - cv3) + (epsC - epsB) * bl[4] + epsC * epsC * e[4]);
        double hT = xi * (1 + ash * (cT1(w, zc) - cT2(w, zc) + cT3(w, zc)) + (epsC + epsB) * (bl[1] - bl[4])
                + epsC * epsC * (e[1] - e[4]));
        double rr = mD / mB;
        double sr = Math.sqrt(rr);
        double fPlus = ((rr + 1) * hPlus + (rr - 1) * hMinus) / (2 * sr);
        double fMinus = ((rr - 1) * hPlus + (rr + 1) * hMinus) / (2 * sr);
        double f0 = fPlus + fMinus * q2 / (mB * mB - mD * mD);
        double fT = (rr + 1) / (2 * sr) * hT;
        return new ScalarFormFactors(fPlus, f0, fT);
    }

    /**
     * B -> D*: h_V, h_A1..3, h_T1..3 (BLPR eqs. (B6)-(B9) with the 1/m_c^2 terms of arXiv:1908.09398), converted
     * to V, A0, A1, A12, T1, T2, T23 by arXiv:1309.0301 eqs. (38)-(39) and the A12, T23 definitions of
     * arXiv:1503.05534 eqs. (A.4)-(A.5).
     */
    public VectorFormFactors bToDstar(double q2, double mB, double mV) {
        double w = Math.max((mB * mB + mV * mV - q2) / (2 * mB * mV), 1);
        double[] h = hDstar(w, z(mB, mV, q2));
        return toVector(q2, mB, mV, h[0], h[1], h[2], h[3], h[4], h[5], h[6]);
    }

    /** {h_V, h_A1, h_A2, h_A3, h_T1, h_T2, h_T3} at recoil w (z = z(w)). */
    double[] hDstar(double w, double z) {
        double xi = xi(z);
        double[] bl = bigL(w, z);
        double[] e = ell(z);
        double x = (w - 1) / (w + 1);
        double hV = xi * (1 + ash * cV1(w, zc) + epsC * (bl[2] - bl[5]) + epsB * (bl[1] - bl[4])
                + epsC * epsC * (e[2] - e[5]));
        double hA1 = xi * (1 + ash * cA1(w, zc) + epsC * (bl[2] - bl[5] * x) + epsB * (bl[1] - bl[4] * x)
                + epsC * epsC * (e[2] - e[5] * x));
        double hA2 = xi * (ash * cA2(w, zc) + epsC * (bl[3] + bl[6]) + epsC * epsC * (e[3] + e[6]));
        double hA3 = xi * (1 + ash * (cA1(w, zc) + cA3(w, zc)) + epsC * (bl[2] - bl[3] + bl[6] - bl[5])
                + epsB * (bl[1] - bl[4]) + epsC * epsC * (e[2] - e[3] + e[6] - e[5]));
        double ct1 = cT1(w, zc);
        double ct2 = cT2(w, zc);
        double ct3 = cT3(w, zc);
        double hT1 = xi * (1 + ash * (ct1 + (w - 1) / 2 * (ct2 - ct3)) + epsC * bl[2] + epsB * bl[1]
                + epsC * epsC * e[2]);
        double hT2 = xi * (ash * (w + 1) / 2 * (ct2 + ct3) + epsC * bl[5] - epsB * bl[4] + epsC * epsC * e[5]);
        double hT3 = xi * (ash * ct2 + epsC * (bl[6] - bl[3]) + epsC * epsC * (e[6] - e[3]));
        return new double[] {hV, hA1, hA2, hA3, hT1, hT2, hT3};
    }

    /** HQET basis to the lattice basis, arXiv:1309.0301 eqs. (38)-(39) (flavio b_v/cln.h_to_A). */
    static VectorFormFactors toVector(double q2, double mB, double mV, double hV, double hA1, double hA2,
                                      double hA3, double hT1, double hT2, double hT3) {
        double pre = 1 / (2 * Math.sqrt(mB * mV));
        double mp = mB + mV;
        double mm = mB - mV;
        double v = pre * mp * hV;
        double a1 = pre * (mp * mp - q2) / mp * hA1;
        double a2 = pre * mp * (hA3 + mV / mB * hA2);
        double a0 = pre * ((mp * mp - q2) / (2 * mV) * hA1 - (mB * mB - mV * mV + q2) / (2 * mB) * hA2
                - (mB * mB - mV * mV - q2) / (2 * mV) * hA3);
        double t1 = pre * (mp * hT1 - mm * hT2);
        double t2 = pre * ((mp * mp - q2) / mp * hT1 - (mm * mm - q2) / mm * hT2);
        double t3 = pre * (mm * hT1 - mp * hT2 - 2 * (mB * mB - mV * mV) / mB * hT3);
        double la = org.lqflav.obs.wet.Kinematics.lambda(mB * mB, mV * mV, q2);
        double a12 = (a1 * mp * mp * (mB * mB - mV * mV - q2) - a2 * la) / (16 * mB * mV * mV * mp);
        double t23 = ((mB * mB - mV * mV) * (mB * mB + 3 * mV * mV - q2) * t2 - la * t3) / (8 * mB * mm * mV * mV);
        return new VectorFormFactors(v, a0, a1, a12, t1, t2, t23);
    }
}
