package org.lqflav.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.ModelSpec;
import org.lqflav.reproduce.Benchmarks;

class SmPointTest {
    @Test
    void zeroesEveryCouplingAndKeepsTheRest() {
        ModelSpec bm1 = Benchmarks.seed000("bm1.yaml");
        ModelSpec sm = SmPoint.of(bm1);
        sm.couplings().values().forEach(c -> assertThat(c).isEqualTo(CMatrix3.ZERO));
        assertThat(sm.masses()).isEqualTo(bm1.masses());
        assertThat(sm.parameters()).isEqualTo(bm1.parameters());
        // at the SM point the ratios take their SM values: R_D^SM = 0.299, R_D*^SM = 0.258 in seeds2021
        // (docs/conventions.md), DeltaM_s / DeltaM_s^SM = 1, BR(tau -> mu gamma) = 0
        Predictions p = Lqflav.predict(sm, Lqflav.parametersFor(sm),
                List.of("Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)", "DeltaM_s/DeltaM_s_SM", "BR(tau->mugamma)"));
        assertThat(p.get("Rtaul(B->Dlnu)")).isCloseTo(0.299, within(1e-12));
        assertThat(p.get("Rtaul(B->D*lnu)")).isCloseTo(0.258, within(1e-12));
        assertThat(p.get("DeltaM_s/DeltaM_s_SM")).isCloseTo(1.0, within(1e-12));
        assertThat(p.get("BR(tau->mugamma)")).isZero();
    }
}
