package org.lqflav.model.s1r2xi;

import java.util.List;
import java.util.Map;
import org.lqflav.eft.LowEnergy;
import org.lqflav.model.CouplingSpec;
import org.lqflav.model.ModelSpec;
import org.lqflav.model.ModelType;
import org.lqflav.param.SmInputs;

/** Seed 001: S1 + R2 leptoquarks + triplet xi. PLACEHOLDER (issue 3). */
public final class S1R2Xi implements ModelType {
    public static final String NAME = "S1R2xi";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "S1 + R2 leptoquarks + triplet xi (seed 001), not yet available";
    }

    @Override
    public List<String> massNames() {
        return List.of();
    }

    @Override
    public List<String> potentialNames() {
        return List.of();
    }

    @Override
    public List<CouplingSpec> couplings() {
        return List.of();
    }

    @Override
    public Map<String, List<String>> options() {
        return Map.of();
    }

    @Override
    public LowEnergy match(ModelSpec spec, SmInputs sm) {
        throw new UnsupportedOperationException("model S1R2xi is not yet available");
    }
}
