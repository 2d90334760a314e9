package org.lqflav.analysis;

/**
 * A keyed pseudo-random permutation of {0, ..., n-1} evaluated one element at a time, without storing it:
 * a 4-round balanced Feistel network on the smallest even number of bits covering n, with cycle walking
 * (values &gt;= n are permuted again until they fall below n; fewer than 4 steps on average). Used for the Latin
 * hypercube, whose strata must be a permutation per dimension yet computable from the point index alone.
 */
public final class Permutation {
    private final long n;
    private final long key;
    private final int half;
    private final long mask;

    public Permutation(long n, long key) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive");
        }
        this.n = n;
        this.key = key;
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        bits = Math.max(2, bits + (bits & 1));
        this.half = bits / 2;
        this.mask = (1L << half) - 1;
    }

    /** The image of i (0 &lt;= i &lt; n). */
    public long apply(long i) {
        long x = i;
        do {
            x = feistel(x);
        } while (x >= n);
        return x;
    }

    private long feistel(long x) {
        long left = x >>> half;
        long right = x & mask;
        for (int round = 0; round < 4; round++) {
            long f = PointRandom.mix(key ^ (right * 0x9E3779B97F4A7C15L) ^ round) & mask;
            long t = right;
            right = left ^ f;
            left = t;
        }
        return (left << half) | right;
    }
}
