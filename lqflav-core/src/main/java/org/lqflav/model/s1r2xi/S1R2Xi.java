package org.lqflav.model.s1r2xi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.lqflav.InputException;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.QcdRunning;
import org.lqflav.eft.WetNames;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.CouplingSpec;
import org.lqflav.model.ModelSpec;
import org.lqflav.model.ModelType;
import org.lqflav.param.ParameterSet;
import org.lqflav.param.SmInputs;

/**
 * Seed 001: scalar leptoquarks S1 ~ (3,1,1/3) and R2 ~ (3,2,7/6) and the colour triplet xi ~ (3,3,2/3), with
 * two-loop Majorana neutrino masses (seed001 eqs. (1)-(5)). Couplings fL, fR (R2), yL, yR (S1) in the paper's
 * up-quark mass basis (eq. (2)): rows u, c, t; columns e, mu, tau. Down-type couplings are V^dagger fR (R2^{2/3})
 * and -V^T yL (S1 to neutrinos). Conventions and readings: docs/conventions.md#s1r2xi.
 */
public final class S1R2Xi implements ModelType {
    public static final String NAME = "S1R2xi";

    /** Option: sign of fL (the SU(2) contraction R2 . L of eq. (1)). */
    public static final String OPT_FL_SIGN = "fL_sign";
    /** fL enters with the sign opposite to eq. (2): R2 . L = -R^{5/3} l + R^{2/3} nu (reproduces Table III). */
    public static final String FL_FLIPPED = "flipped";
    /** fL as printed in eq. (2). */
    public static final String FL_EQ2 = "eq2";

    /** Option: which input fixes the two-loop normalisation m0 I0 of eq. (3). */
    public static final String OPT_NORMALISATION = "neutrino_normalisation";
    /** potential.m0I0 (GeV) is the normalisation, as in the paper's benchmarks. */
    public static final String NORM_M0I0 = "m0I0";
    /** I0 from eqs. (4)-(5) with the mixing angles and xi-like masses; m0 from g and m_t. */
    public static final String NORM_MIXING = "mixing";

