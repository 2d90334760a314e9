package org.lqflav.model.s1zprime;

import java.util.List;
import java.util.Map;
import org.lqflav.eft.LowEnergy;
import org.lqflav.model.CouplingSpec;
import org.lqflav.model.ModelSpec;
import org.lqflav.model.ModelType;
import org.lqflav.param.SmInputs;

/** Seed 004: S1 leptoquark + U(1)_{Lmu-Ltau} Z'. PLACEHOLDER (issue 3). */
public final class S1Zprime implements ModelType {
    public static final String NAME = "S1Zprime";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "S1 leptoquark + U(1)_{Lmu-Ltau} Z' (seed 004), not yet available";
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
        throw new UnsupportedOperationException("model S1Zprime is not yet available");
    }
}
