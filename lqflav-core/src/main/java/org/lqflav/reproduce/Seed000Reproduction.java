package org.lqflav.reproduce;

import java.util.List;

/** Seed 000 Table I. PLACEHOLDER. */
final class Seed000Reproduction implements Reproduction {
    @Override
    public String name() {
        return "seed000";
    }

    @Override
    public String title() {
        return "Seed 000 (S1 + S3 + diquark omega), Table I, benchmarks BM-I and BM-II";
    }

    @Override
    public List<ReproductionRow> rows() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
