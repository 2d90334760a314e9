package org.lqflav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lqflav.InputException;
import org.lqflav.model.ModelFile;
import org.lqflav.reproduce.Benchmarks;

class FitterTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws IOException {
        Files.writeString(dir.resolve("bm1.yaml"), ModelFileWriter.write(Benchmarks.seed000("bm1.yaml"), ""));
        // toy data: two independent Gaussians, and a correlated pair (rho = 0.6)
        Files.writeString(dir.resolve("toy.yaml"), """
                name: toy
                measurements:
                  - {id: a, kind: gaussian, observable: "Rtaul(B->Dlnu)", value: 0.3, uncertainty: 0.1}
                  - {id: b, kind: gaussian, observable: "Rtaul(B->D*lnu)", value: -0.2, uncertainty: 0.05}
                """);
        Files.writeString(dir.resolve("toy-corr.yaml"), """
                name: toy-corr
                measurements:
                  - id: c
                    kind: correlated_gaussian
                    observables: ["Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)"]
                    values: [0.3, -0.2]
                    uncertainties: [0.1, 0.05]
                    correlation: 0.6
                """);
    }

    /** The toy model: observable i is free parameter i (so chi2 is a quadratic form in the parameters). */
    static PointEvaluator.Factory identity(FitSpec spec) {
        List<ParameterAddress> params = spec.space().addresses();
        List<String> obs = spec.data().observables();
        return new PointEvaluator.Factory() {
            @Override
            public List<ParameterAddress> parameters() {
                return params;
            }

            @Override
            public List<String> observables() {
                return obs;
            }

            @Override
            public PointEvaluator create() {
                return new PointEvaluator() {
                    @Override
                    public List<ParameterAddress> parameters() {
                        return params;
                    }

                    @Override
                    public List<String> observables() {
                        return obs;
                    }

                    @Override
                    public void evaluate(double[] p, double[] out) {
                        out[0] = p[0];
                        out[1] = p[1];
                    }
                };
            }
        };
    }

    static FitSpec toy(String data) {
        return FitSpec.parse("""
                model: bm1.yaml
                data: %s
                parameters:
                  yL[3,3]: [-1, 1]
                  yR[2,3]: {range: [-1, 1], start: 0.9}
                seed: 3
                restarts: 2
                """.formatted(data), "fit.yaml", dir);
    }

    @Test
    void recoversTheMinimumOfAToyProblemAndItsIntervals() {
        FitSpec spec = toy("toy.yaml");
        FitResult r = Fitter.fit(spec, identity(spec), 2, null);
        // minimum at the measured values, chi2 = 0
        assertThat(r.best()[0]).isCloseTo(0.3, within(1e-6));
        assertThat(r.best()[1]).isCloseTo(-0.2, within(1e-6));
        assertThat(r.chi2()).isCloseTo(0.0, within(1e-10));
        // Delta chi2 = 1 intervals of independent Gaussians: value -+ sigma
        FitResult.Interval x = r.intervals().get(0);
        FitResult.Interval y = r.intervals().get(1);
        assertThat(x.low()).isCloseTo(0.2, within(1e-4));
        assertThat(x.high()).isCloseTo(0.4, within(1e-4));
        assertThat(y.low()).isCloseTo(-0.25, within(1e-4));
        assertThat(y.high()).isCloseTo(-0.15, within(1e-4));
        assertThat(x.lowAtEdge() || x.highAtEdge()).isFalse();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void profileOfACorrelatedPairIsTheMarginalSigma() {
        // profiling a 2D Gaussian over y leaves chi2(x) = ((x - x0)/sigma_x)^2 whatever the correlation,
        // so the interval is 0.3 -+ 0.1 with rho = 0.6 too
        FitSpec spec = toy("toy-corr.yaml");
        FitResult r = Fitter.fit(spec, identity(spec), 2, null);
        assertThat(r.intervals().get(0).low()).isCloseTo(0.2, within(1e-4));
        assertThat(r.intervals().get(0).high()).isCloseTo(0.4, within(1e-4));
        assertThat(r.intervals().get(1).low()).isCloseTo(-0.25, within(1e-4));
    }

    @Test
    void sameSeedSameResult() {
        FitSpec spec = toy("toy.yaml");
        FitResult a = Fitter.fit(spec, identity(spec), 1, null);
        FitResult b = Fitter.fit(spec, identity(spec), 2, null);
        assertThat(a.best()).containsExactly(b.best());
        assertThat(a.evaluations()).isEqualTo(b.evaluations());
    }

    @Test
    void rangeEndsAreReportedWhenTheProfileStaysBelow() {
        // the range [0.25, 0.35] is inside 0.3 -+ 0.1: both ends are reached without crossing Delta chi2 = 1
        FitSpec spec = FitSpec.parse("""
                model: bm1.yaml
                data: toy.yaml
                parameters: {"yL[3,3]": [0.25, 0.35], "yR[2,3]": [-1, 1]}
                restarts: 1
                """, "fit.yaml", dir);
        FitResult r = Fitter.fit(spec, identity(spec), 1, null);
        assertThat(r.intervals().get(0).lowAtEdge()).isTrue();
        assertThat(r.intervals().get(0).highAtEdge()).isTrue();
        assertThat(r.intervals().get(0).low()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void seed000RdCouplingsImproveOnTheSmWithSeedEraData() {
        // seed000 explains R_D(*) with yL[3,3] and yR[2,3] (C_S, C_T ~ yL33 yR23, eqs. (27)-(28)); against the
        // HFLAV 2019 R_D - R_D* average (seeds2021) the fit must beat the SM point: Delta chi2 < 0
        FitSpec spec = FitSpec.parse("""
                model: bm1.yaml
                data: {set: seeds2021, only: ["Rtaul(B->Dlnu)"]}
                parameters: {"yL[3,3]": [-0.5, 0.5], "yR[2,3]": [-2.5, 2.5]}
                restarts: 1
                max_evaluations: 300
                profile: false
                """, "fit.yaml", dir);
        FitResult r = Fitter.fit(spec, 2, null);
        assertThat(r.chi2Sm()).isGreaterThan(5);   // SM pulls: R_D -1.4, R_D* -2.5 (with rho -0.38)
        assertThat(r.deltaChi2()).isLessThan(-4);
        assertThat(r.atBest().row("Rtaul(B->D*lnu)").orElseThrow().prediction()).isGreaterThan(0.258);
        // the best point is a model file predict reads back
        var back = ModelFile.parse(ModelFileWriter.write(r.bestModel(), "best"), dir.resolve("best.yaml").toString());
        assertThat(back.coupling("yL").re(2, 2)).isEqualTo(r.best()[0]);
    }

    @Test
    void badFitFilesAreOneLineErrors() {
        assertThatThrownBy(() -> FitSpec.parse("model: bm1.yaml\nparameters: {\"yL[3,3]\": [0, 1]}", "fit.yaml", dir))
                .isInstanceOf(InputException.class).hasMessageStartingWith("fit.yaml: data: expected a data set");
        assertThatThrownBy(() -> FitSpec.parse("model: bm1.yaml\ndata: seeds2021\nparameters: {\"yL[3,3]\": [2, 1]}",
                "fit.yaml", dir)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("fit.yaml: parameters.yL[3,3]: expected a range [low, high] with low < high");
        assertThatThrownBy(() -> FitSpec.parse("model: bm1.yaml\ndata: seeds2021\nparameters: {\"yL[3,3]\": "
                + "{range: [0, 1], start: 2}}", "fit.yaml", dir)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("fit.yaml: parameters.yL[3,3].start: expected a value inside the range");
        assertThatThrownBy(() -> FitSpec.parse("model: bm1.yaml\ndata: seeds2021\nparameters: {\"yL[3,3]\": [0, 1]}\n"
                + "tie: {\"yR[2,3]\": \"yX[2,3]\"}", "fit.yaml", dir)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("fit.yaml: tie.yR[2,3]: expected a parameter");
        assertThatThrownBy(() -> FitSpec.parse("model: bm1.yaml\ndata: seeds2021\nparameters: {\"yL[3,3]\": [0, 1]}\n"
                + "profile_2d: {x: \"yL[3,3]\", y: \"yR[2,3]\"}", "fit.yaml", dir)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("fit.yaml: profile_2d.y: expected a free parameter of the fit");
    }

    @Test
    void tiesInBothSpellings() {
        FitSpec spec = FitSpec.parse("""
                model: bm1.yaml
                data: seeds2021
                parameters:
                  yL[3,3]: [0, 1]
                  yR[3,3]: "= -0.5 * yL[3,3]"
                tie: {"yR[2,3]": "yL[2,3]"}
                """, "fit.yaml", dir);
        assertThat(spec.space().ties()).extracting(t -> t.address() + "=" + t.factor() + "*" + t.source())
                .containsExactly("yR[3,3]=-0.5*yL[3,3]", "yR[2,3]=1.0*yL[2,3]");
        // yL[2,3] is neither free nor fixed: it keeps its BM-I value, so yR[2,3] = -1.413
        double[] full = new double[spec.space().addresses().size()];
        spec.space().fill(new double[] {0.4}, full);
        assertThat(full).containsExactly(0.4, -1.413, -0.2, -1.413);
    }
}
