package org.lqflav.math;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipparchus.complex.Complex;
import org.lqflav.InputException;

/**
 * Complex numbers as users write them in model files (docs/model-files.md#complex-numbers): a plain number
 * ({@code -0.09485}, {@code 1e-3}) or a string such as {@code "0.3-0.9i"}, {@code "-0.9i"}, {@code "i"},
 * {@code "1e-3+2e-4i"}, {@code "0.3 - 0.9i"}; {@code j} may replace {@code i}, and {@code *} may stand between
 * the number and the unit ({@code "0.9*i"}). Only finite values are accepted: NaN, infinities and overflowing
 * literals ({@code 1e999}) are rejected, as is anything else, with an {@link InputException} naming the field.
 */
public final class ComplexNumbers {
    /** The WHAT of every rejection message. */
    public static final String EXPECTED = "a complex number like 0.3-0.9i";

    /** An unsigned decimal literal: 12, 1.5, .5, 5., 1e-3, 2.5E+4. */
    private static final String NUM = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
    /** A real part, optionally followed by a signed imaginary part: 2.5, 0.3-0.9i, 1e-3+2e-4i, 2-i. */
    private static final Pattern REAL_THEN_IMAG =
            Pattern.compile("([+-]?" + NUM + ")(?:([+-])(" + NUM + ")?\\*?[ijIJ])?");
    /** A pure imaginary number: -0.9i, i, +2j, 0.5*i. */
    private static final Pattern IMAG_ONLY = Pattern.compile("([+-]?)(" + NUM + ")?\\*?[ijIJ]");

    private ComplexNumbers() {
    }

    /**
     * A complex number from a YAML scalar: a number node or a string in the syntax above.
     *
     * @param where file and field for the message, e.g. {@code bm1.yaml: couplings.yL[2][3]}
     */
    public static Complex fromYaml(JsonNode node, String where) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw InputException.field(where, EXPECTED, null);
        }
        if (node.isNumber()) {
            double v = node.doubleValue();
            if (!Double.isFinite(v)) {
                throw InputException.field(where, EXPECTED, describeNonFinite(v));
            }
            return new Complex(v, 0.0);
        }
        if (node.isTextual()) {
            return parse(node.textValue(), where);
        }
        throw InputException.field(where, EXPECTED, describe(node));
    }

    /**
     * A complex number from text in the syntax above; whitespace anywhere is ignored.
     *
     * @param where file and field for the message, e.g. {@code bm1.yaml: couplings.yL[2][3]}
     */
    public static Complex parse(String text, String where) {
        if (text == null) {
            throw InputException.field(where, EXPECTED, null);
        }
        String s = text.replaceAll("\\s+", "");
        double re;
        double im;
        Matcher m = REAL_THEN_IMAG.matcher(s);
        if (m.matches()) {
            re = Double.parseDouble(m.group(1));
            if (m.group(2) == null) {
                im = 0.0;
            } else {
                im = signed(m.group(2), m.group(3));
            }
        } else {
            m = IMAG_ONLY.matcher(s);
            if (!m.matches()) {
                throw InputException.field(where, EXPECTED, text);
            }
            re = 0.0;
            im = signed(m.group(1), m.group(2));
        }
        if (!Double.isFinite(re) || !Double.isFinite(im)) {
            // only overflowing literals such as 1e999 get here: the grammar has no nan or inf
            throw InputException.field(where, EXPECTED + " (finite)", text);
        }
        return new Complex(re, im);
    }

    /**
     * Text in the syntax above that parses back to exactly {@code z}: {@code 0.3-0.9i}, {@code -0.09485},
     * {@code 2i}; integers without a trailing {@code .0}.
     */
    public static String format(Complex z) {
        double re = z.getReal();
        double im = z.getImaginary();
        if (im == 0.0) {
            return number(re);
        }
        String imag = number(Math.abs(im)) + "i";
        if (re == 0.0) {
            return (im < 0 ? "-" : "") + imag;
        }
        return number(re) + (im < 0 ? "-" : "+") + imag;
    }

    private static double signed(String sign, String magnitude) {
        double v = magnitude == null ? 1.0 : Double.parseDouble(magnitude);
        return "-".equals(sign) ? -v : v;
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static Object describeNonFinite(double v) {
        return new Described(Double.isNaN(v) ? "NaN (.nan)" : v > 0 ? "infinity (.inf)" : "-infinity (-.inf)");
    }

    private static Object describe(JsonNode node) {
        if (node.isArray()) {
            return new Described("a list");
        }
        if (node.isObject()) {
            return new Described("a mapping");
        }
        if (node.isBoolean()) {
            return new Described(node.asText() + " (a boolean)");
        }
        return new Described(node.asText());
    }

    /** Shown without quotes in messages (InputException quotes strings, which here are descriptions). */
    private record Described(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
