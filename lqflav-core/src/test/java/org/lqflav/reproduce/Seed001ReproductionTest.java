package org.lqflav.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.model.ModelFile;

/**
 * seed001 Table III and the (g-2)_e numbers of its sec. V. The paper values are typed here a second time, with their
 * place in the paper, so a typo in Seed001Reproduction shows. Rows the reproduction notes
 * (../shared/design/seed001-reproduction-notes.md, docs/reproductions/seed001.md) mark reproducible agree within 5%;
 * the others must be reported as differing, with a reason, at the ratio the independent evaluation found.
 */
class Seed001ReproductionTest {
    private static List<ReproductionRow> rows;

    /** Reproducible rows: "observable | benchmark" -> the paper's number. */
    private static final Map<String, Double> REPRODUCED = new LinkedHashMap<>();
    /** Rows that differ: "observable | benchmark" -> the ratio computed/paper the notes' evaluation found. */
    private static final Map<String, Double> DIFFERING = new LinkedHashMap<>();

    static {
        // Table III, column "TX I (NH)".
        REPRODUCED.put("ordering (+1 NO, -1 IO) | TX-I", 1.0);                 // Table III header: TX I (NH)
        REPRODUCED.put("Dm2_21 | TX-I", 7.41e-5);                              // Table III row Dm2_21: 7.41 (1e-5 eV^2)
        REPRODUCED.put("Dm2_31 | TX-I", 2.53e-3);                              // Table III row Dm2_31 (NH): 2.53 (1e-3 eV^2)
        REPRODUCED.put("sin2_theta_12 | TX-I", 0.316);                         // Table III row sin^2 theta12: 0.316
        REPRODUCED.put("sin2_theta_23 | TX-I", 0.506);                         // Table III row sin^2 theta23 (NH): 0.506
        REPRODUCED.put("Delta_a_e | TX-I (Cs fit)", -86e-14);                  // Table III row (g-2)_e: -86 (1e-14)
        REPRODUCED.put("Delta_a_mu | TX-I", 22.4e-10);                         // Table III row (g-2)_mu: 22.4 (1e-10)
        REPRODUCED.put("Delta_a_e | TX-I (yR_21 = 0.17, Rb fit)", 48e-14);     // Table III (48); sec. V: yR_21 = 0.17
        // Table III, column "TX II (IH)".
        REPRODUCED.put("ordering (+1 NO, -1 IO) | TX-II", -1.0);               // Table III header: TX II (IH)
        REPRODUCED.put("Dm2_32 (IO: m2^2 - m3^2) | TX-II", 2.53e-3);           // Table III row Dm2_23 (IH): 2.53
        REPRODUCED.put("sin2_theta_12 | TX-II", 0.2986);                       // Table III row sin^2 theta12: 0.2986
        REPRODUCED.put("sin2_theta_23 | TX-II", 0.534);                        // Table III row sin^2 theta23 (IH): 0.534
        REPRODUCED.put("sin2_theta_13 | TX-II", 0.0227);                       // Table III row sin^2 theta13 (IH): 0.0227
        REPRODUCED.put("Delta_a_e | TX-II (Cs fit)", -84e-14);                 // Table III row (g-2)_e: -84 (1e-14)
        REPRODUCED.put("Delta_a_mu | TX-II", 24.2e-10);                        // Table III row (g-2)_mu: 24.2 (1e-10)
        // sec. V: "fR21 = 0.0093 and fR31 = 0.252 correctly reproduce ... the (g-2)_e result of Ref. [59]"; Table III (60).
        REPRODUCED.put("Delta_a_e | TX-II (fR_21 = 0.0093, fR_31 = 0.252, Rb fit)", 60e-14);
        // sec. V: "fR21 >~ 0.0067 is required to satisfy the bound |fR31 fR*33| < 0.32 (MR2/TeV)^2 from tau -> e gamma".
        REPRODUCED.put("fR_21 minimum | TX-II (|fR_31 fR*_33| < 0.32, fR_21 fR_31 fixed)", 0.0067);
        // sec. V: "This choice of fR21 leads to Delta a_e >~ 4.32e-13".
        REPRODUCED.put("Delta_a_e | TX-II (fR_21 = 0.0067, fR_21 fR_31 fixed)", 4.32e-13);
        // sec. V, below eq. (11): "(g-2)_e, which is found to be Delta a_e = 7.7e-14"; "same values ... as in TX-II".
        REPRODUCED.put("Delta_a_e | TX-II'", 7.7e-14);
        REPRODUCED.put("Delta_a_mu | TX-II' (= TX-II)", 24.2e-10);
        // sec. V, eqs. (9)-(10): a_e^comb = 0.00115965218045(9), Delta a_e^comb = (2.8 +- 2.9)e-13.
        REPRODUCED.put("a_e^comb | eqs. (9)-(10)", 0.00115965218045);
        REPRODUCED.put("Delta_a_e^comb | eqs. (9)-(10)", 2.8e-13);
        REPRODUCED.put("sigma(Delta_a_e^comb) | eqs. (9)-(10)", 2.9e-13);

        // Differing rows and the ratio the independent evaluation (reproduction notes) found.
        DIFFERING.put("sin2_theta_13 | TX-I", 0.02295 / 0.0218);               // Table III 0.0218; notes 0.02295
        DIFFERING.put("C9_bsee | TX-I", 0.7227 / -1.39);                       // Table III -1.39; standard R2 matching
        DIFFERING.put("Delta_a_e | TX-I (yR_21 = 0.095)", 2.59e-13 / 2.8e-13); // sec. V: y21 = 0.095 -> eq. (10) 2.8e-13
        DIFFERING.put("Dm2_21 | TX-II", 9.39e-5 / 7.39e-5);                    // Table III 7.39; notes 9.39 (fine tuned)
        DIFFERING.put("C9_bsee | TX-II", 0.2933 / -1.57);                      // Table III -1.57
        DIFFERING.put("C9_bsee TX-II' / TX-II | TX-II' (= TX-II)", 2.103);     // sec. V "same values"; our hand evaluation with V^dagger fR (notes without CKM: 1)
        DIFFERING.put("Dm2_21 | TX-II' (NuFIT 5.1 IO)", 7.273 / 7.42e-5);      // eq. (11) as printed: eV-scale masses
        DIFFERING.put("Dm2_32 (IO: m2^2 - m3^2) | TX-II' (NuFIT 5.1 IO)", 20.59 / 2.490e-3);
        DIFFERING.put("sin2_theta_12 | TX-II' (NuFIT 5.1 IO)", 0.5555 / 0.304); // notes: 0.556
        DIFFERING.put("sin2_theta_23 | TX-II' (NuFIT 5.1 IO)", 0.6424 / 0.570); // notes: 0.642
        DIFFERING.put("sin2_theta_13 | TX-II' (NuFIT 5.1 IO)", 0.9999 / 0.02241); // notes: 0.9999
    }

