package org.lqflav.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lqflav.InputException;
import org.lqflav.data.CorrelatedGaussian;
import org.lqflav.data.GaussianMeasurement;
import org.lqflav.data.LimitMeasurement;
import org.lqflav.data.Measurement;
import org.lqflav.data.MeasurementSet;

/**
 * A condition on one column of a scan (an observable or a parameter), written as text:
 * <ul>
 *   <li>{@code BR(tau->mugamma) < 4.4e-8} (also {@code <=}, {@code >}, {@code >=}, and the number first:
 *       {@code 0.3 < Rtaul(B->Dlnu)});</li>
 *   <li>{@code 1 <= DeltaM_s/DeltaM_s_SM < 1.5} (a range);</li>
 *   <li>{@code Rtaul(B->Dlnu) within 1 sigma}: |pull| &lt;= 1 against the scan's data set, i.e. the interval
 *       value - sigma_minus .. value + sigma_plus (theory included; for a correlated measurement the marginal
 *       sigma; for a limit |x| &lt;= sigma of its half-normal);</li>
 *   <li>{@code BR(tau->mugamma) < limit} (the data set's limit for it).</li>
 * </ul>
 * Operators count only outside parentheses and brackets, so names such as {@code BR(tau->mugamma)} are safe.
 * A NaN value fails every cut.
 */
public final class Cut {
    private static final Pattern WITHIN = Pattern.compile("(?i)(.+?)\\s+within\\s+(\\S+)\\s*(sigma|σ)?(\\s+of\\s+data)?");
    /** What a cut looks like, for messages. */
    public static final String EXPECTED = "a cut like 'NAME < 4.4e-8', 'NAME >= 0.3', '0.1 < NAME < 0.5', "
            + "'NAME within 1 sigma' or 'NAME < limit'";

    private final String text;
    private final String column;
    private final double low;
    private final boolean lowStrict;
    private final double high;
    private final boolean highStrict;
    private int index = -1;

    private Cut(String text, String column, double low, boolean lowStrict, double high, boolean highStrict) {
        this.text = text;
        this.column = column;
        this.low = low;
        this.lowStrict = lowStrict;
        this.high = high;
        this.highStrict = highStrict;
    }

    /**
     * Parses a cut.
     *
     * @param resolve checks a column name and returns its canonical form (throws the user's error if unknown)
     * @param data    the data set for 'within' and 'limit' (may be null: then those forms are errors)
     * @param where   file and field, e.g. {@code scan.yaml: cuts[2]}
     */
    public static Cut parse(String text, Function<String, String> resolve, MeasurementSet data, String where) {
        if (text == null || text.isBlank()) {
            throw InputException.field(where, EXPECTED, text);
        }
        String t = text.trim();
        Matcher w = WITHIN.matcher(t);
        if (w.matches() && depthZero(t, w.start(2))) {
            String name = resolve.apply(w.group(1).trim());
            double n = number(w.group(2), where, t);
            if (!(n > 0)) {
                throw InputException.field(where, "a positive number of sigmas in '" + t + "'", w.group(2));
            }
            if (data == null) {
                throw InputException.field(where, "a data set for 'within' cuts (add data: seeds2021|current|FILE)",
                        t);
            }
            Measurement m = data.find(name).orElseThrow(() -> InputException.field(where,
                    "an observable measured in data set " + data.name() + " for 'within'", name));
            double[] range = sigmaRange(m, name, n);
            return new Cut(t, name, range[0], false, range[1], false);
        }
        List<int[]> ops = operators(t);
        if (ops.isEmpty() || ops.size() > 2) {
            throw InputException.field(where, EXPECTED, t);
        }
        if (ops.size() == 1) {
            int[] op = ops.get(0);
            String left = t.substring(0, op[0]).trim();
            String right = t.substring(op[0] + op[1]).trim();
            boolean less = t.charAt(op[0]) == '<';
            boolean strict = op[1] == 1;
            if (left.isEmpty() || right.isEmpty()) {
                throw InputException.field(where, EXPECTED, t);
            }
            if (isNumber(left)) {
                // number OP name: flip
                String name = resolve.apply(right);
                double v = Double.parseDouble(left);
                return less ? new Cut(t, name, v, strict, Double.NaN, false)
                        : new Cut(t, name, Double.NaN, false, v, strict);
            }
            String name = resolve.apply(left);
            double v;
            if (right.equalsIgnoreCase("limit")) {
                if (!less) {
                    throw InputException.field(where, "'NAME < limit' (a limit is an upper bound)", t);
                }
                v = limitOf(name, data, where);
            } else {
                v = number(right, where, t);
            }
            return less ? new Cut(t, name, Double.NaN, false, v, strict)
                    : new Cut(t, name, v, strict, Double.NaN, false);
        }
        int[] a = ops.get(0);
        int[] b = ops.get(1);
        char ca = t.charAt(a[0]);
        char cb = t.charAt(b[0]);
        if (ca != cb) {
            throw InputException.field(where, "a range 'a < NAME < b' (both operators the same way)", t);
        }
        String first = t.substring(0, a[0]).trim();
        String middle = t.substring(a[0] + a[1], b[0]).trim();
        String last = t.substring(b[0] + b[1]).trim();
        if (first.isEmpty() || middle.isEmpty() || last.isEmpty()) {
            throw InputException.field(where, EXPECTED, t);
        }
        double x = number(first, where, t);
        double y = number(last, where, t);
        String name = resolve.apply(middle);
        if (ca == '<') {
            if (!(x < y)) {
                throw InputException.field(where, "a non-empty range (low < high)", t);
            }
            return new Cut(t, name, x, a[1] == 1, y, b[1] == 1);
        }
        if (!(y < x)) {
            throw InputException.field(where, "a non-empty range (low < high)", t);
        }
        return new Cut(t, name, y, b[1] == 1, x, a[1] == 1);
    }

