package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {
    @TempDir
    static Path dir;
    static Path fit;

    @BeforeAll
    static void files() throws IOException {
        Files.copy(Path.of("../examples/seed000/bm1.yaml"), dir.resolve("bm1.yaml"));
        fit = dir.resolve("fit.yaml");
        // small on purpose (tests stay fast): two couplings, R_D - R_D* only, one CMA-ES run, no profiles
        Files.writeString(fit, """
                model: bm1.yaml
                data: {set: seeds2021, only: ["Rtaul(B->Dlnu)"]}
                parameters:
                  yL[3,3]: [-0.5, 0.5]
                  yR[2,3]: [-2.5, 2.5]
                restarts: 1
                max_evaluations: 250
                profile: false
                """);
    }

    @Test
    void printsBestPointChi2AndWritesAModelFile() {
        Path best = dir.resolve("best.yaml");
        Cli.Result r = Cli.run("fit", fit.toString(), "--out", best.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("data seeds2021 (1 measurements)").contains("yL[3,3]").contains("yR[2,3]")
                .containsPattern("chi2 = \\S+, chi2_SM = \\S+, Delta chi2 = -\\S+ \\(1 measurement\\)")
                .contains("best point written to");
        assertThat(r.err()).contains("CMA-ES run 1/1");
        // predict reads the best point
        Cli.Result p = Cli.run("predict", best.toString(), "--only", "Rtaul(B->D*lnu)");
        assertThat(p.code()).isZero();
    }

    @Test
    void jsonAndAnotherDataSet() throws IOException {
        Cli.Result r = Cli.run("fit", fit.toString(), "--format", "json", "--data", "current");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("data").asText()).isEqualTo("current");
        assertThat(root.get("delta_chi2").asDouble())
                .isEqualTo(root.get("chi2").asDouble() - root.get("chi2_sm").asDouble());
        assertThat(root.get("best").has("yL[3,3]")).isTrue();
        assertThat(root.get("observables").get("Rtaul(B->Dlnu)").get("measurement").get("value").asDouble())
                .isEqualTo(0.358);
    }

    @Test
    void userErrorsAreOneLine() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "model: bm1.yaml\ndata: seeds2021\nparameters:\n  yL[3,3]: [1, 0]\n");
        Cli.Result r = Cli.run("fit", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("lqflav: " + bad
                + ": parameters.yL[3,3]: expected a range [low, high] with low < high");
        Cli.Result grid = Cli.run("fit", fit.toString(), "--grid-out", dir.resolve("g.csv").toString());
        assertThat(grid.code()).isEqualTo(2);
        assertThat(grid.errLines()).singleElement().asString().contains("profile_2d");
        Cli.Result missing = Cli.run("fit", dir.resolve("none.yaml").toString());
        assertThat(missing.errLines()).singleElement().asString().endsWith("none.yaml: no such fit file");
    }
}
