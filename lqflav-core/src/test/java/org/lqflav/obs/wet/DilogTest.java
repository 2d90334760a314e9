package org.lqflav.obs.wet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DilogTest {
    @Test
    void knownValues() {
        // Li2(1) = pi^2/6, Li2(-1) = -pi^2/12, Li2(1/2) = pi^2/12 - ln^2(2)/2 (closed forms, e.g. Lewin 1981)
        double pi2 = Math.PI * Math.PI;
        assertThat(Dilog.li2(1)).isCloseTo(pi2 / 6, within(1e-14));
        assertThat(Dilog.li2(-1)).isCloseTo(-pi2 / 12, within(1e-13));
        assertThat(Dilog.li2(0.5)).isCloseTo(pi2 / 12 - Math.log(2) * Math.log(2) / 2, within(1e-13));
        assertThat(Dilog.li2(0)).isEqualTo(0);
    }

    @Test
    void reflectionAndInversionBranchesAreContinuousWithTheSeries() {
        // Li2(x) + Li2(1-x) = pi^2/6 - ln x ln(1-x) and Li2(x) + Li2(1/x) = -pi^2/6 - ln^2(-x)/2 (x < 0)
        for (double x : new double[] {0.1, 0.3, 0.49, 0.7, 0.95}) {
            assertThat(Dilog.li2(x) + Dilog.li2(1 - x))
                    .isCloseTo(Math.PI * Math.PI / 6 - Math.log(x) * Math.log(1 - x), within(1e-13));
        }
        for (double x : new double[] {-0.2, -0.9, -3, -40}) {
            double l = Math.log(-x);
            assertThat(Dilog.li2(x) + Dilog.li2(1 / x)).isCloseTo(-Math.PI * Math.PI / 6 - l * l / 2, within(1e-12));
        }
        // small x: Li2(x) = x + x^2/4 + x^3/9 + x^4/16 + ...
        assertThat(Dilog.li2(1e-3)).isCloseTo(1e-3 + 0.25e-6 + 1e-9 / 9 + 1e-12 / 16, within(1e-16));
    }

    @Test
    void aboveOneIsRejected() {
        assertThatThrownBy(() -> Dilog.li2(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}
