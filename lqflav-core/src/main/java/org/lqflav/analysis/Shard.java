package org.lqflav.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lqflav.InputException;

/**
 * Part {@code index} (1-based) of {@code count} of a scan: the contiguous block of point indices
 * [floor((index-1) P / count), floor(index P / count)) of the P points, so shards 1..count in order are the whole
 * scan, point for point.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count);
        }
    }

    /** {@code I/N} with 1 &lt;= I &lt;= N. */
    public static Shard parse(String text, String where) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw InputException.field(where, "I/N with 1 <= I <= N, e.g. 2/8", text);
        }
        try {
            int i = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (n < 1 || i < 1 || i > n) {
                throw InputException.field(where, "I/N with 1 <= I <= N, e.g. 2/8", text);
            }
            return new Shard(i, n);
        } catch (NumberFormatException e) {
            throw InputException.field(where, "I/N with 1 <= I <= N, e.g. 2/8", text);
        }
    }

    public long first(long points) {
        return split(points, index - 1);
    }

    public long end(long points) {
        return split(points, index);
    }

    private long split(long points, int k) {
        // floor(k * points / count) without overflow for any realistic point count
        return java.math.BigInteger.valueOf(points).multiply(java.math.BigInteger.valueOf(k))
                .divide(java.math.BigInteger.valueOf(count)).longValueExact();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
