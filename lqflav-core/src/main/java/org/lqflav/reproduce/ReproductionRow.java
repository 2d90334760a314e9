package org.lqflav.reproduce;

/**
 * One row of a paper's table next to our number.
 *
 * @param observable registry name, with suffix {@code _NP} where the paper quotes new physics only
 * @param benchmark  e.g. {@code BM-I}
 * @param paper      the printed value (in our unit)
 * @param computed   our value
 * @param status     {@code agrees} (within {@code tolerance}) or {@code differs}
 * @param tolerance  relative tolerance the row is held to
 * @param note       why a row differs, or which reading it needs; may be empty
 */
public record ReproductionRow(String observable, String benchmark, double paper, double computed, String status,
                              double tolerance, String note) {
    public static final String AGREES = "agrees";
    public static final String DIFFERS = "differs";

    public double ratio() {
        return computed / paper;
    }
}
