package org.lqflav.data;

import java.util.Map;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.ModelSpec;

/**
 * The reference point of Delta chi^2: the same model file with every new coupling (every Yukawa matrix) set to
 * zero, so that all new-physics contributions vanish and each observable takes its SM value (masses, the
 * scalar potential and options are kept; they enter only multiplied by couplings). With the same SM inputs, the
 * chi^2 difference measures what the new physics does (docs/data.md#delta-chi2).
 */
public final class SmPoint {
    private SmPoint() {
    }

    public static ModelSpec of(ModelSpec spec) {
        ModelSpec sm = spec;
        for (Map.Entry<String, CMatrix3> e : spec.couplings().entrySet()) {
            sm = sm.withCoupling(e.getKey(), CMatrix3.ZERO);
        }
        return sm;
    }
}
