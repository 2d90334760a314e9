package org.lqflav.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lqflav.InputException;

class ComplexNumbersTest {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final String WHERE = "m.yaml: couplings.yL[2][3]";

    // Expected values are the literals themselves: parsing must be exact (Double.parseDouble of each part).
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0.3-0.9i;        0.3;     -0.9",
        "-0.9i;           0;       -0.9",
        "i;               0;        1",
        "-i;              0;       -1",
        "+i;              0;        1",
        "2.5;             2.5;      0",
        "-0.09485;       -0.09485;  0",
        "1e-3+2e-4i;      1e-3;     2e-4",
        "1E-3-2E+4i;      1e-3;    -2e4",
        "'0.3 - 0.9i';    0.3;     -0.9",
        "'  -0.9 i ';     0;       -0.9",
        "0.3-0.9j;        0.3;     -0.9",
        "2J;              0;        2",
        "2-i;             2;       -1",
        "0.5*i;           0;        0.5",
        "1+0.5*j;         1;        0.5",
        ".5;              0.5;      0",
        "5.;              5;        0",
        "+7;              7;        0",
        "1e5i;            0;        1e5",
        "0;               0;        0",
    })
    void parsesAcceptedSpellings(String text, double re, double im) {
        Complex z = ComplexNumbers.parse(text, WHERE);
        assertThat(z.getReal()).isEqualTo(re);
        assertThat(z.getImaginary()).isEqualTo(im);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "NaN", "nan", "Infinity", "-Infinity", "inf", ".nan", ".inf",
        "1e999", "1e999i", "0.3+-0.9i", "1+2", "i0.3", "ii", "1.2.3", "0x10", "--1", "1,5", "3+4i+1", ".i", "e5",
        "(0.3-0.9i)", "0.3-0.9k", "1_000"})
    void rejectsEverythingElseInOneLineNamingTheField(String text) {
        assertThatThrownBy(() -> ComplexNumbers.parse(text, WHERE))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(WHERE + ": expected a complex number like 0.3-0.9i")
                .hasMessageNotContaining("\n");
    }

    @Test
    void rejectionQuotesWhatTheUserWrote() {
        assertThatThrownBy(() -> ComplexNumbers.parse("0.3+-0.9i", WHERE))
                .hasMessage(WHERE + ": expected a complex number like 0.3-0.9i, got \"0.3+-0.9i\"");
    }

    @Test
    void nullTextIsRejected() {
        assertThatThrownBy(() -> ComplexNumbers.parse(null, WHERE))
                .isInstanceOf(InputException.class).hasMessageContaining("got nothing");
    }

    @Test
    void yamlNumbersAndStrings() {
        assertThat(ComplexNumbers.fromYaml(N.numberNode(-0.09485), WHERE)).isEqualTo(new Complex(-0.09485, 0));
        assertThat(ComplexNumbers.fromYaml(N.numberNode(3), WHERE)).isEqualTo(new Complex(3, 0));
        assertThat(ComplexNumbers.fromYaml(N.numberNode(1e-3), WHERE)).isEqualTo(new Complex(1e-3, 0));
        assertThat(ComplexNumbers.fromYaml(N.textNode("0.3-0.9i"), WHERE)).isEqualTo(new Complex(0.3, -0.9));
    }

    @Test
    void yamlNonFiniteNumbersAreRejected() {
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> ComplexNumbers.fromYaml(N.numberNode(v), WHERE))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith(WHERE + ": expected a complex number like 0.3-0.9i, got ")
                    .hasMessageNotContaining("\n");
        }
        // an integer too large for a double
        JsonNode huge = N.numberNode(BigInteger.TEN.pow(400));
        assertThatThrownBy(() -> ComplexNumbers.fromYaml(huge, WHERE)).isInstanceOf(InputException.class);
    }

    @Test
    void yamlNonScalarsAreRejected() {
        JsonNode[] bad = {null, N.nullNode(), N.missingNode(), N.booleanNode(true), N.arrayNode().add(1),
            N.objectNode().put("re", 1)};
        for (JsonNode node : bad) {
            assertThatThrownBy(() -> ComplexNumbers.fromYaml(node, WHERE))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith(WHERE + ": expected a complex number like 0.3-0.9i, got ")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void formatIsReadBackExactly() {
        Complex[] zs = {new Complex(0.3, -0.9), new Complex(0, -0.9), new Complex(0, 1), new Complex(-0.09485, 0),
            new Complex(1e-3, 2e-4), new Complex(1200, 0), new Complex(0.1 + 0.2, 1.0 / 3.0), new Complex(0, 0)};
        for (Complex z : zs) {
            assertThat(ComplexNumbers.parse(ComplexNumbers.format(z), WHERE)).isEqualTo(z);
        }
        assertThat(ComplexNumbers.format(new Complex(0.3, -0.9))).isEqualTo("0.3-0.9i");
        assertThat(ComplexNumbers.format(new Complex(1200, 0))).isEqualTo("1200");
        assertThat(ComplexNumbers.format(new Complex(0, 2))).isEqualTo("2i");
    }
}
