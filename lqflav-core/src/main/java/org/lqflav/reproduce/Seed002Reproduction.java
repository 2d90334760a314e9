package org.lqflav.reproduce;

import java.util.List;
import org.lqflav.InputException;

/** Seed 002: eta + eta' + Delta. PLACEHOLDER (issue 3). */
final class Seed002Reproduction implements Reproduction {
    @Override
    public String name() {
        return "seed002";
    }

    @Override
    public String title() {
        return "Seed 002 (eta + eta' + Delta): not yet available";
    }

    @Override
    public List<ReproductionRow> rows() {
        throw InputException.of("reproduce seed002: not yet available");
    }
}
