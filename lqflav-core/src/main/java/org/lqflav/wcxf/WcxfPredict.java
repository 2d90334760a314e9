package org.lqflav.wcxf;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lqflav.InputException;
import org.lqflav.Predictions;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.eft.WetRunning;
import org.lqflav.eft.WilsonCoefficients;
import org.lqflav.obs.Inputs;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.ParameterSet;
import org.lqflav.param.SmInputs;

/**
 * Observables from a WCxf file alone: the file's coefficients are run to m_b ({@link WetRunning}) and every
 * observable that needs nothing but WET coefficients ({@link Part#WET}) is evaluated with the WET engine's registry
 * ({@code org.lqflav.obs.wet.WetObservables}, form factors; docs/wcxf.md).
 */
public final class WcxfPredict {
    /** The parameter set for WCxf input when the caller names none: today's inputs. */
    public static final String DEFAULT_PARAMETERS = "pdg2024";

    private WcxfPredict() {
    }

    /**
     * Predictions and the reader's warnings.
     *
     * @param predictions model {@code WCxf:<file name>}, the parameter set's name, the values
     * @param warnings    coefficients valid in the flavio basis that LQFlav does not use (ignored), one line each
     */
    public record Result(Predictions predictions, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** {@link #run} without the warnings. */
    public static Predictions predict(Path file, ParameterSet parameters, List<String> names) {
        return run(file, parameters, names).predictions();
    }

    /**
     * @param file       a WCxf file (eft WET, basis flavio)
     * @param parameters SM inputs (running, form factors, CKM)
     * @param names      observables to compute, or null for every WET-only observable (registry order)
     */
    public static Result run(Path file, ParameterSet parameters, List<String> names) {
        return run(file, parameters, names, registry());
    }

    /**
     * As {@link #run(Path, ParameterSet, List)} with another registry (e.g. {@link ObservableRegistry#standard()},
     * whose WET-only entries are seed 000's numeric formulas); only its entries that need nothing but
     * {@link Part#WET} are evaluated.
     */
    public static Result run(Path file, ParameterSet parameters, List<String> names, ObservableRegistry reg) {
        Wcxf.Imported in = Wcxf.read(file);
        SmInputs sm = parameters.smInputs();
        LowEnergy le = lowEnergy(in.coefficients(), sm);
        String model = "WCxf:" + file.getFileName();
        Inputs inputs = new Inputs(le, sm);
        Map<String, Double> out = new LinkedHashMap<>();
        if (names == null) {
            for (String n : reg.names()) {
                reg.resolve(n, model, le).filter(WcxfPredict::wetOnly)
                        .ifPresent(s -> out.put(n, s.function().evaluate(inputs)));
            }
        } else {
            for (String n : names) {
                reg.get(n);   // unknown names: the registry's message with suggestions
                ObservableSpec s = reg.resolve(n, model, le).filter(WcxfPredict::wetOnly).orElseThrow(() ->
                        InputException.field("observable", "one computed from WET coefficients alone", n));
                out.put(n, s.function().evaluate(inputs));
            }
        }
        return new Result(new Predictions(model, parameters.name(), out), in.warnings());
    }

    /**
     * What an observable sees for WCxf input: the coefficients at their scale ({@link LowEnergy#wetAtMatching()})
     * and run to m_b ({@link LowEnergy#wet()}); nothing else is provided.
     */
    public static LowEnergy lowEnergy(WilsonCoefficients atScale, SmInputs sm) {
        double mb = sm.mDown(2);
        WilsonCoefficients low = WetRunning.forInputs(sm).run(atScale, mb);
        LowEnergy.Builder b = LowEnergy.builder().provides(Part.WET).scales(atScale.scale(), mb);
        for (int i = 0; i < org.lqflav.eft.WetNames.size(); i++) {
            b.wetAtMatching.set(i, atScale.get(i));
            b.wet.set(i, low.get(i));
        }
        return b.build();
    }

    /** The registry WCxf input is evaluated with: the WET engine's (form factors, {@code org.lqflav.obs.wet}). */
    public static ObservableRegistry registry() {
        return org.lqflav.obs.wet.WetObservables.registry();
    }

    private static boolean wetOnly(ObservableSpec s) {
        return s.models().isEmpty() && !s.needs().isEmpty() && Set.of(Part.WET).containsAll(s.needs());
    }
}
