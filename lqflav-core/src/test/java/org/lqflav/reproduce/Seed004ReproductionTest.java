package org.lqflav.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number of seed 004's text that its formulas or quoted inputs determine (paper values typed into
 * Seed004Reproduction with their locations). Rows the reproduction notes (shared/design/seed004-reproduction-notes.md)
 * mark reproducible must agree within 5% (a one-digit number: within its rounding); the others must be reported as
 * differing, with a reason, at the ratio the notes' independent evaluation found.
 */
class Seed004ReproductionTest {
    private static List<ReproductionRow> rows;

    /** Rows the notes could not reproduce, with the ratio they found (computed / paper). */
    private static final Map<String, Double> NOT_REPRODUCIBLE = Map.of(
            // sec. II below eq. (17): 3.35e-7, 3.90e-7; notes: 4.19e-7, 4.88e-7 (V_tb = 1; ours 0.99913^2 lower)
            "BR(B->KZp)", 4.19 / 3.35 * 0.99827,
            "BR(B->K*Zp)", 4.88 / 3.90 * 0.99827,
            // sec. II: Delta a_mu ~ 1.0e-9; notes: 1.19e-9 with g_Z' inferred from eps (assumption)
            "Delta_a_mu", 1.19,
            // eq. (10) with C = 0 against eq. (12)'s 8.60e-11; notes: 7.98e-11
            "BR(K+->pinunu) eq. (10) bracket, S1 off", 7.98 / 8.60,
            // sec. II: R^nu < 2.2 from BR(B -> K* nu nu) < 2.7e-5; notes: 2.32 (SM + 1.645 sigma)
            "R^nu bound from BR(B->K*nunu) < 2.7e-5", 2.32 / 2.2);

    @BeforeAll
    static void compute() {
        rows = Reproductions.get("seed004").rows();
    }

    static List<String> reproducibleRows() {
        return Reproductions.get("seed004").rows().stream().map(ReproductionRow::observable)
                .filter(o -> !NOT_REPRODUCIBLE.containsKey(o)).collect(Collectors.toList());
    }

    @ParameterizedTest
    @MethodSource("reproducibleRows")
    void reproducibleRowAgreesWithinItsTolerance(String observable) {
        ReproductionRow r = find(observable);
        // one-digit numbers are held to their rounding (0.05/0.4), everything else to 5%
        double tol = observable.equals("BR(B+->Knunu) average of 5, error [1e-5]") ? 0.125 : 0.05;
        assertThat(r.tolerance()).isEqualTo(tol);
        assertThat(r.ratio()).as(observable).isCloseTo(1.0, within(tol));
        assertThat(r.status()).isEqualTo(ReproductionRow.AGREES);
    }

    @Test
    void unreproducibleRowsDifferAtTheRatiosTheNotesFound() {
        for (Map.Entry<String, Double> e : NOT_REPRODUCIBLE.entrySet()) {
            ReproductionRow r = find(e.getKey());
            // the notes print three digits: hold to 1%
            assertThat(r.ratio()).as(e.getKey()).isCloseTo(e.getValue(), within(e.getValue() * 0.01));
            assertThat(r.status()).as(e.getKey()).isEqualTo(ReproductionRow.DIFFERS);
            assertThat(r.note()).as(e.getKey()).isNotBlank();
        }
    }

    @Test
    void everyStatedNumberHasARow() {
        assertThat(rows).hasSize(21);
        assertThat(rows.stream().map(ReproductionRow::observable).collect(Collectors.toSet())).hasSize(21);
        assertThat(rows).allMatch(r -> !r.note().isBlank());
        // the Z' miss: the ratio of the two rates reproduces (the paper's 3.90/3.35)
        assertThat(find("BR(B->K*Zp)/BR(B->KZp)").ratio()).isCloseTo(1.0, within(0.002));
        // running: the LO factors from 1.5 TeV (notes: 1.622, 0.851)
        assertThat(find("C_S(m_b)/C_S(m_S1)").computed()).isCloseTo(1.622, within(0.005));
        assertThat(find("C_T(m_b)/C_T(m_S1)").computed()).isCloseTo(0.851, within(0.003));
        // data rows (notes): 2.796 +- 0.938, (1.33 +- 0.37)e-5, 2.61 sigma, 3.34 sigma, 8.1e-11
        assertThat(find("R^nu measured (eq. (2))").computed()).isCloseTo(2.796, within(0.001));
        assertThat(find("R^nu measured, error (eq. (2))").computed()).isCloseTo(0.938, within(0.001));
        assertThat(find("BR(B+->Knunu) average of 5 [1e-5]").computed()).isCloseTo(1.33, within(0.005));
        assertThat(find("BR(B+->Knunu) average of 5, error [1e-5]").computed()).isCloseTo(0.37, within(0.005));
        assertThat(find("Belle II deviation from SM [sigma]").computed()).isCloseTo(2.61, within(0.005));
        assertThat(find("R(D)-R(D*) tension [sigma]").computed()).isCloseTo(3.34, within(0.005));
        assertThat(find("BR(K+->pinunu) 1 sigma band, lower").computed()).isCloseTo(8.1e-11, within(1e-15));
    }

    @Test
    void significanceHelpersHaveTheirClosedForms() {
        // inverse-variance average of (1 +- 1, 3 +- 1) = 2 +- 1/sqrt(2)
        double[] avg = Seed004Reproduction.weightedAverage(new double[] {1, 3}, new double[] {1, 1});
        assertThat(avg[0]).isEqualTo(2.0);
        assertThat(avg[1]).isCloseTo(Math.sqrt(0.5), within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zprime-sec2.yaml", "s1-point.yaml"})
    void bundledBenchmarksAreByteIdenticalToTheExamples(String file) throws IOException {
        byte[] example = Files.readAllBytes(Path.of("..", "examples", "seed004", file));
        try (InputStream in = Seed004Reproduction.class.getResourceAsStream("/org/lqflav/reproduce/seed004/" + file)) {
            assertThat(in).as(file).isNotNull();
            assertThat(in.readAllBytes()).as(file).isEqualTo(example);
        }
        assertThat(Seed004Reproduction.benchmark(file).model()).isEqualTo("S1Zprime");
        assertThat(Seed004Reproduction.benchmark(file).origin()).isEqualTo("seed004/" + file);
    }

    @Test
    void exactlyTheRowsTheNotesCouldNotReproduceDiffer() {
        Set<String> differ = rows.stream().filter(r -> r.status().equals(ReproductionRow.DIFFERS))
                .map(ReproductionRow::observable).collect(Collectors.toSet());
        assertThat(differ).isEqualTo(NOT_REPRODUCIBLE.keySet());
    }

    private static ReproductionRow find(String observable) {
        return rows.stream().filter(r -> r.observable().equals(observable)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + observable));
    }
}
