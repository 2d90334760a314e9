package org.lqflav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lqflav.InputException;
import org.lqflav.reproduce.Benchmarks;

/** Scan files and the scan engine, on small scans (real evaluations, a few hundred points). */
class ScanTest {
    @TempDir
    static Path dir;

    static final String SCAN = """
            model: bm1.yaml
            data: seeds2021
            sampling: random
            points: 120
            seed: 11
            parameters:
              yL[3,3]: [-0.25, 0.25]
              yR[2,3]: {log_uniform: [0.01, 2], sign: both}
              yL[2,3]: -1.413
              yS[3,3]: "= yL[3,3]"
            observables: ["Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)"]
            cuts:
              - "Rtaul(B->Dlnu) > 0.2"
              - "Rtaul(B->D*lnu) within 3 sigma"
            """;

    /** The same with chi2 columns (every observable of the data set is evaluated: slower). */
    static final String SCAN_CHI2 = SCAN + "chi2: true\n";

    @BeforeAll
    static void model() throws IOException {
        Files.writeString(dir.resolve("bm1.yaml"), ModelFileWriter.write(Benchmarks.seed000("bm1.yaml"), "BM-I"));
    }

    static ScanSpec spec(String yaml) {
        return ScanSpec.parse(yaml, "scan.yaml", dir);
    }

    /** Rows as text, in the order written. */
    static final class ListSink implements ScanSink<List<String>> {
        final List<String> lines = new ArrayList<>();
        List<String> header;

        @Override
        public void header(List<String> columns) {
            header = columns;
        }

        @Override
        public List<String> encode(long[] points, double[] rows, int count, int width) {
            List<String> out = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                StringBuilder sb = new StringBuilder().append(points[r]);
                for (int k = 0; k < width; k++) {
                    sb.append(',').append(rows[r * width + k]);
                }
                out.add(sb.toString());
            }
            return out;
        }

