package org.lqflav.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.lqflav.math.CMatrix3;
import org.junit.jupiter.api.Test;

class SmInputsTest {
    @Test
    void standardCkmIsUnitary() {
        CMatrix3 v = SmInputs.of("pdg2024").ckm;
        CMatrix3 vvDagger = v.times(v.dagger());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(vvDagger.re(i, j)).isCloseTo(i == j ? 1 : 0, within(1e-14));
                assertThat(vvDagger.im(i, j)).isCloseTo(0, within(1e-14));
            }
        }
    }

    @Test
    void standardCkmMatchesPdgMagnitudes() {
        // PDG 2024 CKM review: |Vus| = 0.22501, |Vcb| = A lambda^2 = 0.0418, |Vub| = 0.00369 (+-3%), |Vtd| = 0.00857.
        CMatrix3 v = SmInputs.of("pdg2024").ckm;
        assertThat(v.get(0, 1).norm()).isCloseTo(0.22501, within(1e-5));
        assertThat(v.get(1, 2).norm()).isCloseTo(0.826 * 0.22501 * 0.22501, within(2e-5));
        assertThat(v.get(0, 2).norm()).isCloseTo(0.00369, within(0.0001));
        assertThat(v.get(2, 0).norm()).isCloseTo(0.00857, within(0.0002));
        // sin(2 beta) ~ 0.70 fixes the sign convention of the phase: V_td = |V_td| e^{-i beta}.
        double beta = -v.get(2, 0).getArgument();
        assertThat(Math.sin(2 * beta)).isCloseTo(0.70, within(0.03));
    }

    @Test
    void truncatedWolfensteinIsSeed000Eq97() {
        // seed000 eq. (97) with lambda = 0.2248, A = 0.8235, rho = 0.1569 (sec. 5).
        CMatrix3 v = SmInputs.of("seeds2021").ckm;
        double l = 0.2248;
        double a = 0.8235;
        assertThat(v.re(0, 0)).isEqualTo(1 - l * l / 2);
        assertThat(v.re(1, 2)).isEqualTo(a * l * l);
        assertThat(v.re(2, 1)).isEqualTo(-a * l * l);
        assertThat(v.re(2, 0)).isEqualTo(a * l * l * l * (1 - 0.1569));
        assertThat(v.re(2, 2)).isEqualTo(1.0);
        assertThat(v.isReal()).isTrue();
    }

    @Test
    void lifetimesAreConvertedToInverseGeV() {
        // tau_tau = 290.3 fs / hbar = 4.410e11 GeV^-1.
        assertThat(SmInputs.of("seeds2021").tauTau).isCloseTo(290.3e-15 / 6.582119569e-25, within(1e6));
    }
}
