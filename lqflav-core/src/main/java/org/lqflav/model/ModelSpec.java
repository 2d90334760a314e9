package org.lqflav.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lqflav.math.CMatrix3;

/**
 * A validated model file: which model, which SM input set, masses (GeV), scalar-potential couplings (GeV or
 * dimensionless), Yukawa matrices (rows: quark generation, columns: lepton generation, unless the model says
 * otherwise) and named options. Immutable; couplings not given in the file are zero.
 *
 * @param origin where it came from (file path, or a resource name), used in messages
 */
public record ModelSpec(String origin, String model, String parameters, Map<String, Double> masses,
                        Map<String, Double> potential, Map<String, CMatrix3> couplings, Map<String, String> options) {
    public ModelSpec {
        masses = Collections.unmodifiableMap(new LinkedHashMap<>(masses));
        potential = Collections.unmodifiableMap(new LinkedHashMap<>(potential));
        couplings = Collections.unmodifiableMap(new LinkedHashMap<>(couplings));
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public double mass(String field) {
        Double m = masses.get(field);
        if (m == null) {
            throw new IllegalStateException(origin + ": validated model lacks mass " + field);
        }
        return m;
    }

    public double potential(String name) {
        return potential.getOrDefault(name, 0.0);
    }

    public CMatrix3 coupling(String name) {
        return couplings.getOrDefault(name, CMatrix3.ZERO);
    }

    /** Option value, or the model type's default (first allowed value) when absent. */
    public String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /** A copy with one coupling replaced. */
    public ModelSpec withCoupling(String name, CMatrix3 value) {
        Map<String, CMatrix3> c = new LinkedHashMap<>(couplings);
        c.put(name, value);
        return new ModelSpec(origin, model, parameters, masses, potential, c, options);
    }

    /** A copy that uses another parameter set. */
    public ModelSpec withParameters(String parameterSet) {
        return new ModelSpec(origin, model, parameterSet, masses, potential, couplings, options);
    }
}
