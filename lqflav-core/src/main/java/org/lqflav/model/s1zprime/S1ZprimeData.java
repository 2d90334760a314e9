package org.lqflav.model.s1zprime;

import org.hipparchus.complex.Complex;

/**
 * The seed-004 model's low-energy quantities for one point ({@code LowEnergy.modelData}), read by the observables
 * of {@link S1ZprimeObservables}. New physics only; GeV units. Immutable (the array is copied in and out).
 *
 * @param inputs      the SM and hadronic inputs of the point's parameter set
 * @param options     the model options of the point
 * @param mS1         S1 mass
 * @param yDown       Y^{S1} = V^T y_L^q (eq. (4)) or its expansion (eq. (5)), indices d, s, b
 * @param cLbs        C_{L,bs}^{S1} of eq. (7), operator (sbar gamma P_L b)(nubar_tau gamma P_L nu_tau)
 * @param cLsd        C_{L,sd}^{S1} of eq. (7), operator (sbar gamma P_L d)(...), lambda_t = V_ts* V_td
 * @param lambdaTsd   V_ts* V_td
 * @param reVcsVcd    Re(V_cs* V_cd) of eq. (10)
 * @param cV          C_V^tau (eq. (19)); vector currents do not run
 * @param cSmb        C_S^tau at m_b
 * @param cTmb        C_T^tau at m_b
 * @param mZp         Z' mass
 * @param gZp         U(1)_{Lmu-Ltau} gauge coupling
 * @param epsilon     kinetic mixing used (the file's, or the loop value with option epsilon: loop)
 * @param cZp         C_Z' of eq. (13), GeV^-1
 */
public record S1ZprimeData(S1ZprimeInputs inputs, S1ZprimeOptions options, double mS1, Complex[] yDown, Complex cLbs,
                           Complex cLsd, Complex lambdaTsd, double reVcsVcd, Complex cV, Complex cSmb, Complex cTmb,
                           double mZp, double gZp, double epsilon, Complex cZp) {
    public S1ZprimeData {
        yDown = yDown.clone();
    }

    @Override
    public Complex[] yDown() {
        return yDown.clone();
    }

    public Complex yD() {
        return yDown[0];
    }

    public Complex yS() {
        return yDown[1];
    }

    public Complex yB() {
        return yDown[2];
    }
}
