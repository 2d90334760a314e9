package org.lqflav.reproduce;

import java.util.List;

/** A paper's benchmark table, recomputed. */
public interface Reproduction {
    /** Name used on the command line, e.g. {@code seed000}. */
    String name();

    /** One line: which paper and table. */
    String title();

    List<ReproductionRow> rows();
}
