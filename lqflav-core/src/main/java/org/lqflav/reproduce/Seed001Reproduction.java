package org.lqflav.reproduce;

import java.util.List;
import org.lqflav.InputException;

/** Seed 001: S1 + R2 leptoquarks + triplet xi. PLACEHOLDER (issue 3). */
final class Seed001Reproduction implements Reproduction {
    @Override
    public String name() {
        return "seed001";
    }

    @Override
    public String title() {
        return "Seed 001 (S1 + R2 leptoquarks + triplet xi): not yet available";
    }

    @Override
    public List<ReproductionRow> rows() {
        throw InputException.of("reproduce seed001: not yet available");
    }
}
