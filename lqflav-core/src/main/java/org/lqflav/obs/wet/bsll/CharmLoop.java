package org.lqflav.obs.wet.bsll;

import org.hipparchus.complex.Complex;

/**
 * The perturbative four-quark contribution to C9^eff(q^2) = C9 + Y(q^2) at leading order in the CMM basis,
 * Beneke, Feldmann, Seidel, hep-ph/0106067 eqs. (10)-(11). Non-factorisable and long-distance charm effects are
 * not included (they largely cancel in the lepton-universality ratios; docs/validation.md).
 */
public final class CharmLoop {
    private CharmLoop() {
    }

    /** h(s, m_q) of hep-ph/0106067 eq. (11); m = 0 gives 8/27 - 4/9 ln(s/mu^2) + 4/9 i pi. */
    static Complex h(double s, double m, double mu) {
        if (m == 0) {
            return new Complex(8.0 / 27 - 4.0 / 9 * Math.log(s / (mu * mu)), 4.0 / 9 * Math.PI);
        }
        double z = 4 * m * m / s;
        double re = -4.0 / 9 * (Math.log(m * m / (mu * mu)) - 2.0 / 3 - z);
        double pre = -4.0 / 9 * (2 + z) * Math.sqrt(Math.abs(z - 1));
        if (z > 1) {
            return new Complex(re + pre * Math.atan(1 / Math.sqrt(z - 1)));
        }
        return new Complex(re + pre * Math.log((1 + Math.sqrt(1 - z)) / Math.sqrt(z)), -pre * Math.PI / 2);
    }

    /** Y(q^2) of hep-ph/0106067 eq. (10); c = {C1..C6} (CMM basis, index 0 = C1) at mu. */
    public static Complex y(double q2, double mc, double mb, double mu, double[] c) {
        Complex hc = h(q2, mc, mu).multiply(4.0 / 3 * c[0] + c[1] + 6 * c[2] + 60 * c[4]);
        Complex hb = h(q2, mb, mu).multiply(-0.5 * (7 * c[2] + 4.0 / 3 * c[3] + 76 * c[4] + 64.0 / 3 * c[5]));
        Complex h0 = h(q2, 0, mu).multiply(-0.5 * (c[2] + 4.0 / 3 * c[3] + 16 * c[4] + 64.0 / 3 * c[5]));
        return hc.add(hb).add(h0).add(4.0 / 3 * c[2] + 64.0 / 9 * c[4] + 64.0 / 27 * c[5]);
    }
}
