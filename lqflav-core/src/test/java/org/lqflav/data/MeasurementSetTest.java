package org.lqflav.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lqflav.InputException;
import org.lqflav.obs.ObservableRegistry;

/** The bundled sets, and the one-line errors of bad set files. */
class MeasurementSetTest {
    @ParameterizedTest
    @ValueSource(strings = {"seeds2021", "current"})
    void bundledSetsAreConsistent(String name) {
        MeasurementSet s = MeasurementSet.builtIn(name);
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.measurements()).hasSizeGreaterThan(30);
        Set<String> ids = new HashSet<>();
        for (Measurement m : s.measurements()) {
            assertThat(ids.add(m.id())).as("unique id " + m.id()).isTrue();
            for (String o : m.observables()) {
                assertThat(ObservableRegistry.standard().find(o)).as(o + " is registered").isPresent();
            }
            assertThat(m.provenance().source()).as(m.id() + " has a source").isNotBlank();
            if (m.provenance().verified().equals("false")) {
                assertThat(m.provenance().hasCaveat()).as(m.id() + " (verified false) has a caveat").isTrue();
            }
        }
        assertThat(s.notUsed()).isNotEmpty();
    }

    @Test
    void rdAveragesAreTheReferenceDataNumbers() {
        // reference data, measurements.yaml: RD_RDs_HFLAV_spring2019 (0.340(30), 0.295(14), rho -0.38) and
        // RD_RDs_HFLAV_CKM2025 (0.358(24), 0.281(11), rho -0.374)
        CorrelatedGaussian seeds = (CorrelatedGaussian) MeasurementSet.builtIn("seeds2021")
                .find("Rtaul(B->Dlnu)").orElseThrow();
        assertThat(seeds.value(0)).isEqualTo(0.340);
        assertThat(seeds.experimentalSigma(1)).isEqualTo(0.014);
        assertThat(seeds.correlation(0, 1)).isEqualTo(-0.38);
        CorrelatedGaussian now = (CorrelatedGaussian) MeasurementSet.builtIn("current")
                .find("Rtaul(B->D*lnu)").orElseThrow();
        assertThat(now.value(0)).isEqualTo(0.358);
        assertThat(now.value(1)).isEqualTo(0.281);
        assertThat(now.correlation(1, 0)).isEqualTo(-0.374);
        // tau -> mu gamma: BaBar 2010 4.4e-8 then Belle 2021 4.2e-8, both 90% CL
        assertThat(((LimitMeasurement) MeasurementSet.builtIn("seeds2021").find("BR(tau->mugamma)").orElseThrow())
                .limit()).isEqualTo(4.4e-8);
        assertThat(((LimitMeasurement) MeasurementSet.builtIn("current").find("BR(tau->mugamma)").orElseThrow())
                .limit()).isEqualTo(4.2e-8);
    }

    @Test
    void unverifiedEntriesCarryACaveat() {
        // tau -> mu phi 2.3e-8 is marked verified: "false" in the reference data
        Measurement m = MeasurementSet.builtIn("current").find("BR(tau->phimu)").orElseThrow();
        assertThat(m.provenance().verified()).isEqualTo("false");
        assertThat(m.provenance().caveat()).contains("memory");
        assertThat(MeasurementSet.builtIn("current").caveats()).contains(m);
    }

    @Test
    void selectKeepsOnlyAndDropsExclude() {
        MeasurementSet s = MeasurementSet.builtIn("seeds2021");
        MeasurementSet only = s.select(List.of("Rtaul(B->Dlnu)", "N_nu"), List.of(), "fit.yaml: data");
        // the correlated R_D - R_D* measurement is kept whole
        assertThat(only.observables()).containsExactly("Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)", "N_nu");
        MeasurementSet without = s.select(List.of(), List.of("theta_12", "Dm2_21"), "fit.yaml: data");
        assertThat(without.observables()).doesNotContain("theta_12", "Dm2_21").contains("theta_13");
        assertThatThrownBy(() -> s.select(List.of("R_K"), List.of(), "fit.yaml: data"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("fit.yaml: data.only: expected")
                .hasMessageContaining("\"R_K\"");
    }

    @Test
    void loadByNameFileOrError() {
        assertThat(MeasurementSet.load("current", null)).isSameAs(MeasurementSet.builtIn("current"));
        assertThatThrownBy(() -> MeasurementSet.load("today", null)).isInstanceOf(InputException.class)
                .hasMessage("data: expected one of [seeds2021, current] or a .yaml file, got \"today\"");
        assertThatThrownBy(() -> MeasurementSet.load("nowhere/none.yaml", Path.of("/tmp")))
                .isInstanceOf(InputException.class).hasMessageEndingWith("none.yaml: no such measurement-set file");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "measurements: []|bad.yaml: name: expected a non-empty text, got nothing",
        "name: x|bad.yaml: measurements: expected a list of measurements, got nothing",
        "name: x\nmeasurements: [{id: a, kind: poisson, observable: N_nu, value: 1}]"
                + "|bad.yaml: measurements[1].kind: expected one of [gaussian, correlated_gaussian, upper_limit], "
                + "got \"poisson\"",
        "name: x\nmeasurements: [{id: a, kind: gaussian, observable: R_D, value: 1, uncertainty: 1}]"
                + "|bad.yaml: measurements[1].observable: observable: expected a known name",
        "name: x\nmeasurements: [{id: a, kind: gaussian, observable: N_nu, value: 1}]"
                + "|bad.yaml: measurements[1]: expected either uncertainty or uncertainty_plus and "
                + "uncertainty_minus, got \"neither\"",
        "name: x\nmeasurements: [{id: a, kind: gaussian, observable: N_nu, value: 1, uncertainty: -1}]"
                + "|bad.yaml: measurements[1].uncertainty: expected a number > 0, got -1.0",
        "name: x\nmeasurements: [{id: a, kind: upper_limit, observable: N_nu, limit: 1, cl: 90}]"
                + "|bad.yaml: measurements[1].cl: expected a confidence level between 0 and 1 (e.g. 0.90), got 90.0",
        "name: x\nmeasurements: [{id: a, kind: upper_limit, observable: N_nu, limit: 1, cl: 0.9, colour: red}]"
                + "|bad.yaml: measurements[1].colour: expected one of the keys",
        "name: x\nmeasurements: [{id: a, kind: gaussian, observable: N_nu, value: 1, uncertainty: 1},"
                + " {id: b, kind: gaussian, observable: N_nu, value: 1, uncertainty: 1}]"
                + "|bad.yaml: measurements[2]: expected each observable in one measurement only, got \"N_nu\"",
        "name: x\nmeasurements: [{id: a, kind: correlated_gaussian, observables: [N_nu, theta_12], values: [1, 2],"
                + " uncertainties: [1, 1], correlation: 1.5}]"
                + "|bad.yaml: measurements[1].correlation: expected a correlation coefficient strictly between",
        "name: x\nmeasurements: [{id: a, kind: correlated_gaussian, observables: [N_nu, theta_12, theta_13],"
                + " values: [1, 2, 3], uncertainties: [1, 1, 1],"
                + " correlation: [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]}]"
                + "|bad.yaml: measurements[1].correlation: expected a symmetric 3x3 correlation matrix",
        "name: x\nname: y|bad.yaml: not valid YAML (Duplicate field 'name')"})
    void badFilesGiveOneLineNamingFileAndField(String caseText) {
        String[] p = caseText.split("\\|");
        assertThatThrownBy(() -> MeasurementSet.parse(p[0], "bad.yaml")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(p[1]).hasMessageNotContaining("\n");
    }
}
