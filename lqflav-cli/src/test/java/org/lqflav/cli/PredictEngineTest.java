package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** predict --engine and predict --wcxf: parsing, exit codes and that the two routes agree (shape only). */
class PredictEngineTest {
    private static final String MODEL = "../examples/seed000/bm1.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exportedCoefficientsPredictWhatTheModelPredictsWithTheFormFactorEngine(@TempDir Path dir) throws Exception {
        Cli.Result export = Cli.run("wcxf", MODEL);
        assertThat(export.code()).isZero();
        Path file = dir.resolve("bm1.yaml");
        Files.writeString(file, export.out());
        String only = "Rtaul(B->Dlnu),<Rmue>(B+->Kll)[1.1,6]";
        JsonNode fromFile = JSON.readTree(Cli.run("predict", "--wcxf", file.toString(), "--params", "seeds2021",
                "--only", only, "--format", "json").out()).get("predictions");
        JsonNode fromModel = JSON.readTree(Cli.run("predict", MODEL, "--engine", "formfactor", "--only", only,
                "--format", "json").out()).get("predictions");
        // Same coefficients, same engine, same inputs: equal to the export's rounding (WcxfPredictTest: 1e-3).
        for (String n : new String[] {"Rtaul(B->Dlnu)", "<Rmue>(B+->Kll)[1.1,6]"}) {
            assertThat(fromFile.get(n).asDouble()).isCloseTo(fromModel.get(n).asDouble(), within(1e-3));
        }
    }

    @Test
    void modelAndWcxfTogetherOrNeitherIsAUsageError() {
        Cli.Result neither = Cli.run("predict");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.errLines()).hasSize(1);
        Cli.Result both = Cli.run("predict", MODEL, "--wcxf", MODEL);
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("predict:").contains("both");
    }

    @Test
    void unknownEngineAndDataWithFormFactorsAreOneLineErrors() {
        Cli.Result bad = Cli.run("predict", MODEL, "--engine", "ff");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--engine").contains("paper or formfactor").doesNotContain("\tat ");
        Cli.Result data = Cli.run("predict", MODEL, "--engine", "formfactor", "--data", "current");
        assertThat(data.code()).isEqualTo(2);
        assertThat(data.errLines()).hasSize(1);
    }

    @Test
    void missingWcxfFileIsAOneLineError() {
        Cli.Result r = Cli.run("predict", "--wcxf", "no-such.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no-such.yaml");
        assertThat(r.errLines()).hasSize(1);
    }
}
