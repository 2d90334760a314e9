package org.lqflav.model.s1s3omega;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lqflav.eft.LowEnergy;
import org.lqflav.model.CouplingSpec;
import org.lqflav.model.ModelSpec;
import org.lqflav.model.ModelType;
import org.lqflav.param.SmInputs;

/**
 * Seed 000: scalar leptoquarks S1 ~ (3,1,1/3), S3 ~ (3,3,1/3) and the colour-sextet diquark omega ~ (6,1,2/3),
 * with two-loop Majorana neutrino masses (seed000 eqs. (10)-(18)). Couplings in the paper's basis: down-quark
 * and charged-lepton mass basis; up-type couplings are V* y (seed000 eqs. (11)-(13)).
 */
public final class S1S3Omega implements ModelType {
    public static final String NAME = "S1S3omega";
    /** Option: light-quark logs in the loop functions (seed000 text below eq. (44)). */
    public static final String OPT_LIGHT_LOGS = "light_quark_logs";
    /** Option: quark Z couplings in the x_Z terms of eq. (64). */
    public static final String OPT_EQ64 = "eq64_light_quark_couplings";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "S1 + S3 leptoquarks + colour-sextet diquark omega, two-loop neutrino masses (seed 000)";
    }

    @Override
    public List<String> massNames() {
        return List.of("S1", "S3", "omega");
    }

    @Override
    public List<String> potentialNames() {
        return List.of("mu1", "mu3");
    }

    @Override
    public List<CouplingSpec> couplings() {
        return List.of(
                new CouplingSpec("yL", false, "S1 coupling Qbar^c i sigma2 L: rows d,s,b (quark doublet), columns e,mu,tau"),
                new CouplingSpec("yR", false, "S1 coupling ubar^c_R l_R: rows u,c,t, columns e,mu,tau"),
                new CouplingSpec("yS", false, "S3 coupling Qbar^c i sigma2 sigma^a S3^a L: rows d,s,b, columns e,mu,tau"),
                new CouplingSpec("yomega", true, "omega coupling dbar^c_R d_R: rows and columns d,s,b (symmetric)"));
    }

    @Override
    public Map<String, List<String>> options() {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put(OPT_LIGHT_LOGS, List.of("mLQ", "physical"));
        o.put(OPT_EQ64, List.of("conjugate", "literal"));
        return o;
    }

    @Override
    public LowEnergy match(ModelSpec spec, SmInputs sm) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
