package org.lqflav.analysis;

import java.util.List;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;

/**
 * {@link PointEvaluator} through the public API: {@link ModelPoint#at} (ModelSpec.withCoupling) then
 * {@code Lqflav.predict(spec, parameters, names)}. Allocates per point (a ModelSpec, the matching, a map); kept
 * as the reference the allocation-free evaluator must agree with.
 */
public final class PredictEvaluator implements PointEvaluator {
    private final ModelPoint point;
    private final ParameterSet sm;
    private final List<String> observables;

    private PredictEvaluator(ModelPoint point, ParameterSet sm, List<String> observables) {
        this.point = point;
        this.sm = sm;
        this.observables = observables;
    }

    /**
     * @param base        the model file the parameters are put into
     * @param sm          SM inputs (usually {@code Lqflav.parametersFor(base)})
     * @param parameters  the numbers varied
     * @param observables names, each computed by the model
     */
    public static Factory factory(ModelSpec base, ParameterSet sm, List<ParameterAddress> parameters,
                                  List<String> observables) {
        ModelPoint point = new ModelPoint(base, parameters);
        List<String> names = List.copyOf(observables);
        return new Factory() {
            @Override
            public List<ParameterAddress> parameters() {
                return point.addresses();
            }

            @Override
            public List<String> observables() {
                return names;
            }

            @Override
            public PointEvaluator create() {
                return new PredictEvaluator(point, sm, names);
            }
        };
    }

    @Override
    public List<ParameterAddress> parameters() {
        return point.addresses();
    }

    @Override
    public List<String> observables() {
        return observables;
    }

    @Override
    public void evaluate(double[] parameters, double[] out) {
        Predictions p = Lqflav.predict(point.at(parameters), sm, observables);
        for (int i = 0; i < observables.size(); i++) {
            out[i] = p.values().get(observables.get(i));
        }
    }
}
