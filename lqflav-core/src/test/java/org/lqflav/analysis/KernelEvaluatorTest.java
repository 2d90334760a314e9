package org.lqflav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lqflav.InputException;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;
import org.lqflav.reproduce.Benchmarks;

/**
 * The scan's kernel evaluator (seed 000's matching refilled in place) against the public API: for random points it
 * must give what {@code Lqflav.predict} gives on the same point's model file ({@link ModelPoint#at}), to 1e-12
 * relative, for the full observable set and the light one. The reference path builds a fresh ModelSpec and
 * LowEnergy per point, so a stale workspace entry, a part not cleared between points or a misplaced parameter
 * handle shows up here.
 */
class KernelEvaluatorTest {
    private static final ModelSpec BM1 = Benchmarks.seed000("bm1.yaml");
    private static final ParameterSet SM = Lqflav.parametersFor(BM1);
    private static final List<String> LIGHT = List.of("Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)", "Rnunu(B->K)",
            "DeltaM_s/DeltaM_s_SM");

    /** Couplings of the Fig. 5 space plus an imaginary part, a symmetric yomega entry, a mass and mu1. */
    private static List<ParameterAddress> params() {
        String m = BM1.model();
        return List.of(
                ParameterAddress.parse("yL[2,3]", m, "test"),
                ParameterAddress.parse("yR[2,3]", m, "test"),
                ParameterAddress.parse("yS[2,3]", m, "test"),
                ParameterAddress.parse("yL[3,3]", m, "test"),
                ParameterAddress.parse("yS[3,3].im", m, "test"),
                ParameterAddress.parse("yomega[2,3]", m, "test"),
                ParameterAddress.parse("masses.S1", m, "test"),
                ParameterAddress.parse("potential.mu1", m, "test"));
    }

    private static void compare(List<String> names, int points) {
        List<ParameterAddress> params = params();
        PointEvaluator.Factory f = KernelEvaluator.factory(BM1, SM, params, names);
        assertThat(f).isNotNull();
        PointEvaluator ev = f.create();
        ModelPoint point = new ModelPoint(BM1, params);
        Random rnd = new Random(7);
        double[] x = new double[params.size()];
        double[] out = new double[names.size()];
        for (int p = 0; p < points; p++) {
            x[0] = -1.7 + 3.4 * rnd.nextDouble();
            x[1] = -1.7 + 3.4 * rnd.nextDouble();
            x[2] = -0.5 + rnd.nextDouble();
            x[3] = -0.25 + 0.5 * rnd.nextDouble();
            x[4] = -0.25 + 0.5 * rnd.nextDouble();
            x[5] = -0.1 + 0.2 * rnd.nextDouble();
            x[6] = 1000 + 2000 * rnd.nextDouble();   // a new matching scale (and WET running) per point
            x[7] = 1e-3 + rnd.nextDouble();
            ev.evaluate(x, out);
            Predictions ref = Lqflav.predict(point.at(x), SM, names);
            for (int i = 0; i < names.size(); i++) {
                double r = ref.values().get(names.get(i));
                assertThat(out[i]).as("%s at point %d", names.get(i), p)
                        .isCloseTo(r, org.assertj.core.api.Assertions.within(1e-12 * Math.max(Math.abs(r), 1e-300)));
            }
        }
    }

    @Test
    void lightSetAgreesWithPredict() {
        compare(LIGHT, 200);
    }

    @Test
    void fullSetAgreesWithPredict() {
        compare(List.copyOf(Lqflav.predict(BM1).values().keySet()), 30);
    }

    @Test
    void unknownObservableFailsWithTheRegistryMessage() {
        assertThatThrownBy(() -> KernelEvaluator.factory(BM1, SM, params(), List.of("Rtaul(B->Xlnu)")))
                .isInstanceOf(InputException.class);
    }

    @Test
    void scanUsesTheKernelForSeed000() {
        PointEvaluator.Factory f = KernelEvaluator.best(BM1, SM, params(), LIGHT);
        assertThat(f.create()).isInstanceOf(KernelEvaluator.class);
    }
}
