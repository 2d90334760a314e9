package org.lqflav.math;

/**
 * Loop functions, with their degenerate limits handled here and nowhere else.
 */
public final class LoopFunctions {
    private LoopFunctions() {
    }

    /**
     * Two-loop neutrino-mass integral I[r], r = M_DQ^2 / M_LQ^2, seed000 eq. (18) [its Ref. 118]: pi^2/3 for
     * r &lt;&lt; 1 and (-1 + pi^2/3 + log^2 r)/r for r &gt;&gt; 1. The paper gives only these two branches; we
     * switch at r = 1 (the large-r branch is what seed000's benchmarks use, r = 69.4). Near r = 1 neither
     * branch is accurate (they differ by 1 there); docs/conventions.md#neutrinos says so.
     */
    public static double twoLoopI(double r) {
        if (!(r > 0)) {
            throw new IllegalArgumentException("r must be positive: " + r);
        }
        if (r < 1) {
            return Math.PI * Math.PI / 3;
        }
        double l = Math.log(r);
        return (-1 + Math.PI * Math.PI / 3 + l * l) / r;
    }

    /**
     * x (x - 1 - log x) / (x - 1)^2, the top-quark term of seed000 eq. (64). Limits: 1/2 + (x-1)/6 at x -> 1
     * (series), 0 at x -> 0, and -&gt; 1 for x -&gt; infinity.
     */
    public static double zTop(double x) {
        double e = x - 1;
        if (Math.abs(e) < 1e-4) {
            return 0.5 + e / 6 - e * e / 12;
        }
        if (x == 0) {
            return 0;
        }
        return x * (e - Math.log(x)) / (e * e);
    }

    /**
     * Chirally enhanced S1 dipole factor 7/6 + (2/3) log x, x = m_q^2 / M^2, seed000 eqs. (21), (41)-(42).
     * Diverges logarithmically at x -> 0: callers pass the replaced value for light quarks (x = 1,
     * docs/conventions.md#light-quark-logs).
     */
    public static double s1Dipole(double x) {
        return 7.0 / 6.0 + 2.0 / 3.0 * Math.log(x);
    }
}
