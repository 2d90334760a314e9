package org.lqflav.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lqflav.InputException;

class ParameterSetTest {

    @ParameterizedTest
    @ValueSource(strings = {"seeds2021", "pdg2024"})
    void builtInSetsLoadWithTheKeysEveryCalculationNeeds(String name) {
        ParameterSet p = ParameterSet.load(name, null);
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.parameters()).containsKeys("alpha_em", "G_F", "m_b", "ckm_lambda");
        for (String key : new String[] {"alpha_em", "G_F", "m_b", "ckm_lambda"}) {
            assertThat(p.value(key)).as(name + " " + key).isFinite().isPositive();
        }
        assertThat(p.description()).isNotBlank();
    }

    @Test
    void builtInListIsTheBundledSets() {
        assertThat(ParameterSet.BUILT_IN).containsExactly("seeds2021", "pdg2024");
        for (String name : ParameterSet.BUILT_IN) {
            assertThat(ParameterSet.builtIn(name).name()).isEqualTo(name);
        }
    }

    @Test
    void seedsSetIsTheOneTheSeedPaperUsed() {
        // seed000 sec. 5: lambda = 0.2248, m_b = 4.18 GeV; CKM of eq. (97), truncated Wolfenstein
        ParameterSet p = ParameterSet.load("seeds2021", null);
        assertThat(p.value("ckm_lambda")).isEqualTo(0.2248);
        assertThat(p.value("m_b")).isEqualTo(4.18);
        assertThat(p.ckmParametrisation()).isEqualTo("wolfenstein3");
        assertThat(ParameterSet.load("pdg2024", null).ckmParametrisation()).isEqualTo("standard");
    }

    @Test
    void userFileRelativeToBaseDirectory() {
        Path dir = resource("params");
        ParameterSet p = ParameterSet.load("custom.yaml", dir);
        assertThat(p.name()).isEqualTo("custom");
        assertThat(p.value("m_b")).isEqualTo(4.2);
    }

    @Test
    void nonNumberValueIsOneLine() {
        Path dir = resource("params");
        assertThatThrownBy(() -> ParameterSet.load("bad-value.yaml", dir))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad-value.yaml")
                .hasMessageContaining("parameters.m_b.value: expected a number, got \"heavy\"")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingValueIsOneLine() {
        Path dir = resource("params");
        assertThatThrownBy(() -> ParameterSet.load("missing-value.yaml", dir))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("missing-value.yaml")
                .hasMessageContaining("parameters.m_b.value: expected a number, got nothing")
                .hasMessageNotContaining("\n");
    }

    @Test
    void invalidYamlIsOneLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("broken.yaml"), "name: broken\nparameters: {m_b: {value: 4.18\n");
        assertThatThrownBy(() -> ParameterSet.load("broken.yaml", tmp))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("not valid YAML")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingNameOrParametersIsOneLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("noname.yaml"), "parameters: {m_b: 4.18}\n");
        assertThatThrownBy(() -> ParameterSet.load("noname.yaml", tmp))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("noname.yaml: name: expected a non-empty string")
                .hasMessageNotContaining("\n");
        Files.writeString(tmp.resolve("noparams.yaml"), "name: x\n");
        assertThatThrownBy(() -> ParameterSet.load("noparams.yaml", tmp))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("noparams.yaml: parameters: expected a mapping")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unknownNameAndMissingFile() {
        assertThatThrownBy(() -> ParameterSet.load("pdg2030", null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("seeds2021").hasMessageContaining("pdg2024")
                .hasMessageContaining("\"pdg2030\"")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ParameterSet.load("nowhere/none.yaml", null))
                .isInstanceOf(InputException.class)
                .hasMessage(Path.of("nowhere/none.yaml") + ": no such parameter file");
    }

    @Test
    void overrideReplacesKnownValuesAndRejectsUnknownNames() {
        ParameterSet base = ParameterSet.load("pdg2024", null);
        ParameterSet varied = base.with(Map.of("m_b", 4.0));
        assertThat(varied.value("m_b")).isEqualTo(4.0);
        assertThat(base.value("m_b")).isEqualTo(4.183);
        assertThat(varied.parameters().get("m_b").source()).endsWith("(overridden)");
        assertThatThrownBy(() -> base.with(Map.of("m_bottom", 4.0)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("m_bottom")
                .hasMessageNotContaining("\n");
    }

    @Test
    void valueOfAMissingKeyIsAUserError() {
        ParameterSet p = ParameterSet.load("custom.yaml", resource("params"));
        assertThatThrownBy(() -> p.value("G_F"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("parameters.G_F")
                .hasMessageNotContaining("\n");
    }

    private static Path resource(String name) {
        try {
            return Path.of(ParameterSetTest.class.getResource("/models/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
