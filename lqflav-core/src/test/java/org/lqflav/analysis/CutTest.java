package org.lqflav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lqflav.InputException;
import org.lqflav.data.MeasurementSet;

class CutTest {
    private static final List<String> KNOWN = List.of("BR(tau->mugamma)", "Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)",
            "DeltaM_s/DeltaM_s_SM", "CR(mu->e, Au)", "yL[2,3]");
    private static final Function<String, String> RESOLVE = n -> {
        if (!KNOWN.contains(n)) {
            throw InputException.field("scan.yaml: cuts[1]", "a known column", n);
        }
        return n;
    };
    private static final MeasurementSet SEEDS = MeasurementSet.builtIn("seeds2021");

    private static Cut cut(String text) {
        return Cut.parse(text, RESOLVE, SEEDS, "scan.yaml: cuts[1]");
    }

    @Test
    void comparisons() {
        Cut c = cut("BR(tau->mugamma) < 4.4e-8");
        assertThat(c.column()).isEqualTo("BR(tau->mugamma)");
        assertThat(c.test(4.3e-8)).isTrue();
        assertThat(c.test(4.4e-8)).isFalse();
        assertThat(cut("BR(tau->mugamma) <= 4.4e-8").test(4.4e-8)).isTrue();
        assertThat(cut("Rtaul(B->Dlnu) > 0.3").test(0.31)).isTrue();
        assertThat(cut("Rtaul(B->Dlnu) >= 0.3").test(0.3)).isTrue();
        assertThat(cut("Rtaul(B->Dlnu)>0.3").test(0.29)).isFalse();
        // number first, names with spaces, commas and brackets
        assertThat(cut("0.3 < Rtaul(B->Dlnu)").test(0.31)).isTrue();
        assertThat(cut("CR(mu->e, Au) < 7e-13").test(1e-13)).isTrue();
        assertThat(cut("yL[2,3] > -1").test(0)).isTrue();
        assertThat(cut("BR(tau->mugamma) < 1e-8").test(Double.NaN)).isFalse();
    }

    @Test
    void ranges() {
        Cut c = cut("1 <= DeltaM_s/DeltaM_s_SM < 1.5");
        assertThat(c.test(1.0)).isTrue();
        assertThat(c.test(1.5)).isFalse();
        assertThat(c.test(0.99)).isFalse();
        Cut down = cut("0.5 > Rtaul(B->Dlnu) > 0.3");
        assertThat(down.test(0.4)).isTrue();
        assertThat(down.test(0.3)).isFalse();
    }

    @Test
    void withinSigmaOfTheDataSet() {
        // seeds2021 R_D = 0.340 +- 0.030 (exp) with theory 0.003: marginal sigma sqrt(0.03^2 + 0.003^2) = 0.030150
        Cut c = cut("Rtaul(B->Dlnu) within 1 sigma");
        double s = Math.sqrt(0.03 * 0.03 + 0.003 * 0.003);
        assertThat(c.low()).isCloseTo(0.340 - s, within(1e-12));
        assertThat(c.high()).isCloseTo(0.340 + s, within(1e-12));
        assertThat(c.test(0.36)).isTrue();
        assertThat(c.test(0.375)).isFalse();
        assertThat(cut("Rtaul(B->Dlnu) within 2 sigma").test(0.375)).isTrue();
        // a limit: |x| <= sigma = limit / z(90%)
        assertThat(cut("BR(tau->mugamma) within 1 sigma").high()).isCloseTo(4.4e-8 / 1.6448536269514722,
                within(1e-18));
        // 'limit' is the data set's number
        assertThat(cut("BR(tau->mugamma) < limit").high()).isEqualTo(4.4e-8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BR(tau->mugamma) << 4.4e-8", "BR(tau->mugamma)", "BR(tau->mugamma) < abc", "< 4.4e-8",
        "BR(tau->mugamma) < 1 < 2 < 3", "0.5 < Rtaul(B->Dlnu) > 0.1", "0.5 < Rtaul(B->Dlnu) < 0.1",
        "Rtaul(B->Dlnu) within -1 sigma", "BR(tau->mugamma) < nan", "Rtaul(B->Dlnu) > limit", ""})
    void unparsableCutsAreOneLineErrors(String text) {
        assertThatThrownBy(() -> cut(text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("scan.yaml: cuts[1]").hasMessageNotContaining("\n");
    }

    @Test
    void unknownColumnAndMissingDataAreErrors() {
        assertThatThrownBy(() -> cut("BR(tau->mugama) < 1e-8")).isInstanceOf(InputException.class)
                .hasMessageContaining("\"BR(tau->mugama)\"");
        assertThatThrownBy(() -> Cut.parse("Rtaul(B->Dlnu) within 1 sigma", RESOLVE, null, "scan.yaml: cuts[2]"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("scan.yaml: cuts[2]: expected a data set");
        assertThatThrownBy(() -> cut("DeltaM_s/DeltaM_s_SM < limit")).isInstanceOf(InputException.class)
                .hasMessageContaining("an observable with an upper limit");
    }
}
