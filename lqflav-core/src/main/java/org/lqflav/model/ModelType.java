package org.lqflav.model;

import java.util.List;
import java.util.Map;
import org.lqflav.eft.LowEnergy;
import org.lqflav.param.SmInputs;

/**
 * One UV model of the seeds: what its model file may contain, and its matching onto low-energy quantities.
 * Registered in {@link ModelCatalogue}.
 */
public interface ModelType {
    /** Name used in model files ({@code model: NAME}). */
    String name();

    /** One line for listings: fields and source paper. */
    String description();

    /** Fields whose masses (GeV, positive) a model file must give. */
    List<String> massNames();

    /** Scalar-potential couplings a model file may give (default 0), with units in the description. */
    List<String> potentialNames();

    /** Yukawa matrices a model file may give (default zero), each 3x3. */
    List<CouplingSpec> couplings();

    /** Options: name -> allowed values; the first value is the default (the paper's reading). */
    Map<String, List<String>> options();

    /** Match the model onto the low-energy quantities observables are computed from. */
    LowEnergy match(ModelSpec spec, SmInputs sm);

    /**
     * Match only what observables needing {@code needed} read (a scan asking for a few observables need not pay for
     * the rest). The result must still declare exactly the parts it computed. Models that cannot skip work use this
     * default, which computes everything.
     */
    default LowEnergy match(ModelSpec spec, SmInputs sm, java.util.Set<LowEnergy.Part> needed) {
        return match(spec, sm);
    }

    /**
     * A reusable matching workspace loaded with {@code base} (scan and fit loops), or null when the model has none
     * (callers then go through {@link #match}).
     */
    default MatchingKernel kernel(ModelSpec base, SmInputs sm) {
        return null;
    }
}
