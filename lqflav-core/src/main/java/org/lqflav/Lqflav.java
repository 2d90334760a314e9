package org.lqflav;

import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
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

    /** Which formulas compute the observables driven by Wilson coefficients (docs/architecture.md). */
    public enum Engine {
        /** Each model's paper formulas (the standard registry): what {@code reproduce} uses. */
        PAPER,
        /** First-principles form factors from the model's WET coefficients ({@code obs.wet}) where available. */
        FORMFACTOR
    }

    /**
     * As {@link #predict(ModelSpec, ParameterSet, List)}; with {@link Engine#FORMFACTOR} the observables the
     * form-factor engine computes come from it (for a model whose matching provides WET coefficients), and the rest
     * (neutrinos, LFV, Z couplings, model-specific ones) from the paper engine.
     */
    public static Predictions predict(ModelSpec spec, ParameterSet parameters, List<String> names, Engine engine) {
        if (engine == Engine.PAPER) {
            return predict(spec, parameters, names);
        }
        ObservableRegistry ff = org.lqflav.obs.wet.WetObservables.registry();
        SmInputs sm = parameters.smInputs();
        LowEnergy le = ModelCatalogue.get(spec.model()).match(spec, sm, EnumSet.of(LowEnergy.Part.WET));
        Inputs in = new Inputs(le, sm);
        Map<String, Double> out = new LinkedHashMap<>();
        if (names == null) {
            out.putAll(predict(spec, parameters, null).values());
            for (ObservableSpec s : ff.all()) {
                if (s.appliesTo(spec.model(), le)) {
                    out.put(s.name(), s.function().evaluate(in));
                }
            }
            return new Predictions(spec.model(), parameters.name(), out);
        }
        List<String> paperNames = names.stream().filter(n -> ff.resolve(n, spec.model(), le).isEmpty()).toList();
        Map<String, Double> paper = paperNames.isEmpty() ? Map.of() : predict(spec, parameters, paperNames).values();
        for (String n : names) {
            Optional<ObservableSpec> s = ff.resolve(n, spec.model(), le);
            out.put(n, s.isPresent() ? s.get().function().evaluate(in) : paper.get(n));
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
