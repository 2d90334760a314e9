package org.lqflav.wcxf;

import org.lqflav.InputException;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.WetRunning;
import org.lqflav.eft.WilsonCoefficients;
import org.lqflav.model.ModelCatalogue;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;
import org.lqflav.param.SmInputs;

/** A model's WET coefficients for WCxf export (docs/wcxf.md). */
public final class WcxfExport {
    /** Lowest scale coefficients may be run to (GeV): alpha_s is perturbative above it. */
    public static final double MIN_SCALE = 1.0;

    private WcxfExport() {
    }

    /**
     * The model's new-physics coefficients at its matching scale ({@link LowEnergy#wetAtMatching()}), or run from
     * there to {@code scale} with {@link WetRunning}.
     *
     * @param scale target scale in GeV, or null for the matching scale
     */
    public static WilsonCoefficients coefficients(ModelSpec spec, ParameterSet parameters, Double scale) {
        if (scale != null && !(Double.isFinite(scale) && scale >= MIN_SCALE)) {
            throw InputException.field("--scale", "a scale of at least " + MIN_SCALE + " GeV", scale);
        }
        SmInputs sm = parameters.smInputs();
        LowEnergy le = ModelCatalogue.get(spec.model()).match(spec, sm);
        WilsonCoefficients atMatching = le.wetAtMatching();
        if (!Double.isFinite(atMatching.scale())) {
            throw InputException.of(spec.origin() + ": model " + spec.model()
                    + " has no WET coefficients to export (its matching sets no scale)");
        }
        return scale == null ? atMatching : WetRunning.forInputs(sm).run(atMatching, scale);
    }
}
