package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0          | 0",
            "-0.0       | 0",
            "1          | 1.000",
            "-1         | -1.000",
            "123.456    | 123.5",
            "12.345     | 12.35",
            "0.5        | 0.5000",
            "0.001      | 0.001000",
            "0.0012345  | 0.001235",
            "0.000999   | 9.990e-04",
            "0.00099996 | 0.001000",
            "12345      | 12350",
            "99994      | 99990",
            "99999      | 1.000e+05",
            "100000     | 1.000e+05",
            "-2.5e-7    | -2.500e-07",
            "6.02214e23 | 6.022e+23",
            "1e-300     | 1.000e-300",
            "1.7e308    | 1.700e+308",
            "4.9e-324   | 4.900e-324",
    })
    void numbersHaveFourSignificantDigits(double x, String shown) {
        assertThat(Output.number(x)).isEqualTo(shown);
    }

    @Test
    void nonFiniteNumbers() {
        assertThat(Output.number(Double.NaN)).isEqualTo("nan");
        assertThat(Output.number(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Output.number(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Output.ratio(Double.NaN)).isEqualTo("nan");
        assertThat(Output.exact(Double.NaN)).isEmpty();
        assertThat(Output.exact(Double.NEGATIVE_INFINITY)).isEmpty();
    }

    @Test
    void ratiosHaveFourDecimals() {
        assertThat(Output.ratio(1.0)).isEqualTo("1.0000");
        assertThat(Output.ratio(1.00234)).isEqualTo("1.0023");
        assertThat(Output.ratio(0.99996)).isEqualTo("1.0000");
        assertThat(Output.ratio(-12.5)).isEqualTo("-12.5000");
    }

    @Test
    void exactNumbersRoundTrip() {
        double x = 1.2345678901234e-7;
        assertThat(Double.parseDouble(Output.exact(x))).isEqualTo(x);
    }

    @Test
    void csvQuotingFollowsRfc4180() {
        assertThat(Output.csvField("BR(B->Kmumu)")).isEqualTo("BR(B->Kmumu)");
        assertThat(Output.csvField("BR(Bs->mutau,taumu)")).isEqualTo("\"BR(Bs->mutau,taumu)\"");
        assertThat(Output.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Output.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Output.csvField("")).isEmpty();
        assertThat(Output.csvField(null)).isEmpty();
        assertThat(Output.csvRow("a,b", "c", "")).isEqualTo("\"a,b\",c,");
    }

    @Test
    void tableAlignsColumnsWithoutTrailingBlanks() {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        new Table("name", "value", "unit").alignRight(1)
                .add("a", "1.000", "GeV")
                .add("longer name", "12350", "")
                .write(w);
        w.flush();
        assertThat(s.toString().lines().toList()).containsExactly(
                "name         value  unit",
                "a            1.000  GeV",
                "longer name  12350");
    }
}
