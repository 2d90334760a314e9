package org.lqflav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lqflav.Lqflav;
import org.lqflav.data.LikelihoodResult;
import org.lqflav.data.MeasurementSet;
import org.lqflav.model.ModelSpec;
import org.lqflav.reproduce.Benchmarks;

class DataComparisonTest {
    @Test
    void benchmarkAgainstSeedEraData() {
        ModelSpec bm1 = Benchmarks.seed000("bm1.yaml");
        MeasurementSet data = MeasurementSet.builtIn("seeds2021");
        DataComparison c = DataComparison.of(bm1, Lqflav.parametersFor(bm1), data, null);
        assertThat(c.skipped()).isEmpty();
        assertThat(c.atPoint().measurements()).isEqualTo(data.measurements().size());
        assertThat(c.deltaChi2()).isEqualTo(c.atPoint().chi2() - c.atSm().chi2());
        // BM-I was built for the seed-era anomalies: C9 = -0.528 against -0.53 +- 0.08 (pull 0.025), while the
        // SM point (C9 = 0) sits 0.53/0.08 = 6.6 sigma away
        LikelihoodResult.Row c9 = c.atPoint().row("C9_bsmumu").orElseThrow();
        assertThat(c9.pull()).isCloseTo((-0.528 + 0.53) / 0.08, within(0.01));
        assertThat(c.atSm().row("C9_bsmumu").orElseThrow().pull()).isCloseTo(0.53 / 0.08, within(1e-9));
        // Delta a_mu: (2.717e-9 - 2.74e-9)/7.3e-10 at BM-I, -2.74/0.73 = -3.75 at the SM point
        assertThat(c.atSm().row("Delta_a_mu").orElseThrow().pull()).isCloseTo(-2.74 / 0.73, within(1e-9));
        assertThat(c.deltaChi2()).isNegative();
    }
}
