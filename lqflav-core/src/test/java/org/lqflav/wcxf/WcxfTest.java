package org.lqflav.wcxf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lqflav.InputException;
import org.lqflav.eft.WetNames;
import org.lqflav.eft.WilsonCoefficients;

class WcxfTest {
    @TempDir
    Path dir;

    private static WilsonCoefficients sample() {
        return WilsonCoefficients.builder(1200).set("CSL_bctaunutau", new Complex(-0.0123, 4.5e-7))
                .set("C9_bsmumu", new Complex(-0.7, 0)).set("CVLL_bsbs", new Complex(1.25e-11, -3e-13))
                .set("Cgamma_taumu", new Complex(0, 2.5e-12)).build();
    }

    @Test
    void basisNamesAreTheWholeFlavioBasisAndContainEveryLqflavName() {
        // wcxf-bases wet.flavio.basis.yml (commit 027b10a) lists 1679 coefficients, 231 of them real.
        assertThat(Wcxf.basisNames()).hasSize(1679).contains("CVLL_bsbs", "Cgamma_emu", "C7_bs", "CG", "CVLLt_bsdd");
        assertThat(Wcxf.basisNames().stream().filter(Wcxf::isReal)).hasSize(231).contains("CG", "CVLL_eeee");
        assertThat(WetNames.all()).allSatisfy(n -> assertThat(Wcxf.basisNames()).contains(n));
        assertThat(WetNames.all()).noneSatisfy(n -> assertThat(Wcxf.isReal(n)).isTrue());
    }

    @Test
    void yamlHasTheWcxfFieldsAndComplexValuesAsReIm() throws IOException {
        String yaml = Wcxf.write(sample(), "yaml");
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertThat(root.get("eft").asText()).isEqualTo("WET");
        assertThat(root.get("basis").asText()).isEqualTo("flavio");
        assertThat(root.get("scale").asDouble()).isEqualTo(1200.0);
        JsonNode v = root.get("values");
        assertThat(v.size()).isEqualTo(4);
        assertThat(v.get("CSL_bctaunutau").get("Re").asDouble()).isEqualTo(-0.0123);
        assertThat(v.get("CSL_bctaunutau").get("Im").asDouble()).isEqualTo(4.5e-7);
        assertThat(v.get("CVLL_bsbs").get("Re").isNumber()).isTrue();
        // exponents carry a sign and mantissas a point, so PyYAML (wcxf-python, flavio) reads them as floats
        assertThat(yaml).contains("CVLL_bsbs: {Re: 1.25e-11, Im: -3.0e-13}").doesNotContainPattern("[0-9]E[0-9]");
    }

