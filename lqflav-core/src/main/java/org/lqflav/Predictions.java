package org.lqflav;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Observable values for one model point, in registry order.
 *
 * @param model      model name (e.g. S1S3omega)
 * @param parameters name of the SM input set used
 * @param values     observable name -> value in the registry's unit
 */
public record Predictions(String model, String parameters, Map<String, Double> values) {
    public Predictions {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw InputException.field("observable", "one of the predicted names", name);
        }
        return v;
    }
}
