package org.lqflav.bench;

import java.util.concurrent.TimeUnit;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.eft.LowEnergy;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;
import org.lqflav.param.SmInputs;
import org.lqflav.reproduce.Benchmarks;
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
 * Time of one model point: {@code predict} (matching + every registered observable, the work of
 * {@code lqflav predict} minus JVM start and file reading), and the matching alone.
 * Run: {@code java -jar lqflav-bench/target/benchmarks.jar PredictBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PredictBenchmark {
    private ModelSpec bm1;
    private ParameterSet parameters;
    private SmInputs sm;

    @Setup
    public void setUp() {
        bm1 = Benchmarks.seed000("bm1.yaml");
        parameters = ParameterSet.builtIn("seeds2021");
        sm = new SmInputs(parameters);
    }

    @Benchmark
    public Predictions predictAllObservables() {
        return Lqflav.predict(bm1);
    }

    /** The light set of issue 4: what an R_D scan keeps. */
    private static final java.util.List<String> LIGHT = java.util.List.of("Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)",
            "Rnunu(B->K)", "DeltaM_s/DeltaM_s_SM");

    @Benchmark
    public Predictions predictLightSet() {
        return Lqflav.predict(bm1, parameters, LIGHT);
    }

    @Benchmark
    public LowEnergy matchOnly() {
        return Lqflav.lowEnergy(bm1, sm);
    }
}
