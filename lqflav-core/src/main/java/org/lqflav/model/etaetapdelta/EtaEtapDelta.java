package org.lqflav.model.etaetapdelta;

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
 * Seed 002: scalar leptoquarks eta ~ (3,2,1/6), eta' ~ (3,2,7/6) and Delta ~ (3bar,3,1/3) with the trilinear mu
 * term of (II.2) and a one-loop Majorana neutrino mass (eqs. (II.1)-(II.7)). Basis as in the paper: down quarks,
 * up quarks and charged leptons in the mass basis, with CKM mixing neglected inside the leptoquark couplings
 * (one matrix for both components of a doublet, eq. (II.5)). docs/conventions.md#etaetapdelta.
 *
 * <p>Two ways to give g: directly ({@code options.g_from: couplings}, the default), or from neutrino data through
 * eq. (II.7) ({@code g_from: neutrino_data}; {@link EtaEtapDeltaInversion}), so that every scan point fits the
 * neutrino data by construction.
 */
public final class EtaEtapDelta implements ModelType {
    public static final String NAME = "EtaEtapDelta";

    /** Option: where g comes from. */
    public static final String OPT_G_FROM = "g_from";
    /** Option: where the mixing angles alpha1, alpha2 of (II.4) come from. */
    public static final String OPT_MIXING_FROM = "mixing_from";
    /** Option: the loop integral of eq. (II.17). */
    public static final String OPT_DIPOLE_LOOP = "dipole_loop";
    /** Option: how a_L follows from a_R (text below eq. (II.17)). */
    public static final String OPT_AL = "aL";
    /** Option: the htilde term of eq. (II.20) for down-type mesons. */
    public static final String OPT_HTILDE_DOWN = "htilde_in_down_mixing";

