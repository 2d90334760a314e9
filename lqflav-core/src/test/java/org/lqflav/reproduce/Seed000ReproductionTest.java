package org.lqflav.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of seed000 Table I (paper values typed from the table into Seed000Reproduction). Rows the reproduction
 * notes (docs/conventions.md) mark reproducible must agree within 3% (BM-II neutrino rows 10%); the rest must be
 * reported as differing, with a reason, at the ratio the independent evaluation in the notes found.
 */
class Seed000ReproductionTest {
    private static List<ReproductionRow> rows;

    /** Rows the notes could not reproduce from the printed formulas and inputs. */
    private static final Set<String> NOT_REPRODUCIBLE = Set.of("BR(tau->mumumu)", "BR(tau->muee)",
            "BR(Bs->mutau,taumu)", "BR(tau->etamu)");

    @BeforeAll
    static void compute() {
        rows = Reproductions.get("seed000").rows();
    }

    static List<String> reproducibleRows() {
        return Reproductions.get("seed000").rows().stream()
                .filter(r -> !NOT_REPRODUCIBLE.contains(r.observable()))
                .map(r -> r.observable() + " " + r.benchmark())
                .collect(Collectors.toList());
    }

    @ParameterizedTest
    @MethodSource("reproducibleRows")
    void reproducibleRowAgreesWithinItsTolerance(String key) {
        ReproductionRow r = find(key);
        double tol = r.observable().startsWith("BR(Z->mutau)") && r.benchmark().equals("BM-I") ? 0.08
                : r.benchmark().equals("BM-II") && NEUTRINO.contains(r.observable()) ? 0.10 : 0.03;
        assertThat(r.tolerance()).isEqualTo(tol);
        assertThat(r.ratio()).as(key).isCloseTo(1.0, within(tol));
        assertThat(r.status()).isEqualTo(ReproductionRow.AGREES);
    }

    private static final Set<String> NEUTRINO = Set.of("Dm2_21", "Dm2_31", "theta_12", "theta_23", "theta_13");

    @Test
    void tableHasAllTwentySevenRowsForBothBenchmarks() {
        assertThat(rows).hasSize(54);
    }

    @Test
    void unreproducibleRowsDifferAtTheRatiosTheNotesFound() {
        // seed000 reproduction notes, sec. 2: tau->3mu 0.018 / 0.014, tau->muee 0.098 / 0.079,
        // Bs->mutau 3.234 / 3.234, tau->eta mu 0.945 / 0.943 (independent evaluation of the printed formulas).
        Map<String, double[]> expected = Map.of(
                "BR(tau->mumumu)", new double[] {0.018, 0.014},
                "BR(tau->muee)", new double[] {0.098, 0.079},
                "BR(Bs->mutau,taumu)", new double[] {3.234, 3.234},
                "BR(tau->etamu)", new double[] {0.945, 0.943});
        for (Map.Entry<String, double[]> e : expected.entrySet()) {
            ReproductionRow bm1 = find(e.getKey() + " BM-I");
            ReproductionRow bm2 = find(e.getKey() + " BM-II");
            // The notes print two or three digits: hold to 5%.
            assertThat(bm1.ratio()).as(e.getKey()).isCloseTo(e.getValue()[0], within(e.getValue()[0] * 0.05));
            assertThat(bm2.ratio()).as(e.getKey()).isCloseTo(e.getValue()[1], within(e.getValue()[1] * 0.05));
            assertThat(bm1.status()).isEqualTo(ReproductionRow.DIFFERS);
            assertThat(bm1.note()).isNotBlank();
        }
    }

    private static ReproductionRow find(String key) {
        return rows.stream().filter(r -> (r.observable() + " " + r.benchmark()).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key));
    }
}
