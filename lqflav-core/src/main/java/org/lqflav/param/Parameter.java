package org.lqflav.param;

import org.lqflav.InputException;

/** One SM input: value in {@code unit}, with its source. Immutable. */
public record Parameter(String name, double value, String unit, String source) {
    public Parameter {
        if (!Double.isFinite(value)) {
            throw InputException.field("parameter " + name, "a finite number", value);
        }
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
    }
}
