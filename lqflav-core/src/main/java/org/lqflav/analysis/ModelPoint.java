package org.lqflav.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.ModelSpec;

/**
 * Puts parameter values into a base model: {@code at(values)} is the base {@link ModelSpec} with each addressed
 * number replaced (couplings through {@link ModelSpec#withCoupling}). Immutable and thread-safe.
 */
public final class ModelPoint {
    private final ModelSpec base;
    private final List<ParameterAddress> addresses;
    private final List<String> couplings;

    public ModelPoint(ModelSpec base, List<ParameterAddress> addresses) {
        this.base = base;
        this.addresses = List.copyOf(addresses);
        List<String> c = new ArrayList<>();
        for (ParameterAddress a : addresses) {
            if (a.kind() == ParameterAddress.Kind.COUPLING && !c.contains(a.name())) {
                c.add(a.name());
            }
        }
        this.couplings = List.copyOf(c);
    }

    public ModelSpec base() {
        return base;
    }

    public List<ParameterAddress> addresses() {
        return addresses;
    }

    /** The base value of an addressed number. */
    public static double valueIn(ModelSpec spec, ParameterAddress a) {
        return switch (a.kind()) {
            case COUPLING -> a.imaginary() ? spec.coupling(a.name()).im(a.row(), a.column())
                    : spec.coupling(a.name()).re(a.row(), a.column());
            case MASS -> spec.mass(a.name());
            case POTENTIAL -> spec.potential(a.name());
        };
    }

    /** The model with {@code values[k]} at {@code addresses().get(k)}. */
    public ModelSpec at(double[] values) {
        ModelSpec spec = base;
        boolean scalars = false;
        for (ParameterAddress a : addresses) {
            scalars |= a.kind() != ParameterAddress.Kind.COUPLING;
        }
        if (scalars) {
            Map<String, Double> masses = new LinkedHashMap<>(base.masses());
            Map<String, Double> potential = new LinkedHashMap<>(base.potential());
            for (int k = 0; k < addresses.size(); k++) {
                ParameterAddress a = addresses.get(k);
                if (a.kind() == ParameterAddress.Kind.MASS) {
                    masses.put(a.name(), values[k]);
                } else if (a.kind() == ParameterAddress.Kind.POTENTIAL) {
                    potential.put(a.name(), values[k]);
                }
            }
            spec = new ModelSpec(base.origin(), base.model(), base.parameters(), masses, potential,
                    base.couplings(), base.options());
        }
        for (String name : couplings) {
            CMatrix3 m = base.coupling(name);
            double[][] re = new double[3][3];
            double[][] im = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    re[i][j] = m.re(i, j);
                    im[i][j] = m.im(i, j);
                }
            }
            for (int k = 0; k < addresses.size(); k++) {
                ParameterAddress a = addresses.get(k);
                if (a.kind() != ParameterAddress.Kind.COUPLING || !a.name().equals(name)) {
                    continue;
                }
                double[][] part = a.imaginary() ? im : re;
                part[a.row()][a.column()] = values[k];
                if (a.symmetric()) {
                    part[a.column()][a.row()] = values[k];
                }
            }
            spec = spec.withCoupling(name, CMatrix3.of(re, im));
        }
        return spec;
    }
}
