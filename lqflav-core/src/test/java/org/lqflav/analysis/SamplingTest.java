package org.lqflav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SamplingTest {
    @Test
    void samePointFromSameSeedAndIndexInAnyOrder() {
        Sampling a = Sampling.random(1000, 42);
        Sampling b = Sampling.random(1000, 42);
        double[] u = new double[3];
        double[] v = new double[3];
        a.unit(917, u);
        for (int i = 0; i < 917; i++) {
            b.unit(i, v);     // other points first: no hidden state
        }
        b.unit(917, v);
        assertThat(v).containsExactly(u);
        Sampling c = Sampling.random(1000, 43);
        c.unit(917, v);
        assertThat(v).doesNotContain(u[0]);
    }

    @Test
    void randomNumbersAreRoughlyUniform() {
        // mean 1/2 and variance 1/12 of U(0,1); with 20000 draws the standard errors are 0.002 and 0.0006
        double sum = 0;
        double sq = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            double u = PointRandom.unit(7, i, 0);
            assertThat(u).isBetween(0.0, 1.0);
            sum += u;
            sq += u * u;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(0.5, within(0.01));
        assertThat(sq / n - mean * mean).isCloseTo(1.0 / 12, within(0.003));
    }

    @Test
    void permutationIsABijection() {
        for (long n : new long[] {1, 2, 7, 100, 1000, 4097}) {
            Permutation p = new Permutation(n, 12345);
            Set<Long> seen = new HashSet<>();
            for (long i = 0; i < n; i++) {
                long j = p.apply(i);
                assertThat(j).isBetween(0L, n - 1);
                seen.add(j);
            }
            assertThat(seen).hasSize((int) n);
        }
    }

    @Test
    void latinHypercubeHasOnePointPerStratumInEveryDimension() {
        int n = 500;
        Sampling s = Sampling.latinHypercube(n, 9, 3);
        boolean[][] hit = new boolean[3][n];
        double[] u = new double[3];
        for (int i = 0; i < n; i++) {
            s.unit(i, u);
            for (int k = 0; k < 3; k++) {
                int stratum = (int) Math.floor(u[k] * n);
                assertThat(hit[k][stratum]).as("stratum %d of dimension %d hit twice", stratum, k).isFalse();
                hit[k][stratum] = true;
            }
        }
    }

    @Test
    void gridIncludesTheEndsFirstParameterSlowest() {
        Sampling g = Sampling.grid(List.of(3, 2));
        assertThat(g.points()).isEqualTo(6);
        double[] u = new double[2];
        double[][] expected = {{0, 0}, {0, 1}, {0.5, 0}, {0.5, 1}, {1, 0}, {1, 1}};
        for (int i = 0; i < 6; i++) {
            g.unit(i, u);
            assertThat(u).containsExactly(expected[i]);
        }
    }

    @Test
    void priorsMapTheUnitInterval() {
        Prior.Uniform uni = new Prior.Uniform(-2, 2);
        assertThat(uni.fromUnit(0)).isEqualTo(-2);
        assertThat(uni.fromUnit(0.75)).isEqualTo(1);
        // log-uniform on [1e-3, 1e-1]: the middle is the geometric mean 1e-2
        Prior.LogUniform log = new Prior.LogUniform(1e-3, 1e-1, 1);
        assertThat(log.fromUnit(0.5)).isCloseTo(1e-2, within(1e-15));
        // sign-symmetric: u < 1/2 negative from -high to -low, u >= 1/2 positive from low to high
        Prior.LogUniform both = new Prior.LogUniform(1e-3, 1e-1, 0);
        assertThat(both.fromUnit(0)).isCloseTo(-1e-1, within(1e-15));
        assertThat(both.fromUnit(0.25)).isCloseTo(-1e-2, within(1e-15));
        assertThat(both.fromUnit(0.5)).isCloseTo(1e-3, within(1e-15));
        assertThat(both.fromUnit(0.75)).isCloseTo(1e-2, within(1e-15));
        assertThat(both.low()).isEqualTo(-1e-1);
        assertThat(both.high()).isEqualTo(1e-1);
    }

    @Test
    void shardsSplitThePointsContiguously() {
        long total = 10;
        long covered = 0;
        long prevEnd = 0;
        for (int i = 1; i <= 3; i++) {
            Shard s = new Shard(i, 3);
            assertThat(s.first(total)).isEqualTo(prevEnd);
            covered += s.end(total) - s.first(total);
            prevEnd = s.end(total);
        }
        assertThat(covered).isEqualTo(total);
        assertThat(prevEnd).isEqualTo(total);
        assertThat(Shard.parse(" 2/8 ", "--shard")).isEqualTo(new Shard(2, 8));
    }
}
