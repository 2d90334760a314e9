package org.lqflav.model.s1s3omega;

import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.CouplingSpec;
import org.lqflav.model.MatchingKernel;
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
        return match(spec, sm, EnumSet.allOf(Part.class));
    }

    /**
     * Computes the needed parts (WET also needs the dipoles and C1, which it exports as Cgamma and CVLL_bsbs), with
     * the same code a scan runs per point: a fresh {@link S1S3OmegaKernel} loaded from the model file.
     */
    @Override
    public LowEnergy match(ModelSpec spec, SmInputs sm, Set<Part> needed) {
        S1S3OmegaKernel k = new S1S3OmegaKernel(spec, sm);
        return k.match(k.parts(needed));
    }

    @Override
    public MatchingKernel kernel(ModelSpec base, SmInputs sm) {
        return new S1S3OmegaKernel(base, sm);
    }

    /** delta g of the Z couplings, seed000 eq. (64) with the couplings w^u, w^d listed below it. */
    static void zCouplings(LowEnergy.Reusable b, boolean conjugate, S1S3OmegaKernel.Mat yL, S1S3OmegaKernel.Mat yR,
                           S1S3OmegaKernel.Mat yS, S1S3OmegaKernel.Mat w, S1S3OmegaKernel.Mat wS, double m1,
                           double m3, SmInputs sm) {
        double s2w = sm.s2w;
        double guL = 0.5 - 2.0 / 3 * s2w;
        double guR = -2.0 / 3 * s2w;
        double gdL = -0.5 + 1.0 / 3 * s2w;
        double gdR = 1.0 / 3 * s2w;
        double glL = -0.5 + s2w;
        double glR = s2w;
        // x_Z terms: the leptoquark couples to q^c, whose Z couplings are -g^q of the other chirality.
        double upForL = conjugate ? -guR : guL;
        double downForL = conjugate ? -gdR : gdL;
        double upForR = conjugate ? -guL : guR;
        double downForR = conjugate ? -gdL : gdR;
        double mt = sm.mUp(2);
        double mZ = sm.mZ;
        double sqrt2 = Math.sqrt(2);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                // S1: u^c l with V*yL; S3: u^c l with -V*yS and d^c l with -sqrt(2) yS
                S1S3OmegaMatching.deltaG(w, 1, null, 0, i, j, m1, mt, mZ, guL - guR, upForL, downForL, glL, b.dgL);
                S1S3OmegaMatching.deltaG(wS, -1, yS, -sqrt2, i, j, m3, mt, mZ, guL - guR, upForL, downForL, glL,
                        b.dgL);
                S1S3OmegaMatching.deltaG(yR, 1, null, 0, i, j, m1, mt, mZ, guR - guL, upForR, downForR, glR, b.dgR);
                // Neutrinos (eq. (71) needs delta g_nu; eq. (64) with the neutrino couplings of eqs. (12)-(13):
                // S1: d^c nu with -yL; S3: d^c nu with -yS and u^c nu with sqrt(2) V*yS; g^nu_L = 1/2.
                S1S3OmegaMatching.deltaG(null, 0, yL, -1, i, j, m1, mt, mZ, guL - guR, upForL, downForL, 0.5, b.dgNu);
                S1S3OmegaMatching.deltaG(wS, sqrt2, yS, -1, i, j, m3, mt, mZ, guL - guR, upForL, downForL, 0.5,
                        b.dgNu);
            }
        }
    }

    /** Two-loop Majorana mass matrix, seed000 eq. (16) (computed by {@link S1S3OmegaKernel}); eV. */
    static CMatrix3 neutrinoMass(ModelSpec spec, SmInputs sm) {
        S1S3OmegaKernel k = new S1S3OmegaKernel(spec, sm);
        return k.match(k.parts(EnumSet.of(Part.NEUTRINO_MASS))).neutrinoMass();
    }
}
