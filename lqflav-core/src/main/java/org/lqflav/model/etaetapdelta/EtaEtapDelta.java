package org.lqflav.model.etaetapdelta;

import java.util.List;
import java.util.Map;
import org.lqflav.eft.LowEnergy;
import org.lqflav.model.CouplingSpec;
import org.lqflav.model.ModelSpec;
import org.lqflav.model.ModelType;
import org.lqflav.param.SmInputs;

/** Seed 002: eta + eta' + Delta. PLACEHOLDER (issue 3). */
public final class EtaEtapDelta implements ModelType {
    public static final String NAME = "EtaEtapDelta";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "eta + eta' + Delta (seed 002), not yet available";
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
        throw new UnsupportedOperationException("model EtaEtapDelta is not yet available");
    }
}
