package org.lqflav.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoopFunctionsTest {
    @Test
    void twoLoopIntegralSmallRatioIsPiSquaredOverThree() {
        // seed000 eq. (18), r << 1 branch.
        assertThat(LoopFunctions.twoLoopI(1e-3)).isCloseTo(Math.PI * Math.PI / 3, within(1e-15));
    }

    @Test
    void twoLoopIntegralAtSeed000BenchmarkGivesPaperM0() {
        // seed000 sec. 5: M_DQ = 10 TeV, M_LQ = 1.2 TeV gives m0 = 3 mu I / (32 pi^4 M^2) = 1.95e-10 mu (GeV^-1).
        double r = Math.pow(10.0 / 1.2, 2);
        double m0OverMu = 3 * LoopFunctions.twoLoopI(r) / (32 * Math.pow(Math.PI, 4) * 1200 * 1200);
        assertThat(m0OverMu).isCloseTo(1.95e-10, within(0.005e-10));
    }

    @Test
    void twoLoopIntegralLargeRatioFallsLikeLogSquaredOverR() {
        // Analytic limit of eq. (18): r I[r] / log^2 r -> 1 as r -> infinity.
        double r = 1e12;
        assertThat(r * LoopFunctions.twoLoopI(r) / Math.pow(Math.log(r), 2)).isCloseTo(1.0, within(0.004));
    }

    @Test
    void twoLoopIntegralRejectsNonPositiveRatio() {
        assertThatThrownBy(() -> LoopFunctions.twoLoopI(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void topZFunctionLimits() {
        // x (x-1-log x)/(x-1)^2: -> 1/2 at x = 1 (series 1/2 + (x-1)/6), -> 0 at x -> 0, -> 1 as x -> infinity.
        assertThat(LoopFunctions.zTop(1.0)).isCloseTo(0.5, within(1e-15));
        assertThat(LoopFunctions.zTop(0.0)).isEqualTo(0.0);
        assertThat(LoopFunctions.zTop(1e-8)).isCloseTo(0.0, within(1e-6));
        assertThat(LoopFunctions.zTop(1e9)).isCloseTo(1.0, within(1e-7));
    }

    @Test
    void topZFunctionIsContinuousAcrossTheSeriesSwitch() {
        // The series branch (|x-1| < 1e-4) and the closed form must agree where they meet.
        double below = LoopFunctions.zTop(1 + 0.99e-4);
        double above = LoopFunctions.zTop(1 + 1.01e-4);
        assertThat(above - below).isCloseTo(0.02e-4 / 6, within(1e-9));
        assertThat(LoopFunctions.zTop(1.5)).isCloseTo(1.5 * (0.5 - Math.log(1.5)) / 0.25, within(1e-15));
    }

    @Test
    void s1DipoleFactorIsSevenSixthsWhenTheLogVanishes() {
        // seed000 eq. (21): 7/6 + 2/3 log x; the light-quark replacement m_q -> M_LQ sets log x = 0.
        assertThat(LoopFunctions.s1Dipole(1.0)).isCloseTo(7.0 / 6, within(1e-15));
        assertThat(LoopFunctions.s1Dipole(Math.exp(-1.75))).isCloseTo(0.0, within(1e-15));
    }
}
