package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.lqflav.Predictions;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.reproduce.ReproductionRow;

/** Output shapes, on hand-made data (no physics). */
class FormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String capture(Consumer<PrintWriter> write) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        write.accept(w);
        w.flush();
        return s.toString();
    }

    private static Predictions predictions() {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("BR(Bs->mutau,taumu)", 1.5e-9);
        v.put("a_mu", 2.51e-9);
        v.put("R_K", 0.85);
        v.put("broken", Double.NaN);
        v.put("huge", Double.POSITIVE_INFINITY);
        return new Predictions("S1S3omega", "seeds2021", v);
    }

    @Test
    void predictJsonHasExactlyThreeKeysAndNullForNonFinite() throws Exception {
        String text = capture(w -> PredictCommand.write(w, predictions(), Format.JSON, "bm1.yaml"));
        JsonNode root = JSON.readTree(text);
        assertThat(root.isObject()).isTrue();
        assertThat(root.fieldNames()).toIterable().containsExactly("model", "parameters", "predictions");
        assertThat(root.get("model").asText()).isEqualTo("S1S3omega");
        assertThat(root.get("parameters").asText()).isEqualTo("seeds2021");
        JsonNode p = root.get("predictions");
        assertThat(p.fieldNames()).toIterable()
                .containsExactly("BR(Bs->mutau,taumu)", "a_mu", "R_K", "broken", "huge");
        assertThat(p.get("BR(Bs->mutau,taumu)").asDouble()).isEqualTo(1.5e-9);
        assertThat(p.get("R_K").isNumber()).isTrue();
        assertThat(p.get("broken").isNull()).isTrue();
        assertThat(p.get("huge").isNull()).isTrue();
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void predictCsvHasHeaderAndQuotedNames() {
        List<String> lines = capture(w -> PredictCommand.write(w, predictions(), Format.CSV, null)).lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("observable,value,unit");
        assertThat(lines.get(1)).isEqualTo("\"BR(Bs->mutau,taumu)\",1.5E-9,");
        assertThat(lines.get(3)).startsWith("R_K,0.85,");
        assertThat(lines.get(4)).isEqualTo("broken,,");
    }

    @Test
    void predictTableHasHeaderLineAndColumns() {
        List<String> lines = capture(w -> PredictCommand.write(w, predictions(), Format.TABLE, "bm1.yaml"))
                .lines().toList();
        assertThat(lines.get(0)).contains("S1S3omega").contains("seeds2021").contains("bm1.yaml");
        assertThat(lines.get(1)).startsWith("observable").contains("value").contains("unit")
                .contains("description");
        assertThat(lines).hasSize(7);
        assertThat(lines.get(2)).startsWith("BR(Bs->mutau,taumu)").contains("1.500e-09");
        assertThat(lines.get(4)).contains("0.8500");
        assertThat(lines.get(5)).contains("nan");
    }

    @Test
    void observablesFormats() throws Exception {
        List<ObservableSpec> specs = List.of(
                new ObservableSpec("BR(Bs->mutau,taumu)", "", "Bs to mu tau, both charges", "eq. (4.2)", java.util.Set.of(), in -> 0),
                new ObservableSpec("m_nu1", "eV", "lightest neutrino mass", "m = ...", java.util.Set.of(), in -> 0));
        JsonNode root = JSON.readTree(capture(w -> ObservablesCommand.write(w, specs, Format.JSON)));
        assertThat(root.fieldNames()).toIterable().containsExactly("observables");
        assertThat(root.get("observables")).hasSize(2);
        assertThat(root.get("observables").get(0).fieldNames()).toIterable()
                .containsExactly("name", "unit", "description", "equation", "models");
        assertThat(root.get("observables").get(1).get("unit").asText()).isEqualTo("eV");

        List<String> csv = capture(w -> ObservablesCommand.write(w, specs, Format.CSV)).lines().toList();
        assertThat(csv).containsExactly("name,unit,description,equation,models",
                "\"BR(Bs->mutau,taumu)\",,\"Bs to mu tau, both charges\",eq. (4.2),",
                "m_nu1,eV,lightest neutrino mass,m = ...,");

        String table = capture(w -> ObservablesCommand.write(w, specs, Format.TABLE));
        assertThat(table).contains("m_nu1").contains("lightest neutrino mass").doesNotContain("m = ...");
    }

    private static List<ReproductionRow> rows() {
        return List.of(
                new ReproductionRow("BR(tau->mugamma)", "BM-I", 4.0e-9, 4.02e-9, ReproductionRow.AGREES, 0.05, ""),
                new ReproductionRow("R_D", "BM-II", 0.3, 0.25, ReproductionRow.DIFFERS, 0.05, "paper uses old FF"),
                new ReproductionRow("dC9", "BM-II", 0.0, 0.0, ReproductionRow.AGREES, 0.05, "both zero"));
    }

    @Test
    void reproduceTableEndsWithSummary() {
        List<String> lines = capture(w -> ReproduceCommand.write(w, "seed000", "Seed 000, Table I", rows(),
                Format.TABLE)).lines().toList();
        assertThat(lines.get(0)).contains("seed000").contains("Seed 000, Table I");
        assertThat(lines.get(1)).startsWith("observable").contains("benchmark").contains("paper")
                .contains("computed").contains("ratio").contains("status").contains("note");
        assertThat(lines.get(2)).contains("BM-I").contains("4.000e-09").contains("4.020e-09").contains("1.0050")
                .contains("agrees");
        assertThat(lines.get(3)).contains("0.8333").contains("differs").endsWith("paper uses old FF");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("3 rows: 2 agree, 1 differ");
    }

    @Test
    void reproduceJsonShape() throws Exception {
        JsonNode root = JSON.readTree(capture(w -> ReproduceCommand.write(w, "seed000", "Seed 000, Table I",
                rows(), Format.JSON)));
        assertThat(root.fieldNames()).toIterable().containsExactly("reproduction", "title", "rows");
        assertThat(root.get("reproduction").asText()).isEqualTo("seed000");
        JsonNode first = root.get("rows").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("observable", "benchmark", "paper",
                "computed", "ratio", "status", "tolerance", "note");
        assertThat(first.get("ratio").asDouble()).isCloseTo(1.005, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(root.get("rows").get(2).get("ratio").isNull()).isTrue(); // 0/0
    }

    @Test
    void summaryCountsOtherStatuses() {
        List<ReproductionRow> r = List.of(
                new ReproductionRow("x", "BM-I", 1, 1, "skipped", 0.05, ""));
        assertThat(ReproduceCommand.summary(r)).isEqualTo("1 rows: 0 agree, 0 differ, 1 other");
        assertThat(ReproduceCommand.summary(List.of())).isEqualTo("0 rows: 0 agree, 0 differ");
    }
}
