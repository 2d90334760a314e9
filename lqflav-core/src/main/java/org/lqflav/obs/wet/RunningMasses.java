package org.lqflav.obs.wet;

import org.lqflav.eft.QcdRunning;
import org.lqflav.param.SmInputs;

/**
 * MSbar quark masses at the scale of the WET coefficients, mu = m_b(m_b): m_c(m_b) from m_c(m_c), m_s(m_b) from
 * m_s(2 GeV), at next-to-leading order in four-flavour QCD with alpha_s from {@link QcdRunning}.
 * The scalar coefficients C_S(mu) multiply (m_b(mu) +- m_q(mu))^-1, so masses and coefficients must be at the same
 * scale (docs/conventions.md#masses).
 */
public final class RunningMasses {
    private RunningMasses() {
    }

    /**
     * c(a) with m(mu) proportional to c(alpha_s(mu)/pi): c(a) = a^{g0/b0} [1 + (g1/b0 - b1 g0/b0^2) a]
     * (Chetyrkin, hep-ph/9703278 eq. (5), truncated at NLO), for nf flavours, with b0 = (11 - 2nf/3)/4,
     * b1 = (102 - 38nf/3)/16, g0 = 1, g1 = (202/3 - 20nf/9)/16.
     */
    static double cFunction(double alphaS, int nf) {
        double a = alphaS / Math.PI;
        double b0 = (11 - 2.0 * nf / 3) / 4;
        double b1 = (102 - 38.0 * nf / 3) / 16;
        double g0 = 1;
        double g1 = (202.0 / 3 - 20.0 * nf / 9) / 16;
        return Math.pow(a, g0 / b0) * (1 + (g1 / b0 - b1 * g0 / (b0 * b0)) * a);
    }

    /** m(muTo) from m(muFrom), four flavours (both scales between m_c and m_b). */
    public static double run(double m, double muFrom, double muTo, QcdRunning qcd) {
        return m * cFunction(qcd.alphaS(muTo), 4) / cFunction(qcd.alphaS(muFrom), 4);
    }

    public static QcdRunning qcd(SmInputs sm) {
        return new QcdRunning(sm.alphaS, sm.mZ, sm.mDown(2), sm.mUp(2));
    }

    /** m_c(m_b) in GeV. */
    public static double mcAtMb(SmInputs sm) {
        return run(sm.mUp(1), sm.mUp(1), sm.mDown(2), qcd(sm));
    }

    /** m_s(m_b) in GeV. */
    public static double msAtMb(SmInputs sm) {
        return run(sm.mDown(1), 2.0, sm.mDown(2), qcd(sm));
    }
}