        @Override
        public void write(List<String> chunk) {
            lines.addAll(chunk);
        }
    }

    @Test
    void readsParametersTiesCutsAndColumns() {
        ScanSpec s = spec(SCAN_CHI2);
        assertThat(s.space().free()).extracting(f -> f.address().toString()).containsExactly("yL[3,3]", "yR[2,3]");
        assertThat(s.space().fixed()).extracting(f -> f.address().toString()).containsExactly("yL[2,3]");
        assertThat(s.space().ties()).extracting(t -> t.address() + "=" + t.source()).containsExactly(
                "yS[3,3]=yL[3,3]");
        // default columns: free and tied parameters, the requested observables, chi2 and delta_chi2
        assertThat(s.columns()).containsExactly("yL[3,3]", "yR[2,3]", "yS[3,3]", "Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)",
                "chi2", "delta_chi2");
        assertThat(s.cuts()).hasSize(2);
        // chi2 needs every observable of the data set
        assertThat(s.observables()).contains("BR(tau->mugamma)", "N_nu");
    }

    @Test
    void shardsConcatenateToTheUnshardedScanWhateverTheThreads() {
        ScanSpec s = spec(SCAN);
        ListSink all = new ListSink();
        Scan.Summary whole = Scan.run(s, Scan.evaluators(s), Shard.ALL, 2, all, null);
        List<String> joined = new ArrayList<>();
        long passed = 0;
        for (int i = 1; i <= 3; i++) {
            ListSink part = new ListSink();
            Scan.Summary sum = Scan.run(s, Scan.evaluators(s), new Shard(i, 3), 1 + i % 2, part, null);
            joined.addAll(part.lines);
            passed += sum.passed();
        }
        assertThat(joined).isEqualTo(all.lines);
        assertThat(passed).isEqualTo(whole.passed());
        assertThat(whole.points()).isEqualTo(120);
        assertThat(all.lines).hasSize((int) whole.passed());
        // points in order, with their indices
        long prev = -1;
        for (String l : all.lines) {
            long p = Long.parseLong(l.substring(0, l.indexOf(',')));
            assertThat(p).isGreaterThan(prev);
            prev = p;
        }
        // the cumulative count of the last cut is the number of rows
        assertThat(whole.passedCumulative().get(1)).isEqualTo(whole.passed());
        assertThat(whole.passedAlone().get(0)).isGreaterThanOrEqualTo(whole.passed());
    }

    @Test
    void sameSeedSamePointsAndRowsAreConsistent() {
        ScanSpec s = spec(SCAN);
        ListSink a = new ListSink();
        ListSink b = new ListSink();
        Scan.run(s, Scan.evaluators(s), Shard.ALL, 2, a, null);
        Scan.run(s, Scan.evaluators(s), Shard.ALL, 1, b, null);
        assertThat(a.lines).isEqualTo(b.lines);
        ScanSpec other = spec(SCAN.replace("seed: 11", "seed: 12"));
        ListSink c = new ListSink();
        Scan.run(other, Scan.evaluators(other), Shard.ALL, 2, c, null);
        assertThat(c.lines).isNotEqualTo(a.lines);
        // every row passes the cuts; the tie holds; the fixed value is used; delta_chi2 = chi2 - chi2_SM
        for (String line : a.lines) {
            String[] f = line.split(",");
            double yl33 = Double.parseDouble(f[1]);
            double ys33 = Double.parseDouble(f[3]);
            double rd = Double.parseDouble(f[4]);
            assertThat(ys33).isEqualTo(yl33);
            assertThat(rd).isGreaterThan(0.2);
            double yr = Math.abs(Double.parseDouble(f[2]));
            assertThat(yr).isBetween(0.01, 2.0);
        }
    }

    @Test
    void summaryKnowsChi2OfTheSmPoint() {
        ScanSpec s = spec(SCAN_CHI2.replace("points: 120", "points: 5"));
        Scan.Summary sum = Scan.run(s, Scan.evaluators(s), Shard.ALL, 1, new ListSink(), null);
        assertThat(sum.chi2Sm()).isFinite().isGreaterThan(0);
        assertThat(sum.failed()).isZero();
    }

    @Test
    void gridAndLatinHypercube() {
        ScanSpec g = spec("""
                model: bm1.yaml
                sampling: grid
                grid_points: {"yL[3,3]": 3, "yR[2,3]": 2}
                parameters: {"yL[3,3]": [-0.2, 0.2], "yR[2,3]": [0, 1]}
                observables: ["Rtaul(B->Dlnu)"]
                """);
        ListSink sink = new ListSink();
        Scan.run(g, Scan.evaluators(g), Shard.ALL, 2, sink, null);
        assertThat(sink.lines).hasSize(6);
        assertThat(sink.lines.get(0)).startsWith("0,-0.2,0.0,");
        assertThat(sink.lines.get(5)).startsWith("5,0.2,1.0,");
        ScanSpec lhs = spec(SCAN.replace("sampling: random", "sampling: latin_hypercube"));
        assertThat(lhs.sampling().method()).isEqualTo(Sampling.Method.LATIN_HYPERCUBE);
        assertThat(lhs.withPoints(10).sampling().points()).isEqualTo(10);
    }

    @Test
    void evaluatorAgreesWithPredict() {
        ScanSpec s = spec(SCAN);
        PointEvaluator ev = Scan.evaluators(s).create();
        double[] p = {-0.1, 0.5, -1.413, -0.1};
        double[] out = new double[ev.observables().size()];
        ev.evaluate(p, out);
        var spec = Benchmarks.seed000("bm1.yaml");
        var y = spec.coupling("yL");
        double[][] re = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                re[i][j] = y.re(i, j);
            }
        }
        re[2][2] = -0.1;
        var yr = spec.coupling("yR");
        double[][] rr = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                rr[i][j] = yr.re(i, j);
            }
        }
        rr[1][2] = 0.5;
        var ys = spec.coupling("yS");
        double[][] sr = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                sr[i][j] = ys.re(i, j);
            }
        }
        sr[2][2] = -0.1;
        var changed = spec.withCoupling("yL", org.lqflav.math.CMatrix3.real(re))
                .withCoupling("yR", org.lqflav.math.CMatrix3.real(rr))
                .withCoupling("yS", org.lqflav.math.CMatrix3.real(sr));
        double rd = org.lqflav.Lqflav.predict(changed, org.lqflav.Lqflav.parametersFor(changed),
                List.of("Rtaul(B->Dlnu)")).get("Rtaul(B->Dlnu)");
        assertThat(out[ev.observables().indexOf("Rtaul(B->Dlnu)")]).isCloseTo(rd, within(0.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "parameters: {\"yQ[3,3]\": [0, 1]}|scan.yaml: parameters.yQ[3,3]: expected a parameter of model S1S3omega",
        "parameters: {\"yL[4,3]\": [0, 1]}|scan.yaml: parameters.yL[4,3]: expected coupling indices from 1 to 3",
        "parameters: {masses.S7: [1000, 2000]}|scan.yaml: parameters.masses.S7: expected a parameter of model",
        "parameters: {\"yL[3,3]\": [1, 1]}|scan.yaml: parameters.yL[3,3]: expected a range [low, high] with low < high",
        "parameters: {\"yL[3,3]\": [1, 0]}|scan.yaml: parameters.yL[3,3]: expected a range [low, high] with low < high",
        "parameters: {\"yL[3,3]\": {log_uniform: [0, 1]}}|scan.yaml: parameters.yL[3,3].log_uniform: expected a range of",
        "parameters: {\"yL[3,3]\": [0, 1]}\ncuts: [\"BR(tau->mugama) < 1e-8\"]|scan.yaml: cuts[1]: observable: expected "
                + "a known name",
        "parameters: {\"yL[3,3]\": [0, 1]}\ncuts: [\"BR(tau->mugamma) << 1e-8\"]|scan.yaml: cuts[1]: expected a cut like",
        "parameters: {\"yL[3,3]\": [0, 1]}\ncuts: [\"Rtaul(B->Dlnu) within 1 sigma\"]|scan.yaml: cuts[1]: expected a data "
                + "set for 'within' cuts",
        "parameters: {\"yL[3,3]\": [0, 1]}\nsampling: sobol|scan.yaml: sampling: expected random, latin_hypercube or grid",
        "parameters: {\"yL[3,3]\": [0, 1], \"yR[2,3]\": \"= yQ[1,1]\"}|scan.yaml: parameters.yR[2,3]: expected a parameter",
        "parameters: {\"yL[3,3]\": [0, 1], \"yL[3, 3]\": [0, 2]}|scan.yaml: parameters.yL[3, 3]: expected each parameter once",
        "parameters: {\"yL[3,3]\": [0, 1]}\ncolour: red|scan.yaml: colour: expected one of the keys",
        "parameters: {\"yL[3,3]\": [0, 1]}\nobservables: [R_D]|scan.yaml: observables[1]: observable: expected a known name",
        "parameters: {\"yL[3,3]\": [0, 1]}\npoints: -5|scan.yaml: points: expected a whole number >= 1, got -5",
        "parameters: {\"yL[3,3]\": [0, 1]}\ndata: today|scan.yaml: data: expected one of [seeds2021, current]"})
    void badScanFilesAreOneLineErrorsNamingFileAndField(String caseText) {
        String[] p = caseText.split("\\|");
        String yaml = "model: bm1.yaml\npoints: 10\n" + p[0] + "\n";
        if (p[0].contains("points: -5")) {
            yaml = "model: bm1.yaml\n" + p[0] + "\n";
        }
        String text = yaml;
        assertThatThrownBy(() -> spec(text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(p[1]).hasMessageNotContaining("\n");
    }

    @Test
    void missingFilesAreOneLineErrors() {
        assertThatThrownBy(() -> ScanSpec.read(dir.resolve("none.yaml"))).isInstanceOf(InputException.class)
                .hasMessageEndingWith("none.yaml: no such scan file");
        assertThatThrownBy(() -> spec("model: nothere.yaml\npoints: 1\nparameters: {\"yL[3,3]\": [0, 1]}"))
                .isInstanceOf(InputException.class)
                .hasMessage("scan.yaml: model: expected an existing model file (relative to this file), got "
                        + "\"nothere.yaml\"");
    }
}
