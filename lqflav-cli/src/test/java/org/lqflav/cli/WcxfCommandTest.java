package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lqflav.wcxf.Wcxf;

/** {@code lqflav wcxf}: output shape (a valid WCxf file), options and exit codes; the physics is tested in core. */
class WcxfCommandTest {
    private static final String MODEL = "../examples/seed000/bm1.yaml";

    @TempDir
    Path dir;

    /** The WCxf schema fields: eft, basis, a positive scale, values of numbers or {Re, Im} with flavio names. */
    private static void assertValidWcxf(JsonNode root) {
        assertThat(root.get("eft").asText()).isEqualTo("WET");
        assertThat(root.get("basis").asText()).isEqualTo("flavio");
        assertThat(root.get("scale").isNumber()).isTrue();
        assertThat(root.get("scale").asDouble()).isPositive();
        JsonNode values = root.get("values");
        assertThat(values.isObject()).isTrue();
        assertThat(values.size()).isPositive();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertThat(Wcxf.basisNames()).contains(e.getKey());
            JsonNode v = e.getValue();
            if (Wcxf.isReal(e.getKey())) {
                assertThat(v.isNumber()).as(e.getKey()).isTrue();
            } else {
                assertThat(v.isObject()).as(e.getKey()).isTrue();
                assertThat(v.get("Re").isNumber() && v.get("Im").isNumber()).as(e.getKey()).isTrue();
                assertThat(v.size()).isEqualTo(2);
            }
        }
        assertThat(root.size()).isEqualTo(4);
    }

    @Test
    void yamlExportOfBm1IsValidWcxfAtTheMatchingScale() throws IOException {
        Cli.Result r = Cli.run("wcxf", MODEL);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(r.out());
        assertValidWcxf(root);
        assertThat(root.get("scale").asDouble()).isEqualTo(1200.0);   // M_S1 of bm1.yaml
        assertThat(root.get("values").fieldNames()).toIterable().contains("CSL_bctaunutau", "CT_bctaunutau",
                "CVL_bctaunutau", "C9_bsmumu", "C10_bsmumu", "CL_bsnutaunutau", "CVLL_bsbs", "Cgamma_taumu");
        // the file reads back with the library's reader, without warnings
        Path f = dir.resolve("bm1-wcxf.yaml");
        Files.writeString(f, r.out());
        assertThat(Wcxf.read(f).warnings()).isEmpty();
    }

    @Test
    void jsonAndScaleOptions() throws IOException {
        Cli.Result r = Cli.run("wcxf", MODEL, "--format", "json", "--scale", "4.18");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertValidWcxf(root);
        assertThat(root.get("scale").asDouble()).isEqualTo(4.18);
    }

    @Test
    void badInputIsOneLineWithExitCode2() {
        Cli.Result scale = Cli.run("wcxf", MODEL, "--scale", "0.2");
        assertThat(scale.code()).isEqualTo(2);
        assertThat(scale.out()).isEmpty();
        assertThat(scale.errLines()).singleElement().asString().contains("--scale").contains("0.2");

        Cli.Result format = Cli.run("wcxf", MODEL, "--format", "csv");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.errLines()).singleElement().asString().contains("--format").contains("yaml or json");

        Cli.Result missing = Cli.run("wcxf", "no-such-model.yaml");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.errLines()).singleElement().asString().contains("no-such-model.yaml");

        Cli.Result notNumber = Cli.run("wcxf", MODEL, "--scale", "high");
        assertThat(notNumber.code()).isEqualTo(2);
        assertThat(notNumber.errLines()).singleElement().asString().contains("--scale");
    }
}
