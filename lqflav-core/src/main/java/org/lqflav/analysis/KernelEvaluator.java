package org.lqflav.analysis;

import java.util.EnumSet;
import java.util.List;
import org.lqflav.InputException;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.model.MatchingKernel;
import org.lqflav.model.ModelCatalogue;
import org.lqflav.model.ModelSpec;
import org.lqflav.model.ModelType;
import org.lqflav.obs.Inputs;
import org.lqflav.obs.Observable;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.ParameterSet;
import org.lqflav.param.SmInputs;

/**
 * {@link PointEvaluator} on a model's {@link MatchingKernel}: the parameter values go straight into the kernel's
 * workspace (no ModelSpec per point), the kernel refills its reusable {@link LowEnergy} with only the parts the
 * observables need, and the registry's observable functions (the same ones {@code Lqflav.predict} calls) write into
 * {@code out}. Gives the numbers of {@link PredictEvaluator}. For seed 000 a point allocates nothing (JMH
 * {@code -prof gc}, full and light observable sets), except when the S1 mass (the matching scale) is varied: each new
 * scale builds a WET evolution.
 */
public final class KernelEvaluator implements PointEvaluator {
    private final List<ParameterAddress> addresses;
    private final List<String> names;
    private final MatchingKernel kernel;
    private final int[] handles;
    private final EnumSet<Part> parts;
    private final Observable[] functions;
    private final Inputs inputs;

    private KernelEvaluator(ModelSpec base, SmInputs sm, MatchingKernel kernel, List<ParameterAddress> addresses,
                            List<String> names) {
        this.addresses = addresses;
        this.names = names;
        this.kernel = kernel;
        handles = new int[addresses.size()];
        for (int k = 0; k < handles.length; k++) {
            ParameterAddress a = addresses.get(k);
            handles[k] = switch (a.kind()) {
                case COUPLING -> kernel.couplingHandle(a.name(), a.row(), a.column(), a.imaginary());
                case MASS -> kernel.massHandle(a.name());
                case POTENTIAL -> kernel.potentialHandle(a.name());
            };
        }
        ObservableRegistry reg = ObservableRegistry.standard();
        parts = kernel.parts(reg.partsNeeded(names, base.model()));
        LowEnergy le = kernel.match(parts);   // the base point: which entry of each name applies
        functions = new Observable[names.size()];
        for (int i = 0; i < functions.length; i++) {
            String n = names.get(i);
            reg.get(n);   // unknown names: the registry's message with suggestions
            ObservableSpec s = reg.resolve(n, base.model(), le).orElseThrow(() ->
                    InputException.field("observable", "one that model " + base.model() + " computes", n));
            functions[i] = s.function();
        }
        inputs = new Inputs(le, sm);
    }

    /**
     * Evaluators on the model's kernel, or null when the model has none (use {@link PredictEvaluator}).
     *
     * @param base        the model file the parameters are put into
     * @param sm          SM inputs (usually {@code Lqflav.parametersFor(base)})
     * @param parameters  the numbers varied
     * @param observables names, each computed by the model
     */
    public static Factory factory(ModelSpec base, ParameterSet sm, List<ParameterAddress> parameters,
                                  List<String> observables) {
        ModelType type = ModelCatalogue.get(base.model());
        SmInputs inputs = sm.smInputs();
        if (type.kernel(base, inputs) == null) {
            return null;
        }
        List<ParameterAddress> params = List.copyOf(parameters);
        List<String> names = List.copyOf(observables);
        new KernelEvaluator(base, inputs, type.kernel(base, inputs), params, names);   // bad names fail here
        return new Factory() {
            @Override
            public List<ParameterAddress> parameters() {
                return params;
            }

            @Override
            public List<String> observables() {
                return names;
            }

            @Override
            public PointEvaluator create() {
                return new KernelEvaluator(base, inputs, type.kernel(base, inputs), params, names);
            }
        };
    }

    /** The kernel evaluator when the model has a kernel, else {@link PredictEvaluator}. */
    public static Factory best(ModelSpec base, ParameterSet sm, List<ParameterAddress> parameters,
                               List<String> observables) {
        Factory f = factory(base, sm, parameters, observables);
        return f != null ? f : PredictEvaluator.factory(base, sm, parameters, observables);
    }

    @Override
    public List<ParameterAddress> parameters() {
        return addresses;
    }

    @Override
    public List<String> observables() {
        return names;
    }

    @Override
    public void evaluate(double[] parameters, double[] out) {
        for (int k = 0; k < handles.length; k++) {
            kernel.set(handles[k], parameters[k]);
        }
        kernel.match(parts);
        inputs.lowEnergyChanged();
        for (int i = 0; i < functions.length; i++) {
            out[i] = functions[i].evaluate(inputs);
        }
    }
}