    /** potential.m0I0: the two-loop normalisation m0 I0 of eq. (3), GeV (neutrino_normalisation: m0I0). */
    public static final String M0I0 = "m0I0";
    /** potential.theta_xi: mixing angle of the charge-1/3 states S1 - xi^{-1/3} (eq. (4)), degrees. */
    public static final String THETA = "theta_xi";
    /** potential.phi_xi: mixing angle of the charge-2/3 states R2^{2/3} - xi^{2/3} (eq. (4)), degrees. */
    public static final String PHI = "phi_xi";
    /** potential.M_xi13: mass M4 of the mostly-xi charge-1/3 state (eq. (5); M3 = masses.S1), GeV. */
    public static final String M_XI13 = "M_xi13";
    /** potential.M_xi23: mass M2 of the mostly-xi charge-2/3 state (eq. (5); M1 = masses.R2), GeV. */
    public static final String M_XI23 = "M_xi23";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "S1 + R2 leptoquarks + colour-triplet xi, two-loop neutrino masses (seed 001); potential: m0I0 [GeV], "
                + "or theta_xi, phi_xi [deg] with M_xi13, M_xi23 [GeV] (option neutrino_normalisation)";
    }

    @Override
    public List<String> massNames() {
        return List.of("R2", "S1");
    }

    @Override
    public List<String> potentialNames() {
        return List.of(M0I0, THETA, PHI, M_XI13, M_XI23);
    }

    @Override
    public List<CouplingSpec> couplings() {
        return List.of(
                new CouplingSpec("fL", false, "R2 coupling ubar_R R2 . L (eq. (1)): rows u,c,t, columns e,mu,tau"),
                new CouplingSpec("fR", false, "R2 coupling Qbar R2 l_R (eq. (1)), up-quark basis: rows u,c,t, "
                        + "columns e,mu,tau; the d_L coupling is V^dagger fR"),
                new CouplingSpec("yL", false, "S1 coupling Qbar^c . L (eq. (1)), up-quark basis: rows u,c,t, "
                        + "columns e,mu,tau; the d^c nu coupling is -V^T yL"),
                new CouplingSpec("yR", false, "S1 coupling ubar^c_R l_R (eq. (1)): rows u,c,t, columns e,mu,tau"));
    }

    @Override
    public Map<String, List<String>> options() {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put(OPT_FL_SIGN, List.of(FL_FLIPPED, FL_EQ2));
        o.put(OPT_NORMALISATION, List.of(NORM_M0I0, NORM_MIXING));
        return o;
    }

    @Override
    public LowEnergy match(ModelSpec spec, SmInputs sm) {
        double mR2 = spec.mass("R2");
        double mS1 = spec.mass("S1");
        String fLSign = option(spec, OPT_FL_SIGN);
        CMatrix3 fL = spec.coupling("fL").scale(fLSign.equals(FL_FLIPPED) ? -1 : 1);
        CMatrix3 fR = spec.coupling("fR");
        CMatrix3 yL = spec.coupling("yL");
        CMatrix3 yR = spec.coupling("yR");
        CMatrix3 fHat = sm.ckm.dagger().times(fR);                  // eq. (2): dbar_L (V^dagger fR) l_R R^{2/3}
        CMatrix3 yHat = sm.ckm.transpose().times(yL).scale(-1);    // eq. (2): dbar^c_L (-V^T yL) nu_L S1

        ParameterSet p = sm.parameterSet();
        double[] mUpLq = {p.value("seed001_m_u_1TeV"), p.value("seed001_m_c_1TeV"), p.value("seed001_m_t_1TeV")};
        double[] mUpLoop = {p.value("seed001_m_u_2GeV"), p.value("seed001_m_c_mc"), p.value("seed001_m_t_mt")};
        double[] mLepton = {sm.mLepton(0), sm.mLepton(1), sm.mLepton(2)};
        double[] mDown = {sm.mDown(0), sm.mDown(1), sm.mDown(2)};

        // m0 = 3 g^2 m_t / (sqrt2 (16 pi^2)^2) with g^2 = 4 sqrt2 G_F m_W^2 and the m_t of D_u, so that m0 D_u
        // does not depend on which m_t is used.
        double g = Math.sqrt(4 * Math.sqrt(2) * sm.gF * sm.mW * sm.mW);
        double m0 = S1R2XiMatching.m0(g, mUpLq[2]);
        double m0I0 = normalisation(spec, m0, sm.mW);
        CMatrix3 mNu = S1R2XiMatching.neutrinoMass(m0I0, yL, yR, fR, fL, mUpLq, mLepton).scale(1e9);
        checkFinite(spec, mNu);

        LowEnergy.Builder b = LowEnergy.builder()
                .provides(LowEnergy.Part.WET, LowEnergy.Part.DIPOLES, LowEnergy.Part.NEUTRINO_MASS);
        b.neutrinoMass = mNu;
        for (int i = 0; i < 3; i++) {
            for (int f = 0; f < 3; f++) {
                double mi = mLepton[i];
                double mf = mLepton[f];
                // S1: F = u^c (Q_F/Q_l = 2/3), l_R coupling yR, l_L coupling yL (eq. (2)).
                Complex[] s1 = S1R2XiMatching.dipole(yR, yL, mUpLoop, mS1, 2.0 / 3, i, f, mi, mf);
                // R2^{5/3}: F = u (Q_F/Q_l = -2/3), l_R coupling fR, l_L coupling fL.
                Complex[] r5 = S1R2XiMatching.dipole(fR, fL, mUpLoop, mR2, -2.0 / 3, i, f, mi, mf);
                // R2^{2/3}: F = d (Q_F/Q_l = 1/3), l_R coupling V^dagger fR only.
                Complex[] r2 = S1R2XiMatching.dipole(fHat, CMatrix3.ZERO, mDown, mR2, 1.0 / 3, i, f, mi, mf);
                b.dipoleL[i][f] = s1[0].add(r5[0]).add(r2[0]);
                b.dipoleR[i][f] = s1[1].add(r5[1]).add(r2[1]);
            }
        }
        wet(b, fL, fHat, yL, yR, yHat, mR2, mS1, sm);
        b.modelData = new S1R2XiData(fL, fR, fHat, yL, yR, yHat, mR2, mS1, mUpLoop, m0, m0I0, sm.gF);
        return b.build();
    }

    /** The validated option value (the default when a hand-built spec lacks it). */
    private String option(ModelSpec spec, String name) {
        List<String> allowed = options().get(name);
        String v = spec.option(name, allowed.get(0));
        if (!allowed.contains(v)) {
            throw InputException.field(spec.origin() + ": options." + name, "one of " + allowed, v);
        }
        return v;
    }

    /**
     * m0 I0 in GeV by the rule of the {@code neutrino_normalisation} option: {@code m0I0} takes potential.m0I0 and
     * requires the mixing entries to be absent (0); {@code mixing} computes I0 from eqs. (4)-(5) with
     * M1 = masses.R2, M2 = M_xi23, M3 = masses.S1, M4 = M_xi13 and requires m0I0 to be absent. An entry the chosen
     * rule ignores is an error, so that no input is silently unused.
     */
    private double normalisation(ModelSpec spec, double m0, double mW) {
        String mode = option(spec, OPT_NORMALISATION);
        String where = spec.origin() + ": potential.";
        if (mode.equals(NORM_M0I0)) {
            for (String unused : List.of(THETA, PHI, M_XI13, M_XI23)) {
                if (spec.potential(unused) != 0) {
                    throw InputException.field(where + unused, "no value (it is used only with options."
                            + OPT_NORMALISATION + ": " + NORM_MIXING + ")", spec.potential(unused));
                }
            }
            double v = spec.potential(M0I0);
            if (!Double.isFinite(v)) {
                throw InputException.field(where + M0I0, "a finite normalisation m0 I0 in GeV", v);
            }
            return v;
        }
        if (spec.potential(M0I0) != 0) {
            throw InputException.field(where + M0I0, "no value (options." + OPT_NORMALISATION + ": " + NORM_MIXING
                    + " computes m0 I0 from theta_xi, phi_xi, M_xi13, M_xi23)", spec.potential(M0I0));
        }
        for (String mass : List.of(M_XI13, M_XI23)) {
            double m = spec.potential(mass);
            if (!(m > 0) || Double.isInfinite(m)) {
                throw InputException.field(where + mass, "a mass in GeV, a finite number > 0 (needed by options."
                        + OPT_NORMALISATION + ": " + NORM_MIXING + ")", m);
            }
        }
        for (String angle : List.of(THETA, PHI)) {
            if (!Double.isFinite(spec.potential(angle))) {
                throw InputException.field(where + angle, "a finite angle in degrees", spec.potential(angle));
            }
        }
        double i0 = S1R2XiMatching.i0(Math.toRadians(spec.potential(THETA)), Math.toRadians(spec.potential(PHI)),
                spec.mass("R2"), spec.potential(M_XI23), spec.mass("S1"), spec.potential(M_XI13), mW);
        return m0 * i0;
    }

    private static void checkFinite(ModelSpec spec, CMatrix3 m) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (!Double.isFinite(m.re(i, j)) || !Double.isFinite(m.im(i, j))) {
                    throw InputException.field(spec.origin() + ": potential." + M0I0,
                            "a normalisation and couplings giving a finite neutrino mass matrix (eq. (3))",
                            "M_nu[" + (i + 1) + "][" + (j + 1) + "] = " + m.get(i, j));
                }
            }
        }
    }

    /** Tree-level WET: b -> s(d) l l' and s -> d (C9 = C10 from R2), d_k -> d_j nu nu (S1), b -> c l nu. */
    private static void wet(LowEnergy.Builder b, CMatrix3 fL, CMatrix3 fHat, CMatrix3 yL, CMatrix3 yR,
                            CMatrix3 yHat, double mR2, double mS1, SmInputs sm) {
        double mb = sm.mDown(2);
        double match = Math.max(mR2, mS1);
        b.scales(match, mb);
        CMatrix3 v = sm.ckm;
        double gF = sm.gF;
        double alpha = sm.alphaEm;
        Complex lambdaBs = S1R2XiMatching.timesConj(v.get(2, 2), v.get(2, 1));   // V_tb V_ts*
        Complex lambdaBd = S1R2XiMatching.timesConj(v.get(2, 2), v.get(2, 0));   // V_tb V_td*
        Complex lambdaSd = S1R2XiMatching.timesConj(v.get(2, 1), v.get(2, 0));   // V_ts V_td*
        for (int l = 0; l < 3; l++) {
            for (int lp = 0; lp < 3; lp++) {
                String pair = WetNames.lepton(l) + WetNames.lepton(lp);
                Complex bs = S1R2XiMatching.c9(fHat, 1, 2, l, lp, mR2, gF, alpha, lambdaBs);
                Complex bd = S1R2XiMatching.c9(fHat, 0, 2, l, lp, mR2, gF, alpha, lambdaBd);
                both(b, "C9_bs" + pair, bs, 1);
                both(b, "C10_bs" + pair, bs, 1);
                both(b, "C9_bd" + pair, bd, 1);
                both(b, "C10_bd" + pair, bd, 1);
                String nu = "nu" + WetNames.lepton(l) + "nu" + WetNames.lepton(lp);
                both(b, "CL_bs" + nu, S1R2XiMatching.cL(yHat, 1, 2, l, lp, mS1, gF, alpha, lambdaBs), 1);
                both(b, "CL_bd" + nu, S1R2XiMatching.cL(yHat, 0, 2, l, lp, mS1, gF, alpha, lambdaBd), 1);
                both(b, "CL_sd" + nu, S1R2XiMatching.cL(yHat, 0, 1, l, lp, mS1, gF, alpha, lambdaSd), 1);
            }
        }
        // b -> c l nu: scalar and tensor coefficients run from each leptoquark mass to m_b (eft.QcdRunning, LL);
        // the vector one does not run. wetAtMatching holds the m_b values run back up to max(M_R2, M_S1).
        QcdRunning qcd = new QcdRunning(sm.alphaS, sm.mZ, mb, sm.mUp(2));
        double sS1 = qcd.scalarFactor(mS1, mb);
        double tS1 = qcd.tensorFactor(mS1, mb);
        double sR2 = qcd.scalarFactor(mR2, mb);
        double tR2 = qcd.tensorFactor(mR2, mb);
        double sUp = 1 / qcd.scalarFactor(match, mb);
        double tUp = 1 / qcd.tensorFactor(match, mb);
        Complex vcb = v.get(1, 2);
        for (int f = 0; f < 3; f++) {
            for (int i = 0; i < 3; i++) {
                String bc = "_bc" + WetNames.lepton(f) + "nu" + WetNames.lepton(i);
                Complex cv = S1R2XiMatching.s1VectorL(yHat, yL, f, i, mS1, gF, vcb);
                Complex csS1 = S1R2XiMatching.s1ScalarL(yHat, yR, f, i, mS1, gF, vcb);
                Complex csR2 = S1R2XiMatching.r2ScalarL(fL, fHat, f, i, mR2, gF, vcb);
                Complex cs = csS1.multiply(sS1).add(csR2.multiply(sR2));
                Complex ct = csS1.multiply(-0.25 * tS1).add(csR2.multiply(0.25 * tR2));
                b.wet.set("CVL" + bc, cv);
                b.wet.set("CSL" + bc, cs);
                b.wet.set("CT" + bc, ct);
                b.wetAtMatching.set("CVL" + bc, cv);
                b.wetAtMatching.set("CSL" + bc, cs.multiply(sUp));
                b.wetAtMatching.set("CT" + bc, ct.multiply(tUp));
            }
        }
    }

    private static void both(LowEnergy.Builder b, String name, Complex atMatching, double running) {
        b.wetAtMatching.set(name, atMatching);
        b.wet.set(name, atMatching.multiply(running));
    }
}