    @Test
    void jsonHasTheSameContent() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Wcxf.write(sample(), "json"));
        assertThat(root.get("eft").asText()).isEqualTo("WET");
        assertThat(root.get("values").get("Cgamma_taumu").get("Im").asDouble()).isEqualTo(2.5e-12);
        assertThat(root.get("values").get("C9_bsmumu").get("Re").asDouble()).isEqualTo(-0.7);
    }

    @Test
    void writeThenReadIsExactForBothFormats() throws IOException {
        for (String format : new String[] {"yaml", "json"}) {
            Path f = dir.resolve("wc." + format);
            Files.writeString(f, Wcxf.write(sample(), format));
            Wcxf.Imported in = Wcxf.read(f);
            assertThat(in.coefficients()).isEqualTo(sample());
            assertThat(in.warnings()).isEmpty();
        }
    }

    @Test
    void zeroCoefficientsAreNotWrittenAndAnEmptySetIsValid() {
        String yaml = Wcxf.write(WilsonCoefficients.builder(91.1876).build(), "yaml");
        assertThat(yaml).contains("values: {}");
        assertThat(Wcxf.parse(yaml, "x.yaml", false).coefficients().nonZero()).isEmpty();
        assertThatThrownBy(() -> Wcxf.write(WilsonCoefficients.ZERO, "yaml")).hasMessageContaining("no scale");
        assertThatThrownBy(() -> Wcxf.write(sample(), "xml")).isInstanceOf(InputException.class)
                .hasMessage("format: expected yaml or json, got \"xml\"");
    }

    @Test
    void numbersFromOtherWritersAreRead() {
        // wcxf-python writes plain numbers for complex coefficients with no imaginary part, PyYAML style floats,
        // and may omit Im; YAML 1.1 reads 1e-5 as text, which is still a number here.
        String text = "eft: WET\nbasis: flavio\nscale: 4.8\nvalues:\n  C10_bsmumu: 1.0e-01\n"
                + "  CT_bcenue: {Re: 1e-5}\n  CL_bsnuenue: {Im: -2}\n";
        WilsonCoefficients wc = Wcxf.parse(text, "peer.yaml", false).coefficients();
        assertThat(wc.scale()).isEqualTo(4.8);
        assertThat(wc.get("C10_bsmumu")).isEqualTo(new Complex(0.1, 0));
        assertThat(wc.get("CT_bcenue")).isEqualTo(new Complex(1e-5, 0));
        assertThat(wc.get("CL_bsnuenue")).isEqualTo(new Complex(0, -2));
    }

    @Test
    void basisNamesLqflavDoesNotUseAreWarningsNotErrors() {
        String text = "eft: WET\nbasis: flavio\nscale: 160\nvalues:\n  C7_bs: {Re: 0.01, Im: 0}\n"
                + "  CG: 0.3\n  C9_bsmumu: -1\n  C8_bs: 0\nmetadata: {generator: test}\n";
        Wcxf.Imported in = Wcxf.parse(text, "f.yaml", false);
        assertThat(in.coefficients().nonZero()).containsOnlyKeys("C9_bsmumu");
        assertThat(in.warnings()).containsExactly(
                "f.yaml: values.C7_bs: valid in the flavio basis but not used by LQFlav; ignored",
                "f.yaml: values.CG: valid in the flavio basis but not used by LQFlav; ignored");
    }

    private static void rejects(String text, String... parts) {
        assertThatThrownBy(() -> Wcxf.parse(text, "bad.yaml", false)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("bad.yaml").doesNotContain("\n")
                        .contains(parts));
    }

    @Test
    void wrongEftBasisOrScaleIsOneLineNamingTheField() {
        rejects("eft: SMEFT\nbasis: Warsaw\nscale: 1000\nvalues: {}\n",
                "bad.yaml: eft: expected WET, got \"SMEFT\"");
        rejects("eft: WET\nbasis: JMS\nscale: 1000\nvalues: {}\n", "bad.yaml: basis: expected flavio, got \"JMS\"");
        rejects("basis: flavio\nscale: 1000\nvalues: {}\n", "bad.yaml: eft: expected WET, got nothing");
        rejects("eft: WET\nbasis: flavio\nvalues: {}\n", "bad.yaml: scale: expected a positive finite number (GeV), "
                + "got nothing");
        rejects("eft: WET\nbasis: flavio\nscale: -4.8\nvalues: {}\n", "scale: expected a positive", "-4.8");
        rejects("eft: WET\nbasis: flavio\nscale: 0\nvalues: {}\n", "scale: expected a positive", "got 0");
        rejects("eft: WET\nbasis: flavio\nscale: mb\nvalues: {}\n", "got \"mb\"");
        rejects("eft: WET\nbasis: flavio\nscale: 5\n", "bad.yaml: values: expected a mapping");
        rejects("- 1\n- 2\n", "bad.yaml: expected a WCxf mapping", "got \"array\"");
        rejects("eft: WET\neft: WET\n", "not valid YAML", "Duplicate field");
    }

    @Test
    void unknownNamesAndBadValuesAreOneLineNamingTheCoefficient() {
        String head = "eft: WET\nbasis: flavio\nscale: 5\nvalues:\n";
        rejects(head + "  C9_bsmumuu: 1\n", "bad.yaml: values.C9_bsmumuu: expected a coefficient name of the WCxf "
                + "flavio WET basis (closest: C9_bsmumu", "got \"C9_bsmumuu\"");
        rejects(head + "  C9_bsmumu: large\n", "bad.yaml: values.C9_bsmumu: expected a number or {Re: x, Im: y}, "
                + "got \"large\"");
        rejects(head + "  C9_bsmumu: {Re: 1, Imag: 2}\n", "values.C9_bsmumu: expected a number or {Re: x, Im: y}");
        rejects(head + "  C9_bsmumu: {Re: 1, Im: x}\n", "values.C9_bsmumu: expected", "finite parts");
        rejects(head + "  C9_bsmumu: [1, 2]\n", "values.C9_bsmumu: expected a number");
        rejects(head + "  CG: {Re: 1, Im: 0.5}\n", "values.CG: expected a real number (the basis declares this "
                + "coefficient real)");
    }

    @Test
    void missingFileAndBadJsonAreOneLine() throws IOException {
        assertThatThrownBy(() -> Wcxf.read(dir.resolve("none.yaml"))).isInstanceOf(InputException.class)
                .hasMessageEndingWith("none.yaml: no such WCxf file");
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"eft\": \"WET\",\n \"basis\": }");
        assertThatThrownBy(() -> Wcxf.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("broken.json: not valid JSON").hasMessageContaining("line 2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
