package org.lqflav.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lqflav.InputException;
import org.lqflav.math.CMatrix3;
import org.lqflav.param.ParameterSet;

class ModelFileTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "seed000");
    private static final String BUNDLED = "/org/lqflav/reproduce/seed000/";

    // ------------------------------------------------------------------------------------------ bad files

    /**
     * One small file per user error (src/test/resources/models/bad, each says in its first line what is wrong).
     * Columns: file, the field path the message must name, a fragment of what it must say.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "invalid-yaml.yaml          |                          | not valid YAML (line 4, column 10:",
        "not-a-mapping.yaml         |                          | expected a YAML mapping with model, masses, ..., got a list",
        "scalar-top-level.yaml      |                          | expected a YAML mapping with model, masses, ..., got \"S1S3omega\"",
        "empty.yaml                 |                          | got an empty file",
        "two-documents.yaml         |                          | expected a single YAML document",
        "missing-model.yaml         | model:                   | expected a model name, one of [S1S3omega, ",
        "unknown-model.yaml         | model:                   | ], got \"S1S3Omega\"",
        "model-not-text.yaml        | model:                   | one of [S1S3omega, ",
        "unknown-key.yaml           | coupling:                | expected one of the top-level keys [model, parameters, masses, potential, couplings, options, description], got \"coupling\"",
        "description-not-text.yaml  | description:             | expected free text, got a mapping",
        "masses-missing.yaml        | masses:                  | masses in GeV of [S1, S3, omega], got nothing",
        "masses-not-mapping.yaml    | masses:                  | masses in GeV of [S1, S3, omega], got a list",
        "mass-missing.yaml          | masses.omega:            | expected a mass in GeV, a finite number > 0, got nothing",
        "mass-empty.yaml            | masses.S3:               | got nothing",
        "mass-unknown.yaml          | masses.S2:               | expected one of [S1, S3, omega], got \"S2\"",
        "mass-not-number.yaml       | masses.S1:               | a finite number > 0, got \"heavy\"",
        "mass-complex.yaml          | masses.S1:               | a finite number > 0, got \"1200+5i\"",
        "mass-nan.yaml              | masses.S1:               | a finite number > 0, got NaN",
        "mass-inf.yaml              | masses.omega:            | a finite number > 0, got infinity",
        "mass-zero.yaml             | masses.S3:               | a finite number > 0, got 0",
        "mass-negative.yaml         | masses.S1:               | a finite number > 0, got -1200",
        "mass-octal.yaml            | masses.S1:               | without a leading zero (YAML reads 01200 as the octal number 640)",
        "duplicate-key.yaml         | masses.S1:               | expected each key only once, got a second 'S1' at line 6",
        "potential-unknown.yaml     | potential.mu2:           | expected one of [mu1, mu3], got \"mu2\"",
        "potential-not-number.yaml  | potential.mu1:           | expected a finite real number, got \"large\"",
        "potential-nan.yaml         | potential.mu3:           | expected a finite real number, got NaN",
        "potential-inf.yaml         | potential.mu1:           | expected a finite real number, got -infinity",
        "couplings-not-mapping.yaml | couplings:               | to 3x3 matrices, got a list",
        "coupling-unknown.yaml      | couplings.yX:            | expected one of [yL, yR, yS, yomega], got \"yX\"",
        "coupling-not-list.yaml     | couplings.yL:            | expected a 3x3 matrix written as 3 rows of 3 entries, [[..], [..], [..]], got 0.5",
        "coupling-two-rows.yaml     | couplings.yL:            | got 2 rows",
        "coupling-row-length.yaml   | couplings.yR:            | got row 2 has 4 entries",
        "coupling-row-not-list.yaml | couplings.yS:            | got row 1 = 1, not a list",
        "coupling-entry.yaml        | couplings.yL[2][3]:      | expected a complex number like 0.3-0.9i, got \"0.3+-0.9i\"",
        "coupling-entry-word.yaml   | couplings.yL[3][2]:      | expected a complex number like 0.3-0.9i, got \"big\"",
        "coupling-nan.yaml          | couplings.yR[3][2]:      | expected a complex number like 0.3-0.9i, got NaN",
        "coupling-inf.yaml          | couplings.yS[1][1]:      | expected a complex number like 0.3-0.9i, got infinity",
        "coupling-nan-string.yaml   | couplings.yS[2][2]:      | expected a complex number like 0.3-0.9i, got \"NaN\"",
        "coupling-not-symmetric.yaml| couplings.yomega:        | expected a symmetric matrix ([i][j] = [j][i]), got [2][3] = 0.1332 but [3][2] = 0.1333",
        "alias.yaml                 | couplings.yS:            | YAML aliases are not supported), got the alias *y",
        "options-not-mapping.yaml   | options:                 | got \"mLQ\"",
        "option-unknown.yaml        | options.light_quark_mass:| expected one of [light_quark_logs, eq64_light_quark_couplings], got \"light_quark_mass\"",
        "option-value.yaml          | options.light_quark_logs:| expected one of [mLQ, physical], got \"running\"",
        "parameters-unknown.yaml    | parameters:              | expected one of [seeds2021, pdg2024] or a .yaml file, got \"pdg2030\"",
        "parameters-not-text.yaml   | parameters:              | or the path of a parameter .yaml file, got 2024",
        "parameters-missing-file.yaml| parameters:             | no-such-params.yaml: no such parameter file",
        "parameters-bad-file.yaml   | parameters:              | bad-value.yaml: parameters.m_b.value: expected a number, got \"heavy\"",
    })
    void badFileGivesOneLineNamingFileAndField(String name, String field, String fragment) {
        Path file = resource("bad/" + name);
        String prefix = file + ": " + (field == null ? "" : field + " ");
        assertThatThrownBy(() -> ModelFile.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(prefix)
                .hasMessageContaining(fragment)
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("\r")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void missingFile() {
        Path file = Path.of("no", "such", "model.yaml");
        assertThatThrownBy(() -> ModelFile.read(file))
                .isInstanceOf(InputException.class).hasMessage(file + ": no such model file");
    }

    @Test
    void directoryIsNotAModelFile() {
        Path dir = resource("good");
        assertThatThrownBy(() -> ModelFile.read(dir))
                .isInstanceOf(InputException.class).hasMessage(dir + ": is a directory, not a model file");
    }

    @Test
    void fileThatIsNotUtf8(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("latin1.yaml");
        Files.write(file, "model: S1S3omega # \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ModelFile.read(file))
                .isInstanceOf(InputException.class).hasMessage(file + ": cannot read model file (not UTF-8 text)");
    }

    @Test
    void unreadableFile(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("secret.yaml"), Files.readString(EXAMPLES.resolve("bm1.yaml")));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeTrue(!Files.isReadable(file), "running as a user who can read anything (root)");
        assertThatThrownBy(() -> ModelFile.read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": cannot read model file (permission denied)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "a: b: c", "masses: [1, 2", "model: \"S1S3omega", "model: S1S3omega\n\tmasses: {}"})
    void invalidYamlIsOneLineWithLineAndColumn(String yaml) {
        assertThatThrownBy(() -> ModelFile.parse(yaml, "inline.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("inline.yaml: not valid YAML (line ")
                .hasMessageContaining("column")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "# only a comment\n", "---\n"})
    void emptyDocuments(String yaml) {
        assertThatThrownBy(() -> ModelFile.parse(yaml, "inline.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("inline.yaml: expected a YAML mapping")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".NaN    | masses.S1: | got NaN",
        ".Inf    | masses.S1: | got infinity",
        "+.inf   | masses.S1: | got infinity",
        "NaN     | masses.S1: | got \"NaN\"",
        "1e999   | masses.S1: | got infinity",
        "true    | masses.S1: | got true",
        "[1200]  | masses.S1: | got a list",
        "{m: 1}  | masses.S1: | got a mapping",
    })
    void massValuesThatAreNotFinitePositiveNumbers(String value, String field, String fragment) {
        String yaml = "model: S1S3omega\nmasses: {S1: " + value + ", S3: 1200, omega: 10000}\n";
        assertThatThrownBy(() -> ModelFile.parse(yaml, "inline.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("inline.yaml: " + field + " expected a mass in GeV")
                .hasMessageContaining(fragment)
                .hasMessageNotContaining("\n");
    }

    @Test
    void symmetryMessageListsEveryDifferingPair() {
        String yaml = "model: S1S3omega\nmasses: {S1: 1, S3: 1, omega: 1}\n"
                + "couplings: {yomega: [[0, 1, \"2i\"], [0, 0, 3], [2, 3, 0]]}\n";
        assertThatThrownBy(() -> ModelFile.parse(yaml, "inline.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessage("inline.yaml: couplings.yomega: expected a symmetric matrix ([i][j] = [j][i]), "
                        + "got [1][2] = 1 but [2][1] = 0; [1][3] = 2i but [3][1] = 2");
    }

    @Test
    void yukawasWithoutSymmetryRequirementMayBeAsymmetric() {
        String yaml = "model: S1S3omega\nmasses: {S1: 1, S3: 1, omega: 1}\n"
                + "couplings: {yL: [[0, 1, 0], [0, 0, 0], [0, 0, 0]]}\n";
        assertThat(ModelFile.parse(yaml, "inline.yaml").coupling("yL").re(0, 1)).isEqualTo(1.0);
    }

    // ------------------------------------------------------------------------------------------ good files

    @Test
    void benchmarkOneReadsBackExactly() {
        // seed000 eq. (99); mu = 131.89 GeV; M_S1 = M_S3 = 1200 GeV, M_omega = 10 TeV (sec. 5)
        ModelSpec s = ModelFile.read(EXAMPLES.resolve("bm1.yaml"));
        assertThat(s.model()).isEqualTo("S1S3omega");
        assertThat(s.parameters()).isEqualTo("seeds2021");
        assertThat(s.masses()).containsExactly(
                java.util.Map.entry("S1", 1200.0), java.util.Map.entry("S3", 1200.0),
                java.util.Map.entry("omega", 10000.0));
        assertThat(s.potential("mu1")).isEqualTo(131.89);
        assertThat(s.potential("mu3")).isEqualTo(131.89);
        assertThat(s.coupling("yL")).isEqualTo(real(
                new double[][] {{0, 0, 0}, {0, -0.09485, -1.413}, {0, 0.01699, -0.05935}}));
        assertThat(s.coupling("yR")).isEqualTo(real(new double[][] {{0, 0, 0}, {0, 0, 1.451}, {0, 0.1900, 0}}));
        assertThat(s.coupling("yS")).isEqualTo(real(
                new double[][] {{0, 0, 0}, {0, 0.03230, -0.4183}, {0.002867, 0.03398, 0.1742}}));
        assertThat(s.coupling("yomega")).isEqualTo(real(
                new double[][] {{0, 0, 0}, {0, -1.451, 0.1332}, {0, 0.1332, 0.04726}}));
        assertThat(s.options()).containsEntry("light_quark_logs", "mLQ")
                .containsEntry("eq64_light_quark_couplings", "conjugate");
    }

    @Test
    void benchmarkTwoReadsBackExactly() {
        // seed000 eq. (100); mu = 489.13 GeV
        ModelSpec s = ModelFile.read(EXAMPLES.resolve("bm2.yaml"));
        assertThat(s.parameters()).isEqualTo("seeds2021");
        assertThat(s.mass("S1")).isEqualTo(1200.0);
        assertThat(s.mass("S3")).isEqualTo(1200.0);
        assertThat(s.mass("omega")).isEqualTo(10000.0);
        assertThat(s.potential("mu1")).isEqualTo(489.13);
        assertThat(s.potential("mu3")).isEqualTo(489.13);
        assertThat(s.coupling("yL")).isEqualTo(real(
                new double[][] {{0, 0, 0}, {0, -0.03947, -1.337}, {0, 0.01907, -0.05912}}));
        assertThat(s.coupling("yR")).isEqualTo(real(new double[][] {{0, 0, 0}, {0, 0, 1.579}, {0, 0.1901, 0}}));
        assertThat(s.coupling("yS")).isEqualTo(real(
                new double[][] {{0, 0, 0}, {0, -0.06141, 0.1807}, {-0.0009881, -0.01793, -0.4249}}));
        assertThat(s.coupling("yomega")).isEqualTo(real(
                new double[][] {{0, 0, 0}, {0, -0.4746, -1.013}, {0, -1.013, 0.002936}}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bm1.yaml", "bm2.yaml"})
    void bundledBenchmarksAreByteIdenticalToExamples(String name) throws IOException {
        byte[] example = Files.readAllBytes(EXAMPLES.resolve(name));
        byte[] bundled;
        try (InputStream in = ModelFileTest.class.getResourceAsStream(BUNDLED + name)) {
            assertThat(in).as("bundled resource " + BUNDLED + name).isNotNull();
            bundled = in.readAllBytes();
        }
        assertThat(bundled).as(name + ": examples/seed000 and the bundled copy differ").isEqualTo(example);
        ModelSpec fromResource = ModelFile.parse(new String(bundled, StandardCharsets.UTF_8), "seed000/" + name);
        ModelSpec fromExample = ModelFile.read(EXAMPLES.resolve(name));
        assertThat(fromResource.couplings()).isEqualTo(fromExample.couplings());
        assertThat(fromResource.potential()).isEqualTo(fromExample.potential());
    }

    @Test
    void complexEntriesInEverySpelling() {
        ModelSpec s = ModelFile.read(resource("good/complex.yaml"));
        CMatrix3 yL = s.coupling("yL");
        assertThat(yL.get(0, 1)).isEqualTo(new Complex(0.3, -0.9));
        assertThat(yL.get(0, 2)).isEqualTo(new Complex(0, -0.9));
        assertThat(yL.get(1, 0)).isEqualTo(new Complex(0, 1));
        assertThat(yL.get(1, 1)).isEqualTo(new Complex(2.5, 0));
        assertThat(yL.get(1, 2)).isEqualTo(new Complex(1e-3, 2e-4));
        assertThat(yL.get(2, 0)).isEqualTo(new Complex(0.3, -0.9));
        assertThat(yL.get(2, 1)).isEqualTo(new Complex(0, -1));
        assertThat(yL.get(2, 2)).isEqualTo(new Complex(1e-3, 0));
        CMatrix3 yw = s.coupling("yomega");
        assertThat(yw.get(0, 1)).isEqualTo(new Complex(0.5, 0.5)).isEqualTo(yw.get(1, 0));
        assertThat(yw.get(1, 2)).isEqualTo(new Complex(0, -2)).isEqualTo(yw.get(2, 1));
        assertThat(yw.get(2, 2)).isEqualTo(new Complex(3, 0));
        assertThat(s.mass("S3")).isEqualTo(1500.0);
        assertThat(s.potential("mu3")).isEqualTo(-25.5);
        assertThat(s.option("eq64_light_quark_couplings", "conjugate")).isEqualTo("literal");
    }

    @Test
    void complexEntriesNeedNoQuotes() {
        String yaml = "model: S1S3omega\nmasses: {S1: 1, S3: 1, omega: 1}\n"
                + "couplings:\n  yL: [[0, 0.3-0.9i, -0.9i], [i, -i, 1e-3+2e-4i], [0.3 - 0.9i, 2j, 0]]\n"
                + "  yR:\n    - [i, 0, 0]\n    - [0, 0.3 - 0.9i, 0]\n    - [0, 0, -j]\n";
        ModelSpec s = ModelFile.parse(yaml, "inline.yaml");
        assertThat(s.coupling("yL").get(0, 1)).isEqualTo(new Complex(0.3, -0.9));
        assertThat(s.coupling("yL").get(1, 0)).isEqualTo(new Complex(0, 1));
        assertThat(s.coupling("yL").get(1, 2)).isEqualTo(new Complex(1e-3, 2e-4));
        assertThat(s.coupling("yL").get(2, 0)).isEqualTo(new Complex(0.3, -0.9));
        assertThat(s.coupling("yR").get(1, 1)).isEqualTo(new Complex(0.3, -0.9));
        assertThat(s.coupling("yR").get(2, 2)).isEqualTo(new Complex(0, -1));
    }

    @Test
    void defaults() {
        ModelSpec s = ModelFile.read(resource("good/minimal.yaml"));
        assertThat(s.parameters()).isEqualTo(ModelFile.DEFAULT_PARAMETERS).isEqualTo("pdg2024");
        assertThat(s.masses()).containsEntry("S1", 1500.0).containsEntry("S3", 2000.5).containsEntry("omega", 12000.0);
        assertThat(s.potential()).containsEntry("mu1", 0.0).containsEntry("mu3", 0.0);
        assertThat(s.couplings()).containsOnlyKeys("yL", "yR", "yS", "yomega");
        assertThat(s.couplings().values()).allMatch(CMatrix3.ZERO::equals);
        // options default to the first allowed value (the paper's reading)
        ModelType t = ModelCatalogue.get("S1S3omega");
        t.options().forEach((k, v) -> assertThat(s.options()).containsEntry(k, v.get(0)));
    }

    @Test
    void partialEntriesKeepDefaultsForTheRest() {
        String yaml = "model: S1S3omega\nmasses: {S1: 1, S3: 2, omega: 3}\npotential: {mu1: 5}\n"
                + "couplings: {yR: [[0, 0, 0], [0, 0, 1], [0, 0, 0]]}\noptions: {light_quark_logs: physical}\n"
                + "description: |\n  two lines\n  of text\n";
        ModelSpec s = ModelFile.parse(yaml, "inline.yaml");
        assertThat(s.potential()).containsEntry("mu1", 5.0).containsEntry("mu3", 0.0);
        assertThat(s.coupling("yR").re(1, 2)).isEqualTo(1.0);
        assertThat(s.coupling("yL")).isEqualTo(CMatrix3.ZERO);
        assertThat(s.options()).containsEntry("light_quark_logs", "physical")
                .containsEntry("eq64_light_quark_couplings", "conjugate");
        assertThat(s.origin()).isEqualTo("inline.yaml");
    }

    @Test
    void emptySectionsMeanDefaults() {
        String yaml = "model: S1S3omega\nmasses: {S1: 1, S3: 2, omega: 3}\npotential:\ncouplings: {}\noptions:\n";
        ModelSpec s = ModelFile.parse(yaml, "inline.yaml");
        assertThat(s.potential("mu1")).isZero();
        assertThat(s.coupling("yomega")).isEqualTo(CMatrix3.ZERO);
    }

    @Test
    void relativeParameterFileIsResolvedAgainstTheModelFile() throws IOException {
        ModelSpec s = ModelFile.read(resource("good/complex.yaml"));
        Path params = Path.of(s.parameters());
        assertThat(params).isAbsolute().exists();
        assertThat(params).isEqualTo(resource("params/custom.yaml").toRealPath());
        // the stored reference loads from anywhere: with no base directory, or resolved against the origin's
        assertThat(ParameterSet.load(s.parameters(), null).name()).isEqualTo("custom");
        assertThat(ParameterSet.load(s.parameters(), Path.of(s.origin()).getParent()).name()).isEqualTo("custom");
    }

    @Test
    void relativeParameterFileInAnotherDirectory(@TempDir Path tmp) throws IOException {
        Path models = Files.createDirectories(tmp.resolve("project/models"));
        Path inputs = Files.createDirectories(tmp.resolve("project/inputs"));
        Files.copy(resource("params/custom.yaml"), inputs.resolve("mine.yaml"));
        Path model = Files.writeString(models.resolve("m.yaml"),
                "model: S1S3omega\nparameters: ../inputs/mine.yaml\nmasses: {S1: 1, S3: 2, omega: 3}\n");
        ModelSpec s = ModelFile.read(model);
        assertThat(ParameterSet.load(s.parameters(), null).value("m_b")).isEqualTo(4.2);
        // the same text parsed with a different origin does not find the file, and says where it looked
        String text = Files.readString(model);
        assertThatThrownBy(() -> ModelFile.parse(text, "elsewhere/m.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("elsewhere/m.yaml: parameters: ")
                .hasMessageContaining("no such parameter file")
                .hasMessageNotContaining("\n");
    }

    @Test
    void originWithoutDirectoryResolvesAgainstTheWorkingDirectory() {
        // Maven runs tests in the module directory
        String yaml = "model: S1S3omega\nparameters: src/test/resources/models/params/custom.yaml\n"
                + "masses: {S1: 1, S3: 2, omega: 3}\n";
        ModelSpec s = ModelFile.parse(yaml, "m.yaml");
        assertThat(Path.of(s.parameters())).isAbsolute();
        assertThat(ParameterSet.load(s.parameters(), null).name()).isEqualTo("custom");
    }

    @Test
    void builtInParameterSetsAreAccepted() {
        for (String name : ParameterSet.BUILT_IN) {
            String yaml = "model: S1S3omega\nparameters: " + name + "\nmasses: {S1: 1, S3: 2, omega: 3}\n";
            assertThat(ModelFile.parse(yaml, "inline.yaml").parameters()).isEqualTo(name);
        }
    }

    @Test
    void numbersInOtherYamlSpellings() {
        String yaml = "model: S1S3omega\nmasses: {S1: 1.2e3, S3: \"1200\", omega: 10_000}\n"
                + "couplings: {yL: [[0x1, 0, 0], [0, 0, 0], [0, 0, \"-0\"]]}\n";
        ModelSpec s = ModelFile.parse(yaml, "inline.yaml");
        assertThat(s.masses()).containsEntry("S1", 1200.0).containsEntry("S3", 1200.0).containsEntry("omega", 10000.0);
        assertThat(s.coupling("yL").re(0, 0)).isEqualTo(1.0);
    }

    @Test
    void symmetryIsCheckedToRoundingOnly() {
        String yaml = "model: S1S3omega\nmasses: {S1: 1, S3: 1, omega: 1}\n"
                + "couplings: {yomega: [[0, 0.1332, 0], [0.13320, 0, 0], [0, 0, 0]]}\n";
        assertThat(ModelFile.parse(yaml, "inline.yaml").coupling("yomega").isSymmetric(0)).isTrue();
    }

    @Test
    void byteOrderMarkIsIgnored() {
        String yaml = "\uFEFFmodel: S1S3omega\nmasses: {S1: 1, S3: 1, omega: 1}\n";
        assertThat(ModelFile.parse(yaml, "inline.yaml").model()).isEqualTo("S1S3omega");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static CMatrix3 real(double[][] re) {
        return CMatrix3.real(re);
    }

    private static Path resource(String name) {
        URL url = ModelFileTest.class.getResource("/models/" + name);
        assertThat(url).as("test resource models/" + name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
