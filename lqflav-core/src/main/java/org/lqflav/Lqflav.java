package org.lqflav;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lqflav.eft.LowEnergy;
import org.lqflav.model.ModelCatalogue;
import org.lqflav.model.ModelSpec;
import org.lqflav.model.ModelType;
import org.lqflav.obs.Inputs;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.ParameterSet;
import org.lqflav.param.SmInputs;

/** The library's front door: model in, predictions out. The CLI calls only this and the registries. */
public final class Lqflav {
    private Lqflav() {
    }

    /** Every registered observable the model provides, with the model's own parameter set. */
    public static Predictions predict(ModelSpec spec) {
        return predict(spec, parametersFor(spec), null);
    }

    /**
     * The named observables, in the given order.
     *
     * @param parameters the SM input set; overrides the model file's choice
     * @param names      observable names, or null for every observable the model provides (registry order)
     */
    public static Predictions predict(ModelSpec spec, ParameterSet parameters, List<String> names) {
        SmInputs sm = parameters.smInputs();
        ObservableRegistry reg = ObservableRegistry.standard();
        LowEnergy le = names == null ? lowEnergy(spec, sm)
                : ModelCatalogue.get(spec.model()).match(spec, sm, reg.partsNeeded(names, spec.model()));
        Inputs in = new Inputs(le, sm);
        Map<String, Double> out = new LinkedHashMap<>();
        if (names == null) {
            for (String n : reg.names()) {
                reg.resolve(n, spec.model(), le).ifPresent(s -> out.put(n, s.function().evaluate(in)));
            }
            return new Predictions(spec.model(), parameters.name(), out);
        }
        for (String n : names) {
            reg.get(n);   // unknown names: the registry's message with suggestions
            ObservableSpec s = reg.resolve(n, spec.model(), le).orElseThrow(() ->
                    InputException.field("observable", "one that model " + spec.model() + " computes", n));
            out.put(n, s.function().evaluate(in));
        }
        return new Predictions(spec.model(), parameters.name(), out);
    }

    /** The model's matching onto low-energy quantities. */
    public static LowEnergy lowEnergy(ModelSpec spec, SmInputs sm) {
        ModelType type = ModelCatalogue.get(spec.model());
        return type.match(spec, sm);
    }

    /** The parameter set a model file names, resolving a relative file path against the model file's folder. */
    public static ParameterSet parametersFor(ModelSpec spec) {
        Path origin = Path.of(spec.origin());
        return ParameterSet.load(spec.parameters(), origin.getParent());
    }

    public static Collection<ObservableSpec> observables() {
        return ObservableRegistry.standard().all();
    }
}
