package org.lqflav.obs;

import java.util.Objects;
import java.util.Set;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;

/**
 * One registry entry: a name (flavio's where flavio has the observable), its unit ("" for dimensionless),
 * a one-line description, the equation it implements, the function, the groups of low-energy quantities it reads
 * ({@link Part}), and the models it is restricted to (empty: any model providing those groups; a model-specific
 * observable reads {@link LowEnergy#modelData} of its model).
 */
public record ObservableSpec(String name, String unit, String description, String equation, Observable function,
                             Set<Part> needs, Set<String> models) {
    public ObservableSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("observable name is blank");
        }
        Objects.requireNonNull(function, name);
        unit = unit == null ? "" : unit;
        needs = Set.copyOf(needs);
        models = Set.copyOf(models);
    }

    /** An observable of any model that provides {@code needs}. */
    public ObservableSpec(String name, String unit, String description, String equation, Set<Part> needs,
                          Observable function) {
        this(name, unit, description, equation, function, needs, Set.of());
    }

    /** An observable only the named model provides. */
    public static ObservableSpec forModel(String model, String name, String unit, String description, String equation,
                                          Observable function) {
        return new ObservableSpec(name, unit, description, equation, function, Set.of(), Set.of(model));
    }

    /** Whether this observable can be evaluated for a model whose matching produced {@code le}. */
    public boolean appliesTo(String model, LowEnergy le) {
        if (!models.isEmpty()) {
            return models.contains(model);
        }
        for (Part p : needs) {
            if (!le.provides(p)) {
                return false;
            }
        }
        return true;
    }
}
