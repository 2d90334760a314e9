package org.lqflav.obs.wet.bsll;

import org.lqflav.obs.wet.Helicity.ScalarFormFactors;
import org.lqflav.obs.wet.Helicity.VectorFormFactors;
import org.lqflav.param.ParameterSet;

/**
 * B -> K* and B -> K form factors in the BSZ parametrisation (Bharucha, Straub, Zwicky, arXiv:1503.05534 eq. (11)):
 * F(q^2) = [1 - q^2/m_R^2]^-1 sum_{k<3} a_k [z(q^2) - z(0)]^k, z with t_0 = t_+ (1 - sqrt(1 - t_-/t_+)),
 * t_+- = (m_B +- m_M)^2. B -> K*: the combined LCSR + lattice fit of arXiv:1503.05534 (flavio's
 * BKstar_LCSR-Lattice.json), with a_0(A0) and a_0(T2) fixed by the exact relations A0(0) = 8 m_B m_V A12(0)/(m_B^2
 * - m_V^2) and T1(0) = T2(0) (eq. (16)). B -> K: Gubernari, Reboud, van Dyk, Virto, arXiv:2305.06301 (GRvDV 2023,
 * the N = 2 BSZ fit), a_0(f0) = a_0(f+). Immutable.
 */
public final class BszFormFactors {
    private static final String[] V_FFS = {"A0", "A1", "A12", "V", "T1", "T2", "T23"};

    private final double[][] aV = new double[7][3];
    private final double[] mRV = new double[7];
    private final double[][] aK = new double[3][3];
    private final double[] mRK = new double[3];

    public BszFormFactors(ParameterSet p, double mB, double mKstar) {
        for (int f = 0; f < 7; f++) {
            for (int k = 0; k < 3; k++) {
                String key = "bsz_BKstar_a" + k + "_" + V_FFS[f];
                aV[f][k] = (k == 0 && (f == 0 || f == 5)) ? Double.NaN : p.value(key);
            }
        }
        aV[0][0] = 8 * mB * mKstar / (mB * mB - mKstar * mKstar) * aV[2][0];
        aV[5][0] = aV[4][0];
        // resonances of arXiv:1503.05534 table 3: 0^- for A0, 1^- for V and T1, 1^+ for A1, A12, T2, T23
        double m0m = p.value("bsz_BKstar_mR_0m");
        double m1m = p.value("bsz_BKstar_mR_1m");
        double m1p = p.value("bsz_BKstar_mR_1p");
        double[] res = {m0m, m1p, m1p, m1m, m1m, m1p, m1p};
        System.arraycopy(res, 0, mRV, 0, 7);
        String[] kf = {"fp", "f0", "fT"};
        for (int f = 0; f < 3; f++) {
            for (int k = 0; k < 3; k++) {
                aK[f][k] = (f == 1 && k == 0) ? Double.NaN : p.value("bsz_BK_a" + k + "_" + kf[f]);
            }
        }
        aK[1][0] = aK[0][0];
        mRK[0] = p.value("bsz_BK_mR_fp");
        mRK[1] = p.value("bsz_BK_mR_f0");
        mRK[2] = mRK[0];
    }

    /** z(q^2) of arXiv:1503.05534 eq. (12). */
    static double z(double mB, double mM, double q2) {
        double tp = (mB + mM) * (mB + mM);
        double tm = (mB - mM) * (mB - mM);
        double t0 = tp * (1 - Math.sqrt(1 - tm / tp));
        double a = Math.sqrt(tp - q2);
        double b = Math.sqrt(tp - t0);
        return (a - b) / (a + b);
    }

    private static double series(double[] a, double mR, double dz, double q2) {
        return (a[0] + a[1] * dz + a[2] * dz * dz) / (1 - q2 / (mR * mR));
    }

    public VectorFormFactors bToKstar(double q2, double mB, double mV) {
        double dz = z(mB, mV, q2) - z(mB, mV, 0);
        double[] f = new double[7];
        for (int i = 0; i < 7; i++) {
            f[i] = series(aV[i], mRV[i], dz, q2);
        }
        return new VectorFormFactors(f[3], f[0], f[1], f[2], f[4], f[5], f[6]);
    }

    public ScalarFormFactors bToK(double q2, double mB, double mK) {
        double dz = z(mB, mK, q2) - z(mB, mK, 0);
        return new ScalarFormFactors(series(aK[0], mRK[0], dz, q2), series(aK[1], mRK[1], dz, q2),
                series(aK[2], mRK[2], dz, q2));
    }
}
