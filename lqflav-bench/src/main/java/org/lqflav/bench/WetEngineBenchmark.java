package org.lqflav.bench;

import java.util.concurrent.TimeUnit;
import org.hipparchus.complex.Complex;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.Inputs;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.obs.wet.WetObservables;
import org.lqflav.obs.wet.WetTables;
import org.lqflav.param.SmInputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluation time of the full WC-driven set of the WET engine ({@link WetObservables#registry()}, every entry) for
 * one point, with the per-parameter-set tables already built (they are built once per parameter set). Run with
 * {@code -prof gc} to see the allocation rate (the observables themselves allocate nothing; the
 * {@code Inputs} wrapper is made once here). Run: {@code java -jar lqflav-bench/target/benchmarks.jar WetEngine}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WetEngineBenchmark {
    private ObservableSpec[] specs;
    private Inputs point;
    private SmInputs sm;

    @Setup
    public void setUp() {
        sm = SmInputs.of("pdg2024");
        LowEnergy.Builder b = LowEnergy.builder().provides(Part.WET);
        b.scales(sm.mDown(2), sm.mDown(2));
        b.wet.set("CSL_bctaunutau", new Complex(-0.3, 0.05));
        b.wet.set("CT_bctaunutau", new Complex(0.075, -0.01));
        b.wet.set("CVL_bctaunumu", new Complex(0.02));
        b.wet.set("C9_bsmumu", new Complex(-0.4));
        b.wet.set("C10_bsmumu", new Complex(0.4));
        b.wet.set("CL_bsnutaunutau", new Complex(-1.0));
        b.wet.set("CL_sdnumunumu", new Complex(0.5));
        b.wet.set("CVLL_bsbs", new Complex(-3e-12));
        b.wet.set("Cgamma_taumu", new Complex(1e-10));
        point = new Inputs(b.build(), sm);
        specs = WetObservables.registry().all().toArray(new ObservableSpec[0]);
        WetTables.of(sm);
    }

    /** All engine observables at one point; returns their sum so nothing is optimised away. */
    @Benchmark
    public double allObservablesPerPoint() {
        double s = 0;
        for (ObservableSpec spec : specs) {
            s += spec.function().evaluate(point);
        }
        return s;
    }

    /** R_D alone (three neutrino flavours, three lepton rates: nine 6x6 Hermitian forms). */
    @Benchmark
    public double rDOnly() {
        return WetObservables.rD(WetTables.of(sm), point.le().wet());
    }
}