    /**
     * The interval of values whose pull is at most n in magnitude: value -+ n sigma on each side (asymmetric errors
     * and theory included; the marginal sigma of a correlated measurement), or [-n sigma, n sigma] for a limit.
     */
    static double[] sigmaRange(Measurement m, String observable, double n) {
        if (m instanceof GaussianMeasurement g) {
            return new double[] {g.value() - n * g.sigmaAt(Double.NEGATIVE_INFINITY),
                    g.value() + n * g.sigmaAt(Double.POSITIVE_INFINITY)};
        }
        if (m instanceof CorrelatedGaussian c) {
            int i = c.observables().indexOf(observable);
            int[] idx = new int[c.observables().size()];
            double s = c.sigma(new double[idx.length], idx, i);
            return new double[] {c.value(i) - n * s, c.value(i) + n * s};
        }
        LimitMeasurement l = (LimitMeasurement) m;
        return new double[] {-n * l.sigma(), n * l.sigma()};
    }

    private static double limitOf(String name, MeasurementSet data, String where) {
        if (data == null) {
            throw InputException.field(where, "a data set for 'limit' cuts (add data: seeds2021|current|FILE)", name);
        }
        Measurement m = data.find(name).orElse(null);
        if (!(m instanceof LimitMeasurement l)) {
            throw InputException.field(where, "an observable with an upper limit in data set " + data.name(), name);
        }
        return l.limit();
    }

    /** Positions and lengths (1 or 2) of comparison operators outside (), [] and {}. */
    private static List<int[]> operators(String t) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '<' || c == '>')) {
                boolean eq = i + 1 < t.length() && t.charAt(i + 1) == '=';
                out.add(new int[] {i, eq ? 2 : 1});
                if (eq) {
                    i++;
                }
            }
        }
        return out;
    }

    private static boolean depthZero(String t, int pos) {
        int depth = 0;
        for (int i = 0; i < pos; i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return depth == 0;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return !s.trim().toLowerCase(Locale.ROOT).matches(".*(nan|infinity).*");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(String s, String where, String cut) {
        if (!isNumber(s)) {
            throw InputException.field(where, "a number in '" + cut + "' (" + EXPECTED + ")", s);
        }
        double v = Double.parseDouble(s.trim());
        if (!Double.isFinite(v)) {
            throw InputException.field(where, "a finite number in '" + cut + "'", s);
        }
        return v;
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The column (canonical name) the cut reads. */
    public String column() {
        return column;
    }

    /** Binds the cut to a column of the row vector; returns this. */
    Cut bind(int column) {
        this.index = column;
        return this;
    }

    /** A copy bound to a column (cuts are otherwise immutable). */
    public Cut boundTo(int column) {
        return new Cut(text, this.column, low, lowStrict, high, highStrict).bind(column);
    }

    /** Whether a value passes. */
    public boolean test(double x) {
        if (Double.isNaN(x)) {
            return false;
        }
        if (!Double.isNaN(low) && (lowStrict ? !(x > low) : !(x >= low))) {
            return false;
        }
        return Double.isNaN(high) || (highStrict ? x < high : x <= high);
    }

    /** Lower end (NaN: none). */
    public double low() {
        return low;
    }

    /** Upper end (NaN: none). */
    public double high() {
        return high;
    }

    /** Whether the row passes (after {@link #boundTo}). */
    public boolean test(double[] row) {
        return test(row[index]);
    }

    @Override
    public String toString() {
        return text;
    }
}
