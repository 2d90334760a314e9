package org.lqflav.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Formatting shared by the commands: numbers for people, CSV fields, JSON. The one place that decides how a
 * number looks on screen.
 */
final class Output {
    /** Significant digits shown in tables. */
    static final int DIGITS = 4;

    private static final MathContext ROUND = new MathContext(DIGITS, RoundingMode.HALF_UP);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    /**
     * A value for people: 4 significant digits, scientific notation ({@code 1.234e-05}) when the rounded
     * magnitude is below 1e-3 or at least 1e5, plain ({@code 0.01234}, {@code 12.35}, {@code 12350}) otherwise.
     * Zero is {@code 0}; non-finite values are {@code nan}, {@code inf}, {@code -inf}.
     */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        if (x == 0.0) {
            return "0";
        }
        BigDecimal r = BigDecimal.valueOf(x).round(ROUND);
        int exponent = r.precision() - r.scale() - 1; // r = m * 10^exponent with 1 <= |m| < 10
        if (exponent < -3 || exponent >= 5) {
            BigDecimal mantissa = r.movePointLeft(exponent).setScale(DIGITS - 1, RoundingMode.UNNECESSARY);
            return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+")
                    + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        return r.setScale(Math.max(0, DIGITS - 1 - exponent), RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A ratio for people: 4 decimals ({@code 1.0023}); non-finite as in {@link #number(double)}. */
    static String ratio(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.4f", x) : nonFinite(x);
    }

    private static String nonFinite(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        return x > 0 ? "inf" : "-inf";
    }

    /** A number for machines (CSV): full precision, round-trips; empty for NaN or infinite (as JSON null). */
    static String exact(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "";
    }

    /** One CSV field, quoted per RFC 4180 when it holds a comma, a double quote or a line break. */
    static String csvField(String s) {
        String v = s == null ? "" : s;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** One CSV record (without the line end). */
    static String csvRow(String... fields) {
        return List.of(fields).stream().map(Output::csvField).collect(Collectors.joining(","));
    }

    /** A fresh JSON object; keys keep insertion order. */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Puts a number, or null when it is NaN or infinite (JSON has no such numbers). */
    static void putNumber(ObjectNode node, String key, double x) {
        if (Double.isFinite(x)) {
            node.put(key, x);
        } else {
            node.putNull(key);
        }
    }

    /** Writes one JSON document, indented, followed by a line end. */
    static void writeJson(PrintWriter out, ObjectNode node) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
