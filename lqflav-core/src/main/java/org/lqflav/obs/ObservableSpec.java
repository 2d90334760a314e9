package org.lqflav.obs;

import java.util.Objects;

/**
 * One registry entry: a name (flavio's where flavio has the observable), its unit ("" for dimensionless),
 * a one-line description, the equation it implements, and the function.
 */
public record ObservableSpec(String name, String unit, String description, String equation, Observable function) {
    public ObservableSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("observable name is blank");
        }
        Objects.requireNonNull(function, name);
        unit = unit == null ? "" : unit;
    }
}
