package org.lqflav.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Where the points of a scan lie in the unit cube [0,1]^n (the priors map them to parameter values). Every method
 * computes point i from (seed, i) alone, so shards and threads see the same points.
 * <ul>
 *   <li>{@code random}: independent uniform numbers ({@link PointRandom}).</li>
 *   <li>{@code latin_hypercube}: for N points, each dimension's N strata [j/N, (j+1)/N) hold exactly one point;
 *       point i sits in stratum pi_k(i) of dimension k (pi_k a keyed {@link Permutation}), at a random place in it.</li>
 *   <li>{@code grid}: a regular grid with n_k values per dimension, ends included (u = j/(n_k - 1); 0.5 when
 *       n_k = 1), the first parameter varying slowest.</li>
 * </ul>
 */
public final class Sampling {
    public enum Method {
        RANDOM, LATIN_HYPERCUBE, GRID;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Method method;
    private final long points;
    private final long seed;
    private final int[] gridPoints;
    private final Permutation[] strata;

    private Sampling(Method method, long points, long seed, int[] gridPoints, int dimension) {
        this.method = method;
        this.points = points;
        this.seed = seed;
        this.gridPoints = gridPoints;
        this.strata = new Permutation[method == Method.LATIN_HYPERCUBE ? dimension : 0];
        for (int k = 0; k < strata.length; k++) {
            strata[k] = new Permutation(points, PointRandom.bits(seed, -1, k));
        }
    }

    public static Sampling random(long points, long seed) {
        return new Sampling(Method.RANDOM, points, seed, null, 0);
    }

    public static Sampling latinHypercube(long points, long seed, int dimension) {
        return new Sampling(Method.LATIN_HYPERCUBE, points, seed, null, dimension);
    }

    /** A grid; the number of points is the product of {@code perDimension}. */
    public static Sampling grid(List<Integer> perDimension) {
        long total = 1;
        int[] g = new int[perDimension.size()];
        for (int k = 0; k < g.length; k++) {
            g[k] = perDimension.get(k);
            total = Math.multiplyExact(total, g[k]);
        }
        return new Sampling(Method.GRID, total, 0, g, g.length);
    }

    public Method method() {
        return method;
    }

    public long points() {
        return points;
    }

    public long seed() {
        return seed;
    }

    /** Unit-cube coordinates of point i, written into {@code u} (its length is the dimension). */
    public void unit(long i, double[] u) {
        switch (method) {
            case RANDOM -> {
                for (int k = 0; k < u.length; k++) {
                    u[k] = PointRandom.unit(seed, i, k);
                }
            }
            case LATIN_HYPERCUBE -> {
                for (int k = 0; k < u.length; k++) {
                    u[k] = (strata[k].apply(i) + PointRandom.unit(seed, i, k)) / points;
                }
            }
            case GRID -> {
                long rest = i;
                for (int k = u.length - 1; k >= 0; k--) {
                    int n = gridPoints[k];
                    int j = (int) (rest % n);
                    rest /= n;
                    u[k] = n == 1 ? 0.5 : (double) j / (n - 1);
                }
            }
            default -> throw new IllegalStateException(method.toString());
        }
    }
}
