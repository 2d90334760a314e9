package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code predict --data}: shape of the output (the numbers are tested in lqflav-core). */
class PredictDataTest {
    private static final String MODEL = "../examples/seed000/bm1.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tableGetsMeasurementAndPullColumnsAndASummaryLine() {
        Cli.Result r = Cli.run("predict", MODEL, "--data", "seeds2021");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines().get(0)).contains("data: seeds2021");
        assertThat(r.outLines().get(1)).matches("observable +value +unit +measurement +pull +description");
        assertThat(r.out()).contains("< 4.400e-08 (90% CL)").contains("rho -0.380 with Rtaul(B->D*lnu)");
        assertThat(r.outLines()).anyMatch(l -> l.matches(
                "chi2 = \\S+, chi2_SM = \\S+, Delta chi2 = -\\S+ \\(40 measurements\\)"));
        // entries with a caveat are marked and the caveat printed
        assertThat(r.out()).contains("(!)").contains("caveat (!) BR(Bc->taunu)");
    }

    @Test
    void onlyShowsTheAskedRowsButChi2UsesAllData() {
        Cli.Result r = Cli.run("predict", MODEL, "--data", "current", "--only", "Rtaul(B->Dlnu)");
        assertThat(r.code()).isZero();
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("Rtaul(") || l.startsWith("N_nu")).hasSize(1);
        assertThat(r.out()).contains("chi2 also includes (not shown): Delta_a_mu, Rtaul(B->D*lnu)");
        assertThat(r.out()).contains("caveat (!) BR(tau->phimu)");
    }

    @Test
    void jsonKeepsPredictionsAsIsAndAddsALikelihoodObject() throws Exception {
        JsonNode plain = JSON.readTree(Cli.run("predict", MODEL, "--format", "json").out());
        Cli.Result r = Cli.run("predict", MODEL, "--format", "json", "--data", "current");
        assertThat(r.code()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("predictions")).isEqualTo(plain.get("predictions"));
        JsonNode lk = root.get("likelihood");
        assertThat(lk.get("data").asText()).isEqualTo("current");
        assertThat(lk.get("delta_chi2").asDouble())
                .isEqualTo(lk.get("chi2").asDouble() - lk.get("chi2_sm").asDouble());
        JsonNode rd = lk.get("observables").get("Rtaul(B->Dlnu)");
        assertThat(rd.get("measurement").get("kind").asText()).isEqualTo("correlated_gaussian");
        assertThat(rd.get("measurement").get("value").asDouble()).isEqualTo(0.358);
        assertThat(rd.has("pull")).isTrue();
        assertThat(rd.has("pull_sm")).isTrue();
        assertThat(lk.get("observables").get("BR(tau->phimu)").get("measurement").get("caveat").asText())
                .contains("memory");
    }

    @Test
    void csvGetsMeasurementPullAndChi2Columns() {
        Cli.Result r = Cli.run("predict", MODEL, "--format", "csv", "--data", "seeds2021");
        assertThat(r.code()).isZero();
        assertThat(r.outLines().get(0)).isEqualTo("observable,value,unit,measurement,pull,chi2");
    }

    @Test
    void unknownDataSetIsOneLine() {
        Cli.Result r = Cli.run("predict", MODEL, "--data", "today");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("lqflav: data: expected one of [seeds2021, current] or a .yaml file, got \"today\"");
    }
}
