package org.lqflav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.lqflav.Lqflav.Engine;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;
import org.lqflav.reproduce.Benchmarks;
import org.junit.jupiter.api.Test;

/** The two engines on seed 000's BM-I: same names where both exist, first-principles values where asked. */
class LqflavEngineTest {
    private final ModelSpec bm1 = Benchmarks.seed000("bm1.yaml");
    private final ParameterSet seeds = ParameterSet.builtIn("seeds2021");

    @Test
    void formFactorEngineReplacesWcDrivenObservablesAndKeepsTheRest() {
        Predictions paper = Lqflav.predict(bm1, seeds, null, Engine.PAPER);
        Predictions ff = Lqflav.predict(bm1, seeds, null, Engine.FORMFACTOR);
        // Non-WC observables are the paper engine's, to the last digit.
        assertThat(ff.get("Dm2_21")).isEqualTo(paper.get("Dm2_21"));
        assertThat(ff.get("BR(tau->mumumu)")).isEqualTo(paper.get("BR(tau->mumumu)"));
        // R_D from full form factors vs seed000 eq. (29)'s numerical fit: both near 0.34 (seed000 Table I: 0.339),
        // not identical (different form factors, SM normalisation 0.2949 vs 0.299).
        assertThat(ff.get("Rtaul(B->Dlnu)")).isCloseTo(0.34, within(0.02)).isNotEqualTo(paper.get("Rtaul(B->Dlnu)"));
        // The form-factor engine adds binned observables the paper engine lacks; C9 = -C10 = -0.53 for muons only
        // lowers R_K in [1.1, 6] well below 1 (seed000's motivation: R_K ~ 0.85).
        assertThat(paper.values()).doesNotContainKey("<Rmue>(B+->Kll)[1.1,6]");
        assertThat(ff.get("<Rmue>(B+->Kll)[1.1,6]")).isBetween(0.70, 0.90);
    }

    @Test
    void namedObservablesMixEnginesInTheAskedOrder() {
        List<String> names = List.of("theta_12", "Rtaul(B->D*lnu)", "<Rmue>(B0->K*ll)[1.1,6]");
        Predictions p = Lqflav.predict(bm1, seeds, names, Engine.FORMFACTOR);
        assertThat(p.values().keySet()).containsExactlyElementsOf(names);
        assertThat(p.get("theta_12")).isCloseTo(33.54, within(0.01));   // the paper engine's BM-I value
        assertThat(p.get("Rtaul(B->D*lnu)")).isCloseTo(0.286, within(0.02));   // seed000 Table I: 0.286
    }
}
