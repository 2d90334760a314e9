package org.lqflav.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.data.Likelihood;
import org.lqflav.data.LikelihoodResult;
import org.lqflav.data.Measurement;
import org.lqflav.data.MeasurementSet;
import org.lqflav.data.SmPoint;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;

/**
 * One model point against a measurement set: predictions, the likelihood at the point and at the SM point
 * ({@link SmPoint}: all couplings zero, same SM inputs), so Delta chi^2 = chi^2 - chi^2_SM (negative: the point
 * describes the data better than the SM).
 *
 * @param predictions the requested observables plus those the data needs, in that order
 * @param skipped     measurements of the set whose observables the model does not compute
 */
public record DataComparison(Predictions predictions, LikelihoodResult atPoint, LikelihoodResult atSm,
                             List<Measurement> skipped) {
    public DataComparison {
        skipped = List.copyOf(skipped);
    }

    public double deltaChi2() {
        return atPoint.chi2() - atSm.chi2();
    }

    /**
     * @param names observables to predict besides the data's (null: every observable the model computes)
     */
    public static DataComparison of(ModelSpec spec, ParameterSet parameters, MeasurementSet data, List<String> names) {
        Predictions all = Lqflav.predict(spec, parameters, null);
        List<String> computed = List.copyOf(all.values().keySet());
        MeasurementSet used = data.restrictedTo(computed);
        Likelihood lk = Likelihood.of(used);
        Predictions p;
        if (names == null) {
            p = all;
        } else {
            Set<String> wanted = new LinkedHashSet<>(names);
            wanted.addAll(lk.observables());
            p = Lqflav.predict(spec, parameters, new ArrayList<>(wanted));
        }
        Predictions sm = Lqflav.predict(SmPoint.of(spec), parameters, lk.observables());
        return new DataComparison(p, lk.evaluate(p.values()), lk.evaluate(sm.values()), data.notComputedBy(computed));
    }
}