    static final List<String> MASSES = List.of("A1", "B1", "A2", "B2", "delta4", "etap5", "etap2");
    static final List<String> NEUTRINO_INPUTS = List.of("nu_ordering", "nu_m_lightest", "nu_dm2_21", "nu_dm2_3l",
            "nu_theta12", "nu_theta23", "nu_theta13", "nu_delta", "nu_alpha21", "nu_alpha31");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "eta + eta' + Delta leptoquarks with a one-loop neutrino mass and the eq. (II.7) inversion (seed 002)";
    }

    /**
     * GeV: A1, B1 (charge-1/3 mass eigenstates of eta_{1/3}, delta_{1/3}, eq. (II.4)), A2, B2 (charge 2/3, of
     * eta_{2/3}, delta_{2/3}), delta4 (delta_{4/3}), etap5 (eta'_{5/3}), etap2 (eta'_{2/3}).
     */
    @Override
    public List<String> massNames() {
        return MASSES;
    }

    /**
     * alpha1, alpha2 (rad), mu (GeV), and the neutrino data used with {@code g_from: neutrino_data}: nu_ordering
     * (+1 normal, -1 inverted), nu_m_lightest (eV), nu_dm2_21 and nu_dm2_3l (eV^2, NuFIT's |Delta m^2_3l|),
     * nu_theta12, nu_theta23, nu_theta13, nu_delta, nu_alpha21, nu_alpha31 (degrees, PDG convention).
     */
    @Override
    public List<String> potentialNames() {
        List<String> p = new java.util.ArrayList<>(List.of("alpha1", "alpha2", "mu"));
        p.addAll(NEUTRINO_INPUTS);
        return List.copyOf(p);
    }

    @Override
    public List<CouplingSpec> couplings() {
        return List.of(
                new CouplingSpec("f", false, "eta coupling dbar_R eta~^dagger L (eq. (II.1)): rows d,s,b, columns e,mu,tau"),
                new CouplingSpec("g", false, "Delta coupling Qbar^c i sigma2 Delta L: rows quark doublet 1,2,3, columns "
                        + "e,mu,tau (with g_from: neutrino_data it is solved from eq. (II.7) and must not be given)"),
                new CouplingSpec("h", false, "eta' coupling Qbar eta' l_R: rows quark doublet 1,2,3, columns e,mu,tau"),
                new CouplingSpec("htilde", false, "eta' coupling Lbar eta'~ u_R: rows e,mu,tau (lepton doublet), "
                        + "columns u,c,t (note: [lepton][quark], as in eq. (II.1))"),
                new CouplingSpec("A", false, "complex antisymmetric matrix A of eq. (II.7) in GeV, rows and columns "
                        + "e,mu,tau; only with g_from: neutrino_data"));
    }

    @Override
    public Map<String, List<String>> options() {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put(OPT_G_FROM, List.of("couplings", "neutrino_data"));
        o.put(OPT_MIXING_FROM, List.of("angles", "mu"));
        o.put(OPT_DIPOLE_LOOP, List.of("printed", "standard"));
        o.put(OPT_AL, List.of("hermitian", "literal"));
        o.put(OPT_HTILDE_DOWN, List.of("printed", "omit"));
        return o;
    }

    @Override
    public LowEnergy match(ModelSpec spec, SmInputs sm) {
        double mA1 = spec.mass("A1");
        double mB1 = spec.mass("B1");
        double mA2 = spec.mass("A2");
        double mB2 = spec.mass("B2");
        double mDelta4 = spec.mass("delta4");
        double mEtap5 = spec.mass("etap5");
        double mEtap2 = spec.mass("etap2");
        double[] alpha = mixingAngles(spec, sm.v, mA1, mB1, mA2, mB2);
        double s1 = Math.sin(alpha[0]);
        double c1 = Math.cos(alpha[0]);
        double s2 = Math.sin(alpha[1]);
        double c2 = Math.cos(alpha[1]);
        CMatrix3 f = spec.coupling("f");
        CMatrix3 h = spec.coupling("h");
        CMatrix3 ht = spec.coupling("htilde");

        double[] r = rFactors(alpha[0], mA1, mB1, sm);
        CMatrix3 g = gCoupling(spec, f, r);

        LowEnergy.Builder b = LowEnergy.builder()
                .provides(LowEnergy.Part.WET, LowEnergy.Part.DIPOLES, LowEnergy.Part.NEUTRINO_MASS);
        b.neutrinoMass = EtaEtapDeltaFormulas.neutrinoMass(f, g, r).scale(1e9);   // eq. (II.6), eV
        dipoles(b, spec, g, h, ht, s1, c1, mA1, mB1, mDelta4, mEtap5, sm);
        b.scales(mEtap2, sm.mDown(2));
        semileptonic(b, f, g, h, ht, s1, c1, s2, c2, mA1, mB1, mA2, mB2, mDelta4, mEtap2, sm);
        double[] dm = mesonMixing(b, spec, f, g, h, ht, alpha, mA1, mB1, mA2, mB2, mDelta4, mEtap5, mEtap2, sm);
        photonDipoles(b, sm);
        b.modelData = new EtaEtapDeltaData(g, r, alpha[0], alpha[1], dm[0], dm[1], dm[2], dm[3]);
        return b.build();
    }

    // ------------------------------------------------------------------------------------------ inputs

    /** (alpha1, alpha2) in rad: given, or from the mu term (docs/conventions.md#etaetapdelta). */
    private static double[] mixingAngles(ModelSpec spec, double v, double mA1, double mB1, double mA2, double mB2) {
        String origin = spec.origin();
        double mu = spec.potential("mu");
        if (spec.option(OPT_MIXING_FROM, "angles").equals("angles")) {
            if (mu != 0) {
                throw InputException.field(origin + ": potential.mu", "no mu with options." + OPT_MIXING_FROM
                        + " = angles (alpha1, alpha2 are given; set options." + OPT_MIXING_FROM
                        + ": mu to derive them from mu)", mu);
            }
            return new double[] {spec.potential("alpha1"), spec.potential("alpha2")};
        }
        for (String a : List.of("alpha1", "alpha2")) {
            if (spec.potential(a) != 0) {
                throw InputException.field(origin + ": potential." + a, "no " + a + " with options." + OPT_MIXING_FROM
                        + " = mu (the angles follow from mu and the masses)", spec.potential(a));
            }
        }
        double sin1 = mu == 0 ? 0 : EtaEtapDeltaFormulas.sin2Alpha1FromMu(mu, v, mA1, mB1);
        double sin2 = mu == 0 ? 0 : EtaEtapDeltaFormulas.sin2Alpha2FromMu(mu, v, mA2, mB2);
        if (!(Math.abs(sin1) <= 1)) {
            throw InputException.field(origin + ": potential.mu", "|mu| v <= |m_A1^2 - m_B1^2| (sin 2 alpha1 = "
                    + "mu v/(m_A1^2 - m_B1^2), v = " + v + " GeV)", mu);
        }
        if (!(Math.abs(sin2) <= 1)) {
            throw InputException.field(origin + ": potential.mu", "sqrt(2) |mu| v <= |m_A2^2 - m_B2^2| (sin 2 alpha2 = "
                    + "-sqrt(2) mu v/(m_A2^2 - m_B2^2), v = " + v + " GeV)", mu);
        }
        return new double[] {Math.asin(sin1) / 2, Math.asin(sin2) / 2};
    }

    /**
     * R_i of eq. (II.6) with MS-bar down-quark masses run at three loops ({@link QuarkMassRunning}) from 2 GeV (d, s)
     * and m_b(m_b) to mu = m_A1: the chirality flip sits inside the TeV loop (the paper does not say which scale;
     * the seed-002 reproduction notes use M_LQ and three-loop QCD).
     */
    static double[] rFactors(double alpha1, double mA1, double mB1, SmInputs sm) {
        double[] m = runningDownMasses(mA1, sm);
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            r[i] = EtaEtapDeltaFormulas.r(alpha1, mA1, mB1, m[i]);
        }
        return r;
    }

    /** MS-bar (m_d, m_s, m_b) at mu, GeV. */
    static double[] runningDownMasses(double mu, SmInputs sm) {
        QuarkMassRunning run = new QuarkMassRunning(sm.alphaS, sm.mZ, sm.mDown(2), sm.mUp(2));
        double light = run.massRatio(2.0, mu);
        return new double[] {sm.mDown(0) * light, sm.mDown(1) * light, sm.mDown(2) * run.massRatio(sm.mDown(2), mu)};
    }

    /** g as given, or solved from the neutrino data by eq. (II.7); checks that the unused inputs are absent. */
    private static CMatrix3 gCoupling(ModelSpec spec, CMatrix3 f, double[] r) {
        String origin = spec.origin();
        CMatrix3 a = spec.coupling("A");
        if (spec.option(OPT_G_FROM, "couplings").equals("couplings")) {
            for (String n : NEUTRINO_INPUTS) {
                if (spec.potential(n) != 0) {
                    throw InputException.field(origin + ": potential." + n, "no neutrino data with options."
                            + OPT_G_FROM + " = couplings (set options." + OPT_G_FROM + ": neutrino_data to solve g "
                            + "from it)", spec.potential(n));
                }
            }
            if (!a.equals(CMatrix3.ZERO)) {
                throw InputException.of(origin + ": couplings.A: expected no A with options." + OPT_G_FROM
                        + " = couplings (A enters only eq. (II.7)), got a non-zero matrix");
            }
            return spec.coupling("g");
        }
        if (!spec.coupling("g").equals(CMatrix3.ZERO)) {
            throw InputException.of(origin + ": couplings.g: expected no g with options." + OPT_G_FROM
                    + " = neutrino_data (g is solved from eq. (II.7)), got a non-zero matrix");
        }
        checkAntisymmetric(a, origin + ": couplings.A");
        EtaEtapDeltaInversion.NeutrinoData nu = neutrinoData(spec);
        if (r[0] == 0) {
            throw InputException.of(origin + ": potential.alpha1: expected R_i != 0 for options." + OPT_G_FROM
                    + " = neutrino_data (R_i ~ sin(2 alpha1) ln(m_A1/m_B1), eq. (II.6)), got alpha1 = "
                    + spec.potential("alpha1") + (spec.mass("A1") == spec.mass("B1") ? " and masses.A1 = masses.B1" : "")
                    + " (R = 0)");
        }
        try {
            return EtaEtapDeltaInversion.solveG(nu, f, r, a);
        } catch (IllegalArgumentException e) {
            throw InputException.of(origin + ": couplings.f: expected an invertible matrix (options." + OPT_G_FROM
                    + " = neutrino_data solves eq. (II.7) with (f^T)^-1), got a singular one");
        }
    }

    /** The neutrino data of the model file, each entry checked with its field name. */
    static EtaEtapDeltaInversion.NeutrinoData neutrinoData(ModelSpec spec) {
        String p = spec.origin() + ": potential.";
        double ordering = spec.potential("nu_ordering");
        if (ordering != 1 && ordering != -1) {
            throw InputException.field(p + "nu_ordering", "+1 (normal) or -1 (inverted ordering)", ordering);
        }
        double ml = spec.potential("nu_m_lightest");
        if (ml < 0) {
            throw InputException.field(p + "nu_m_lightest", "the lightest neutrino mass in eV, >= 0", ml);
        }
        double d21 = spec.potential("nu_dm2_21");
        if (!(d21 > 0)) {
            throw InputException.field(p + "nu_dm2_21", "m2^2 - m1^2 in eV^2, > 0", d21);
        }
        double d3l = spec.potential("nu_dm2_3l");
        if (!(d3l > 2 * d21)) {
            throw InputException.field(p + "nu_dm2_3l", "|Delta m^2_3l| in eV^2, > 2 nu_dm2_21 = " + 2 * d21
                    + " (the solar pair must be the closest)", d3l);
        }
        for (String t : List.of("nu_theta12", "nu_theta23", "nu_theta13")) {
            double v = spec.potential(t);
            if (v < 0 || v > 90) {
                throw InputException.field(p + t, "a mixing angle in degrees, in [0, 90]", v);
            }
        }
        return new EtaEtapDeltaInversion.NeutrinoData(ordering > 0, ml, d21, d3l, spec.potential("nu_theta12"),
                spec.potential("nu_theta23"), spec.potential("nu_theta13"), spec.potential("nu_delta"),
                spec.potential("nu_alpha21"), spec.potential("nu_alpha31"));
    }

    /** A complex antisymmetric: A_ij = -A_ji, zero diagonal (relative tolerance 1e-12 of the largest entry). */
    static void checkAntisymmetric(CMatrix3 a, String where) {
        double scale = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                scale = Math.max(scale, a.get(i, j).norm());
            }
        }
        double tol = 1e-12 * scale;
        for (int i = 0; i < 3; i++) {
            if (a.get(i, i).norm() > tol) {
                throw InputException.of(where + ": expected an antisymmetric matrix ([i][j] = -[j][i], zero diagonal), "
                        + "got [" + (i + 1) + "][" + (i + 1) + "] = " + org.lqflav.math.ComplexNumbers.format(a.get(i, i)));
            }
            for (int j = i + 1; j < 3; j++) {
                if (a.get(i, j).add(a.get(j, i)).norm() > tol) {
                    throw InputException.of(where + ": expected an antisymmetric matrix ([i][j] = -[j][i], zero "
                            + "diagonal), got [" + (i + 1) + "][" + (j + 1) + "] = "
                            + org.lqflav.math.ComplexNumbers.format(a.get(i, j)) + " but [" + (j + 1) + "][" + (i + 1)
                            + "] = " + org.lqflav.math.ComplexNumbers.format(a.get(j, i)));
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ dipoles

    /**
     * sigma_R^{ab} = i (a_R)_{ab}, sigma_L^{ab} = i (a_L)_{ab} (docs/conventions.md#dipoles): with eq. (II.16) this
     * gives the same |sigma|^2 as |a|^2, and with the generic Delta a = Re[i m (sigma_L + sigma_R)] it is eq. (II.19).
     */
    private static void dipoles(LowEnergy.Builder b, ModelSpec spec, CMatrix3 g, CMatrix3 h, CMatrix3 ht, double s1,
                                double c1, double mA1, double mB1, double mDelta4, double mEtap5, SmInputs sm) {
        boolean standard = spec.option(OPT_DIPOLE_LOOP, "printed").equals("standard");
        boolean literal = spec.option(OPT_AL, "hermitian").equals("literal");
        double mt = sm.mUp(2);
        double mc = sm.mUp(1);
        double jTop = standard ? EtaEtapDeltaFormulas.jStandard(mt, mEtap5) : EtaEtapDeltaFormulas.jPrinted(mt, mEtap5);
        double jCharm = standard ? EtaEtapDeltaFormulas.jStandard(mc, mEtap5) : EtaEtapDeltaFormulas.jPrinted(mc, mEtap5);
        double kA1B1 = s1 * s1 / (mA1 * mA1) + c1 * c1 / (mB1 * mB1);
        Complex i = Complex.I;
        for (int a = 0; a < 3; a++) {
            for (int f = 0; f < 3; f++) {
                double ma = sm.mLepton(a);
                double mf = sm.mLepton(f);
                Complex aR = EtaEtapDeltaFormulas.aR(g, h, ht, a, f, mt, mc, jTop, jCharm, kA1B1, mDelta4, mEtap5,
                        ma, mf);
                // a_L: hermitian conjugate of a_R (which is "m_a <-> m_b in the last line" for the non-enhanced
                // part), or literally a_R with m_a <-> m_b in the last line (text below eq. (II.17)).
                Complex aL = literal
                        ? EtaEtapDeltaFormulas.aR(g, h, ht, a, f, mt, mc, jTop, jCharm, kA1B1, mDelta4, mEtap5, mf, ma)
                        : EtaEtapDeltaFormulas.aR(g, h, ht, f, a, mt, mc, jTop, jCharm, kA1B1, mDelta4, mEtap5, mf, ma)
                                .conjugate();
                b.dipoleR[a][f] = i.multiply(aR);
                b.dipoleL[a][f] = i.multiply(aL);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ WET

    /** b -> s l l, b -> d l l (eqs. (II.8)-(II.10)), d_i -> d_j nu nu and b -> c l nu (not in the paper). */
    private static void semileptonic(LowEnergy.Builder b, CMatrix3 f, CMatrix3 g, CMatrix3 h, CMatrix3 ht, double s1,
                                     double c1, double s2, double c2, double mA1, double mB1, double mA2, double mB2,
                                     double mDelta4, double mEtap2, SmInputs sm) {
        CMatrix3 v = sm.ckm;
        double kA2B2 = c2 * c2 / (mA2 * mA2) + s2 * s2 / (mB2 * mB2);
        double kG = s1 * s1 / (2 * mA1 * mA1) + c1 * c1 / (2 * mB1 * mB1);
        double kF = c1 * c1 / (mA1 * mA1) + s1 * s1 / (mB1 * mB1);
        // {name, out, in} with lambda = V_{t,in} V*_{t,out} (flavio basis)
        Object[][] llSectors = {{"bs", 1, 2}, {"bd", 0, 2}};
        Object[][] nuSectors = {{"bs", 1, 2}, {"bd", 0, 2}, {"sd", 1, 0}};
        for (Object[] s : llSectors) {
            int out = (Integer) s[1];
            int in = (Integer) s[2];
            Complex cSm = EtaEtapDeltaFormulas.cSm(v.get(2, in).multiply(v.get(2, out).conjugate()), sm.alphaEm, sm.gF);
            for (int l1 = 0; l1 < 3; l1++) {
                for (int l2 = 0; l2 < 3; l2++) {
                    Complex[] c = EtaEtapDeltaFormulas.c9c10(f, g, h, out, in, l1, l2, kA2B2, mDelta4, mEtap2, cSm);
                    String suffix = "_" + s[0] + WetNames.lepton(l1) + WetNames.lepton(l2);
                    setBoth(b, "C9" + suffix, c[0], 1);
                    setBoth(b, "C10" + suffix, c[1], 1);
                    setBoth(b, "C9p" + suffix, c[2], 1);
                    setBoth(b, "C10p" + suffix, c[3], 1);
                }
            }
        }
        for (Object[] s : nuSectors) {
            int out = (Integer) s[1];
            int in = (Integer) s[2];
            Complex cSm = EtaEtapDeltaFormulas.cSm(v.get(2, in).multiply(v.get(2, out).conjugate()), sm.alphaEm, sm.gF);
            for (int a = 0; a < 3; a++) {
                for (int bb = 0; bb < 3; bb++) {
                    Complex[] c = EtaEtapDeltaFormulas.cLcR(f, g, out, in, a, bb, kG, kF, cSm);
                    String suffix = "_" + s[0] + "nu" + WetNames.lepton(a) + "nu" + WetNames.lepton(bb);
                    setBoth(b, "CL" + suffix, c[0], 1);
                    setBoth(b, "CR" + suffix, c[1], 1);
                }
            }
        }
        QcdRunning qcd = new QcdRunning(sm.alphaS, sm.mZ, sm.mDown(2), sm.mUp(2));
        double runS = qcd.scalarFactor(mEtap2, sm.mDown(2));
        double runT = qcd.tensorFactor(mEtap2, sm.mDown(2));
        double v2 = 1 / (Math.sqrt(2) * sm.gF);
        Complex vcb = v.get(1, 2);
        for (int l = 0; l < 3; l++) {
            for (int n = 0; n < 3; n++) {
                String bc = "_bc" + WetNames.lepton(l) + "nu" + WetNames.lepton(n);
                setBoth(b, "CVL" + bc, EtaEtapDeltaFormulas.cVL(g, l, n, kG, v2, vcb), 1);
                Complex cs = EtaEtapDeltaFormulas.cSL(h, ht, l, n, mEtap2, v2, vcb);
                setBoth(b, "CSL" + bc, cs, runS);
                setBoth(b, "CT" + bc, cs.multiply(0.25), runT);
            }
        }
    }

    /**
     * The dipoles as flavio's Cgamma (L = Cgamma_{if} (lbar_{f,L} sigma^{mu nu} l_{i,R}) F_{mu nu} + h.c., GeV^-1):
     * Cgamma_{if} = i (e/2) sigma_R^{if} and Cgamma_{fi} = conj(i (e/2) sigma_L^{if}), e = sqrt(4 pi alpha)
     * (docs/conventions.md#wcxf-normalisations); then flavio's Gamma = m^3 (|Cgamma_if|^2 + |Cgamma_fi|^2)/(4 pi)
     * is the dipole width. Not run. The reversed names (Cgamma_emu, ...) are filled where WetNames has them.
     */
    private static void photonDipoles(LowEnergy.Builder b, SmInputs sm) {
        Complex ie2 = new Complex(0, Math.sqrt(4 * Math.PI * sm.alphaEm) / 2);
        for (int[] p : new int[][] {{1, 0}, {2, 0}, {2, 1}}) {
            String i = WetNames.lepton(p[0]);
            String f = WetNames.lepton(p[1]);
            setBoth(b, "Cgamma_" + i + f, b.dipoleR[p[0]][p[1]].multiply(ie2), 1);
            if (WetNames.isKnown("Cgamma_" + f + i)) {
                setBoth(b, "Cgamma_" + f + i, b.dipoleL[p[0]][p[1]].multiply(ie2).conjugate(), 1);
            }
        }
    }

    private static void setBoth(LowEnergy.Builder b, String name, Complex atMatching, double running) {
        b.wetAtMatching.set(name, atMatching);
        b.wet.set(name, atMatching.multiply(running));
    }

    // ------------------------------------------------------------------------------------------ mixing

    /**
     * Eqs. (II.20)-(II.22) as printed for K (ijkl = 1221), Bd (1331), Bs (2332) and D (2112), with "f^u_{M_d}" of
     * (II.21) read as f_D^2; fills flavio's CVLL and CVRR of the same box sums (not run). Returns the printed
     * Delta m (GeV) of K, Bd, Bs, D.
     */
    private static double[] mesonMixing(LowEnergy.Builder b, ModelSpec spec, CMatrix3 f, CMatrix3 g, CMatrix3 h,
                                        CMatrix3 ht, double[] alpha, double mA1, double mB1, double mA2, double mB2,
                                        double mDelta4, double mEtap5, double mEtap2, SmInputs sm) {
        ParameterSet p = sm.parameterSet();
        boolean htildeDown = spec.option(OPT_HTILDE_DOWN, "printed").equals("printed");
        double fBracket = EtaEtapDeltaFormulas.mixingBracket(alpha[0], mA1, mB1, 1, false)
                + EtaEtapDeltaFormulas.mixingBracket(alpha[1], mA2, mB2, 1, false);
        double gBracketDown = EtaEtapDeltaFormulas.mixingBracket(alpha[0], mA1, mB1, -1, true)
                + 4 / (mDelta4 * mDelta4);
        double gBracketUp = EtaEtapDeltaFormulas.mixingBracket(alpha[0], mA1, mB1, -1, true)
                + 4 * EtaEtapDeltaFormulas.mixingBracket(alpha[1], mA2, mB2, -1, true);
        // {sector, out, in, meson mass key, decay constant key}; flavio operators (dbar s)^2, (dbar b)^2, (sbar b)^2
        Object[][] down = {{"sdsd", 0, 1, "seed002_m_K", "seed002_f_K"}, {"bdbd", 0, 2, "seed002_m_Bd", "seed002_f_Bd"},
            {"bsbs", 1, 2, "m_Bs", "seed002_f_Bs"}};
        double[] dm = new double[4];
        for (int k = 0; k < down.length; k++) {
            int out = (Integer) down[k][1];
            int in = (Integer) down[k][2];
            Complex pf = EtaEtapDeltaFormulas.currentCreate(f, out, in);
            Complex pg = EtaEtapDeltaFormulas.currentConjugate(g, out, in);
            Complex ph = EtaEtapDeltaFormulas.currentCreate(h, out, in);
            Complex pt = EtaEtapDeltaFormulas.currentHtilde(ht, out, in);
            Complex ll = pg.multiply(pg).multiply(gBracketDown / 4).add(ph.multiply(ph).divide(mEtap2 * mEtap2));
            Complex rr = pf.multiply(pf).multiply(fBracket)
                    .add(htildeDown ? pt.multiply(pt).divide(mEtap2 * mEtap2) : Complex.ZERO);
            String sector = (String) down[k][0];
            setBoth(b, "CVLL_" + sector, EtaEtapDeltaFormulas.deltaF2Coefficient(ll), 1);
            setBoth(b, "CVRR_" + sector, EtaEtapDeltaFormulas.deltaF2Coefficient(rr), 1);
            dm[k] = EtaEtapDeltaFormulas.deltaM(p.value((String) down[k][3]), p.value((String) down[k][4]), ll.add(rr));
        }
        // D0: flavio operator (cbar u)^2, out = c, in = u; up-type rows of g, h and columns of htilde.
        Complex pg = EtaEtapDeltaFormulas.currentConjugate(g, 1, 0);
        Complex ph = EtaEtapDeltaFormulas.currentCreate(h, 1, 0);
        Complex pt = EtaEtapDeltaFormulas.currentHtilde(ht, 1, 0);
        Complex ll = pg.multiply(pg).multiply(gBracketUp / 4).add(ph.multiply(ph).divide(mEtap5 * mEtap5));
        Complex rr = pt.multiply(pt).divide(mEtap5 * mEtap5);
        setBoth(b, "CVLL_ucuc", EtaEtapDeltaFormulas.deltaF2Coefficient(ll), 1);
        setBoth(b, "CVRR_ucuc", EtaEtapDeltaFormulas.deltaF2Coefficient(rr), 1);
        dm[3] = EtaEtapDeltaFormulas.deltaM(p.value("seed002_m_D"), p.value("seed002_f_D"), ll.add(rr));
        return dm;
    }
}
