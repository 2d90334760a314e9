package org.lqflav.reproduce;

import java.util.List;
import org.lqflav.InputException;

/** Seed 004: S1 leptoquark + U(1)_{Lmu-Ltau} Z'. PLACEHOLDER (issue 3). */
final class Seed004Reproduction implements Reproduction {
    @Override
    public String name() {
        return "seed004";
    }

    @Override
    public String title() {
        return "Seed 004 (S1 leptoquark + U(1)_{Lmu-Ltau} Z'): not yet available";
    }

    @Override
    public List<ReproductionRow> rows() {
        throw InputException.of("reproduce seed004: not yet available");
    }
}
