package org.lqflav.analysis;

/**
 * Counter-based random numbers: the k-th number of point i depends only on (seed, i, k), so any subset of points
 * (a shard, a thread's chunk) is drawn identically in any order. SplitMix64 finaliser (Steele, Lea, Flood,
 * OOPSLA 2014) applied to a mix of the three; passes the usual uniformity checks for this use (tested).
 */
public final class PointRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private PointRandom() {
    }

    /** SplitMix64's output function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64 random bits for (seed, point, k). */
    public static long bits(long seed, long point, long k) {
        long h = mix(seed + GOLDEN);
        h = mix(h ^ (point * GOLDEN + 0x632BE59BD9B4E019L));
        return mix(h ^ ((k + 1) * 0xD1B54A32D192ED03L));
    }

    /** A uniform number in [0, 1) with 53 random bits. */
    public static double unit(long seed, long point, long k) {
        return (bits(seed, point, k) >>> 11) * 0x1.0p-53;
    }
}