    @BeforeAll
    static void compute() {
        rows = Reproductions.get("seed001").rows();
    }

    static List<String> reproduced() {
        return List.copyOf(REPRODUCED.keySet());
    }

    static List<String> differing() {
        return List.copyOf(DIFFERING.keySet());
    }

    @ParameterizedTest
    @MethodSource("reproduced")
    void reproducedRowAgreesWithinFivePercent(String key) {
        ReproductionRow r = find(key);
        assertThat(r.paper()).as(key + ": paper value typed twice").isEqualTo(REPRODUCED.get(key));
        assertThat(r.ratio()).as(key).isCloseTo(1.0, within(0.05));
        assertThat(r.status()).isEqualTo(ReproductionRow.AGREES);
        assertThat(r.note()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("differing")
    void differingRowSaysWhyAtTheRatioTheNotesFound(String key) {
        ReproductionRow r = find(key);
        // The notes print 3-4 digits: hold the ratio to 1.5% (C9: our real seeds2021 CKM vs the notes' exact one).
        assertThat(r.ratio()).as(key).isCloseTo(DIFFERING.get(key), within(Math.abs(DIFFERING.get(key)) * 0.015));
        assertThat(r.status()).isEqualTo(ReproductionRow.DIFFERS);
        assertThat(r.note()).isNotBlank();
    }

    @Test
    void everyRowIsClassified() {
        assertThat(rows).hasSize(REPRODUCED.size() + DIFFERING.size());
        assertThat(rows.stream().map(Seed001ReproductionTest::key).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(REPRODUCED.keySet().stream(), DIFFERING.keySet().stream()).toList());
        assertThat(rows).allMatch(r -> r.tolerance() == 0.05 || r.observable().startsWith("ordering"));
    }

    @Test
    void theLiteralFLSignFailsTableIII() {
        // Reproduction notes: with eq. (2)'s sign of fL, TX-I comes out inverted with sin^2 theta13 = 0.91.
        var tx1 = Seed001Reproduction.benchmark("tx1.yaml");
        var literal = new org.lqflav.model.ModelSpec(tx1.origin(), tx1.model(), tx1.parameters(), tx1.masses(),
                tx1.potential(), tx1.couplings(), Map.of("fL_sign", "eq2", "neutrino_normalisation", "m0I0"));
        Predictions p = Lqflav.predict(literal);
        assertThat(p.get("Dm2_31")).isNegative();
        double s13 = Math.sin(Math.toRadians(p.get("theta_13")));
        assertThat(s13 * s13).isCloseTo(0.91, within(0.01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tx1.yaml", "tx2.yaml", "tx2prime.yaml"})
    void bundledBenchmarksAreByteIdenticalToTheExamples(String file) throws IOException {
        byte[] example = Files.readAllBytes(Path.of("..", "examples", "seed001", file));
        try (InputStream in = Seed001Reproduction.class.getResourceAsStream("/org/lqflav/reproduce/seed001/" + file)) {
            assertThat(in).as(file).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(example);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tx1.yaml", "tx2.yaml", "tx2prime.yaml"})
    void examplesRunAsShipped(String file) {
        Predictions p = Lqflav.predict(ModelFile.read(Path.of("..", "examples", "seed001", file)));
        assertThat(p.model()).isEqualTo("S1R2xi");
        assertThat(p.parameters()).isEqualTo("seeds2021");
        assertThat(p.values()).containsKeys("Dm2_21", "Delta_a_e", "Delta_a_mu", "C9_bsee", "Rtaul(B->Dlnu)",
                "eps_NSI_tautau", "bound(tau->egamma,R2)");
        assertThat(p.values().values()).allMatch(Double::isFinite);
    }

    private static String key(ReproductionRow r) {
        return r.observable() + " | " + r.benchmark();
    }

    private static ReproductionRow find(String key) {
        return rows.stream().filter(r -> key(r).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key));
    }
}
