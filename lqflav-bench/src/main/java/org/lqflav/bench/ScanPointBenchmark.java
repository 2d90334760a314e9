package org.lqflav.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lqflav.Lqflav;
import org.lqflav.analysis.ParameterAddress;
import org.lqflav.analysis.KernelEvaluator;
import org.lqflav.analysis.PointEvaluator;
import org.lqflav.analysis.PredictEvaluator;
import org.lqflav.analysis.Sampling;
import org.lqflav.model.ModelSpec;
import org.lqflav.reproduce.Benchmarks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scan points per second of one thread: the scan's {@link PointEvaluator} ({@link KernelEvaluator}, the seed-000
 * matching kernel refilled in place; {@code engine = predict}: {@link PredictEvaluator}, {@code Lqflav.predict} per point) on seed 000's Fig. 5 parameter space (yL[2,3], yR[2,3], yS[2,3], yL[3,3],
 * yS[3,3] around BM-I), cycling through 1024 fixed random points.
 * <ul>
 *   <li>{@code set = full}: every observable the seed-000 model computes (70 or so);</li>
 *   <li>{@code set = light}: R_D, R_D*, Rnunu(B->K*), DeltaM_s/DeltaM_s_SM.</li>
 * </ul>
 * Throughput is points per second per core (one benchmark thread). Run:
 * {@code java -jar lqflav-bench/target/benchmarks.jar ScanPointBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScanPointBenchmark {
    static final List<String> LIGHT = List.of("Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)", "Rnunu(B->K*)",
            "DeltaM_s/DeltaM_s_SM");
    static final int POINTS = 1024;

    @Param({"light", "full"})
    public String set;

    /** {@code kernel}: the scan's evaluator ({@link KernelEvaluator}); {@code predict}: {@link PredictEvaluator}. */
    @Param({"kernel", "predict"})
    public String engine;

    private PointEvaluator evaluator;
    private double[][] points;
    private double[] out;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        ModelSpec bm1 = Benchmarks.seed000("bm1.yaml");
        List<ParameterAddress> params = List.of(
                ParameterAddress.parse("yL[2,3]", bm1.model(), "bench"),
                ParameterAddress.parse("yR[2,3]", bm1.model(), "bench"),
                ParameterAddress.parse("yS[2,3]", bm1.model(), "bench"),
                ParameterAddress.parse("yL[3,3]", bm1.model(), "bench"),
                ParameterAddress.parse("yS[3,3]", bm1.model(), "bench"));
        List<String> names = set.equals("light") ? LIGHT : List.copyOf(Lqflav.predict(bm1).values().keySet());
        evaluator = (engine.equals("kernel") ? KernelEvaluator.factory(bm1, Lqflav.parametersFor(bm1), params, names)
                : PredictEvaluator.factory(bm1, Lqflav.parametersFor(bm1), params, names)).create();
        out = new double[names.size()];
        double[] lo = {-1.7, -1.7, -0.5, -0.25, -0.25};
        double[] hi = {1.7, 1.7, 0.5, 0.25, 0.25};
        Sampling s = Sampling.random(POINTS, 2024);
        points = new double[POINTS][5];
        double[] u = new double[5];
        for (int i = 0; i < POINTS; i++) {
            s.unit(i, u);
            for (int k = 0; k < 5; k++) {
                points[i][k] = lo[k] + u[k] * (hi[k] - lo[k]);
            }
        }
    }

    /** One scan point: parameters in, observables out (into a reused buffer). */
    @Benchmark
    public void point(Blackhole bh) {
        evaluator.evaluate(points[next], out);
        next = (next + 1) & (POINTS - 1);
        bh.consume(out);
    }
}
