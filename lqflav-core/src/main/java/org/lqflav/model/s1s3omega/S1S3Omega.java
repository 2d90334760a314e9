package org.lqflav.model.s1s3omega;

import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.eft.WetNames;
import org.lqflav.math.CMatrix3;
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
        return match(spec, sm, EnumSet.allOf(Part.class));
    }

    /** Computes the needed parts (WET also needs the dipoles and C1, which it exports as Cgamma and CVLL_bsbs). */
    @Override
    public LowEnergy match(ModelSpec spec, SmInputs sm, Set<Part> needed) {
        EnumSet<Part> parts = EnumSet.noneOf(Part.class);
        parts.addAll(needed);
        if (parts.contains(Part.WET)) {
            parts.add(Part.DIPOLES);
            parts.add(Part.BS_MIXING);
        }
        double m1 = spec.mass("S1");
        double m3 = spec.mass("S3");
        CMatrix3 yL = spec.coupling("yL");
        CMatrix3 yR = spec.coupling("yR");
        CMatrix3 yS = spec.coupling("yS");
        CMatrix3 vStar = sm.ckm.conjugate();
        CMatrix3 w = vStar.times(yL);     // seed000 eq. (12)
        CMatrix3 wS = vStar.times(yS);    // seed000 eq. (13)
        boolean physicalLogs = spec.option(OPT_LIGHT_LOGS, "mLQ").equals("physical");
        double[] mUp = {sm.mUp(0), sm.mUp(1), sm.mUp(2)};
        double[] mDown = {sm.mDown(0), sm.mDown(1), sm.mDown(2)};
        double[] logUp1 = logs(mUp, m1, true, physicalLogs);
        double[] logUp3 = logs(mUp, m3, true, physicalLogs);
        double[] logDown3 = logs(mDown, m3, false, physicalLogs);
        double[] dipoleLog = new double[3];
        for (int q = 0; q < 3; q++) {
            dipoleLog[q] = 7.0 / 6 + 2.0 / 3 * logUp1[q];   // seed000 eqs. (21), (41)-(42)
        }

        LowEnergy.Builder b = LowEnergy.builder().provides(parts.toArray(new Part[0]));
        for (int i = 0; i < 3; i++) {
            for (int f = 0; f < 3; f++) {
                double mi = sm.mLepton(i);
                double mf = sm.mLepton(f);
                if (parts.contains(Part.DIPOLES)) {
                    Complex[] d1 = S1S3OmegaMatching.s1Dipole(w, yR, i, f, m1, mUp, dipoleLog, mi, mf);
                    Complex[] d3 = S1S3OmegaMatching.s3Dipole(wS, yS, i, f, m3, mi, mf);
                    b.dipoleL[i][f] = d1[0].add(d3[0]);
                    b.dipoleR[i][f] = d1[1].add(d3[1]);
                }
                if (!parts.contains(Part.LFV_PENGUINS)) {
                    continue;
                }
                Complex[] t = S1S3OmegaMatching.photonPenguins(w, yR, wS, yS, i, f, m1, m3, mUp, logUp1, logUp3, mi);
                b.t1L[i][f] = t[0];
                b.t1R[i][f] = t[1];
                b.t2L[i][f] = t[2];
                b.t2R[i][f] = t[3];
                b.zR[i][f] = S1S3OmegaMatching.zPenguinR(w, wS, yS, i, f, m1, m3, mUp, mDown, logUp1, logUp3,
                        logDown3, mi, sm.mZ, sm.s2w);
            }
        }
        if (parts.contains(Part.Z_COUPLINGS)) {
            zCouplings(b, spec, yL, yR, yS, w, wS, m1, m3, sm);
        }
        if (parts.contains(Part.MU_E_CONVERSION) || parts.contains(Part.TAU_TO_LEPTON_MESON)) {
            lowEnergyLeptonic(b, yS, w, wS, m1, m3, sm);
        }
        if (parts.contains(Part.BS_MIXING)) {
            b.c1Bs = bsMixing(yL, yS, m1, m3);
        }
        if (parts.contains(Part.NEUTRINO_MASS)) {
            b.neutrinoMass = neutrinoMass(spec, sm);
        }
        if (!parts.contains(Part.WET)) {
            return b.build();
        }
        semileptonic(b, yL, yR, yS, w, wS, m1, m3, sm);

        // WET coefficients for WCxf export, flavio normalisations (docs/conventions.md#wcxf-normalisations).
        // Dipoles: seed000 eq. (20) L = (e/2) lbar_f i sigma^{mu nu} F_{mu nu} (sigmaL P_L + sigmaR P_R) l_i + h.c.;
        // flavio/WCxf: L = Cgamma_{if} (lbar_{f,L} sigma^{mu nu} l_{i,R}) F_{mu nu} + h.c. (wcxf-bases
        // wet.flavio.basis.yml; Gamma = m_i^3 (|Cgamma_if|^2 + |Cgamma_fi|^2)/(4 pi), flavio taudecays/taulgamma.py),
        // so Cgamma_{if} = i (e/2) sigmaR^{if}, e = sqrt(4 pi alpha); not run (no QED running of dipoles).
        // sigmaL^{if} belongs to Cgamma_{fi} = conj(i (e/2) sigmaL^{if}) (e.g. Cgamma_emu for mu -> e gamma).
        double eCharge = Math.sqrt(4 * Math.PI * sm.alphaEm);
        for (int[] p : new int[][] {{1, 0}, {2, 0}, {2, 1}}) {
            String initial = WetNames.lepton(p[0]);
            String fin = WetNames.lepton(p[1]);
            b.wetAtMatching.set("Cgamma_" + initial + fin, b.dipoleR[p[0]][p[1]].multiply(new Complex(0, eCharge / 2)));
            b.wetAtMatching.set("Cgamma_" + fin + initial,
                    b.dipoleL[p[0]][p[1]].multiply(new Complex(0, eCharge / 2)).conjugate());
        }
        // Bs mixing: seed000 eq. (93) L = -C1 (sbar_L gamma^mu b_L)^2 (+ h.c.; the flavour order fixed by
        // C1^SM ~ (V_tb V_ts*)^2 and by eq. (94)'s yL_{3i} yL*_{2i}); flavio: H = -CVLL_bsbs O_VLL, i.e.
        // L = +CVLL_bsbs (sbar_L gamma^mu b_L)^2 (flavio mesonmixing/amplitude.py, wilsoncoefficient.py), so
        // CVLL_bsbs = -C1 at the matching scale.
        b.wetAtMatching.set("CVLL_bsbs", b.c1Bs.negate());
        // The coefficients at m_b are the matching-scale ones run with eft.WetRunning, the running applied to WCxf
        // input (leading-log QCD, one-loop QED for b -> c l nu): a WCxf export re-imported gives the same observables.
        org.lqflav.eft.WilsonCoefficients atMb = org.lqflav.eft.WetRunning.forInputs(sm)
                .run(b.wetAtMatching.build(), sm.mDown(2));
        for (int k = 0; k < WetNames.size(); k++) {
            b.wet.set(k, atMb.get(k));
        }
        return b.build();
    }

    /** log x_q = log(m_q^2/M^2); for q != t replaced by log(mu_LQ^2/M^2) = 0 unless physical logs are asked for. */
    private static double[] logs(double[] m, double mLq, boolean hasTop, boolean physical) {
        double[] l = new double[3];
        for (int q = 0; q < 3; q++) {
            l[q] = physical || (hasTop && q == 2) ? Math.log(m[q] * m[q] / (mLq * mLq)) : 0;
        }
        return l;
    }

    /** b -> s l l, b -> c l nu, b -> s nu nu: seed000 eqs. (25), (27)-(28), (34)-(39), (82). */
    private static void semileptonic(LowEnergy.Builder b, CMatrix3 yL, CMatrix3 yR, CMatrix3 yS, CMatrix3 w,
                                     CMatrix3 wS, double m1, double m3, SmInputs sm) {
        double as = sm.alphaS;
        // QCD matching at mu = M_LQ, seed000 eqs. (34)-(36) (logs vanish); alpha_s(m_Z) as in the paper.
        double matchS = 1 + 2 * as / Math.PI;
        double matchT = 1 + 8 * as / (2 * Math.PI);
        double matchV = 1 + 17 * as / (6 * Math.PI);
        Complex vtbVts = S1S3OmegaMatching.times_conj(sm.ckm.get(2, 2), sm.ckm.get(2, 1));
        Complex vcb = sm.ckm.get(1, 2);
        double v2 = sm.v * sm.v;
        // Matching at M_S1 (the scale of the running scalar and tensor operators); match() runs them to m_b.
        b.scales(m1, sm.mDown(2));
        for (int l = 0; l < 3; l++) {
            for (int lp = 0; lp < 3; lp++) {
                // seed000 eq. (25): C9^{l l'} = -C10 = v^2/(Vtb Vts*) pi/alpha yS_{b l'} yS*_{s l} / M3^2
                Complex c9 = S1S3OmegaMatching.times_conj(yS.get(2, lp), yS.get(1, l))
                        .multiply(v2 * Math.PI / (sm.alphaEm * m3 * m3) * matchV).divide(vtbVts);
                // operator (lbar_l gamma l_lp): WCxf puts the barred lepton second, C9_bs{lp}{l}
                String pair = WetNames.lepton(lp) + WetNames.lepton(l);
                b.wetAtMatching.set("C9_bs" + pair, c9);
                b.wetAtMatching.set("C10_bs" + pair, c9.negate());
            }
        }
        for (int f = 0; f < 3; f++) {
            for (int i = 0; i < 3; i++) {
                // seed000 eq. (27): C_S^{fi} = -4 C_T^{fi} = -v^2/(4 Vcb) yL_{bi} yR*_{cf} / M1^2
                Complex cs = S1S3OmegaMatching.times_conj(yL.get(2, i), yR.get(1, f))
                        .multiply(-v2 / (4 * m1 * m1)).divide(vcb);
                String bc = "_bc" + WetNames.lepton(f) + "nu" + WetNames.lepton(i);
                b.wetAtMatching.set("CSL" + bc, cs.multiply(matchS));
                b.wetAtMatching.set("CT" + bc, cs.multiply(-0.25 * matchT));
                // seed000 eq. (28): C_V^{fi} = v^2/(4 Vcb) [yL_{bi} (V*yL)*_{cf}/M1^2 - yS_{bi} (V*yS)*_{cf}/M3^2]
                Complex cv = S1S3OmegaMatching.times_conj(yL.get(2, i), w.get(1, f)).multiply(1 / (m1 * m1))
                        .subtract(S1S3OmegaMatching.times_conj(yS.get(2, i), wS.get(1, f)).multiply(1 / (m3 * m3)))
                        .multiply(v2 / 4).divide(vcb);
                b.wetAtMatching.set("CVL" + bc, cv.multiply(matchV));
                // seed000 eq. (82): C_L^{fi} = pi v^2/(2 Vtb Vts* alpha) [yL_{bi} yL*_{sf}/M1^2 + yS_{bi} yS*_{sf}/M3^2]
                Complex cl = S1S3OmegaMatching.times_conj(yL.get(2, i), yL.get(1, f)).multiply(1 / (m1 * m1))
                        .add(S1S3OmegaMatching.times_conj(yS.get(2, i), yS.get(1, f)).multiply(1 / (m3 * m3)))
                        .multiply(Math.PI * v2 / (2 * sm.alphaEm)).divide(vtbVts);
                // operator (nubar_f gamma nu_i): CL_bsnu{i}nu{f} (barred neutrino second, wet.flavio.basis.yml)
                b.wetAtMatching.set("CL_bsnu" + WetNames.lepton(i) + "nu" + WetNames.lepton(f), cl);
            }
        }
    }

    /** delta g of the Z couplings, seed000 eq. (64) with the couplings w^u, w^d listed below it. */
    private static void zCouplings(LowEnergy.Builder b, ModelSpec spec, CMatrix3 yL, CMatrix3 yR, CMatrix3 yS,
                                   CMatrix3 w, CMatrix3 wS, double m1, double m3, SmInputs sm) {
        double s2w = sm.s2w;
        double guL = 0.5 - 2.0 / 3 * s2w;
        double guR = -2.0 / 3 * s2w;
        double gdL = -0.5 + 1.0 / 3 * s2w;
        double gdR = 1.0 / 3 * s2w;
        double glL = -0.5 + s2w;
        double glR = s2w;
        boolean conjugate = spec.option(OPT_EQ64, "conjugate").equals("conjugate");
        // x_Z terms: the leptoquark couples to q^c, whose Z couplings are -g^q of the other chirality.
        double upForL = conjugate ? -guR : guL;
        double downForL = conjugate ? -gdR : gdL;
        double upForR = conjugate ? -guL : guR;
        double downForR = conjugate ? -gdL : gdR;
        CMatrix3 minusWS = wS.scale(-1);
        CMatrix3 minusSqrt2YS = yS.scale(-Math.sqrt(2));
        double mt = sm.mUp(2);
        double mZ = sm.mZ;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                b.dgL[i][j] = S1S3OmegaMatching.deltaG(w, CMatrix3.ZERO, i, j, m1, mt, mZ, guL - guR, upForL, downForL, glL)
                        .add(S1S3OmegaMatching.deltaG(minusWS, minusSqrt2YS, i, j, m3, mt, mZ, guL - guR, upForL,
                                downForL, glL));
                b.dgR[i][j] = S1S3OmegaMatching.deltaG(yR, CMatrix3.ZERO, i, j, m1, mt, mZ, guR - guL, upForR,
                        downForR, glR);
                // Neutrinos (eq. (71) needs delta g_nu; eq. (64) with the neutrino couplings of eqs. (12)-(13):
                // S1: d^c nu with -yL; S3: d^c nu with -yS and u^c nu with sqrt(2) V*yS; g^nu_L = 1/2.
                b.dgNu[i][j] = S1S3OmegaMatching.deltaG(CMatrix3.ZERO, yL.scale(-1), i, j, m1, mt, mZ, guL - guR,
                                upForL, downForL, 0.5)
                        .add(S1S3OmegaMatching.deltaG(wS.scale(Math.sqrt(2)), yS.scale(-1), i, j, m3, mt, mZ,
                                guL - guR, upForL, downForL, 0.5));
            }
        }
    }

    /** mu-e conversion (seed000 eq. (74)) and tau -> l P (eqs. (86)-(88)). */
    private static void lowEnergyLeptonic(LowEnergy.Builder b, CMatrix3 yS, CMatrix3 w, CMatrix3 wS, double m1,
                                          double m3, SmInputs sm) {
        double v2 = sm.v * sm.v;
        for (int i = 0; i < 3; i++) {
            for (int f = 0; f < 3; f++) {
                // eq. (74): g_LV^(u) = -2 v^2 (V*yS)_{u f} (V*yS)*_{u i} / M3^2; S1's u^c l coupling V*yL enters
                // the same operator with M1 (eq. (12) has the form of the S3^{1/3} term of eq. (13)).
                b.gLVu[i][f] = S1S3OmegaMatching.times_conj(wS.get(0, f), wS.get(0, i)).multiply(1 / (m3 * m3))
                        .add(S1S3OmegaMatching.times_conj(w.get(0, f), w.get(0, i)).multiply(1 / (m1 * m1)))
                        .multiply(-2 * v2);
            }
        }
        double mTau = sm.mLepton(2);
        for (int l = 0; l < 2; l++) {
            Complex uL = S1S3OmegaMatching.times_conj(w.get(0, 2), w.get(0, l)).multiply(1 / (m1 * m1));
            Complex uS = S1S3OmegaMatching.times_conj(wS.get(0, 2), wS.get(0, l)).multiply(1 / (m3 * m3));
            Complex cL = S1S3OmegaMatching.times_conj(w.get(1, 2), w.get(1, l)).multiply(1 / (m1 * m1));
            Complex sS = S1S3OmegaMatching.times_conj(yS.get(1, 2), yS.get(1, l)).multiply(1 / (m3 * m3));
            b.alphaTauP[LowEnergy.TauMeson.PHI.ordinal()][l] = sS.multiply(mTau);                          // eq. (86)
            b.alphaTauP[LowEnergy.TauMeson.ETA.ordinal()][l] = uL.negate().subtract(uS).add(cL).add(sS.multiply(2))
                    .multiply(mTau / (2 * Math.sqrt(3)));                                                    // eq. (87)
            b.alphaTauP[LowEnergy.TauMeson.ETA_PRIME.ordinal()][l] = uL.add(uS).add(cL.multiply(2)).add(sS.multiply(4))
                    .multiply(mTau / (2 * Math.sqrt(6)));                                                    // eq. (88)
        }
    }

    /** C1^NP of Bs mixing, seed000 eq. (94), GeV^-2 (no running from Lambda to m_W, as in the paper). */
    static Complex bsMixing(CMatrix3 yL, CMatrix3 yS, double m1, double m3) {
        Complex l = Complex.ZERO;
        Complex s = Complex.ZERO;
        for (int i = 0; i < 3; i++) {
            l = l.add(S1S3OmegaMatching.times_conj(yL.get(2, i), yL.get(1, i)));   // (yL)*_{2i} yL_{3i}
            s = s.add(S1S3OmegaMatching.times_conj(yS.get(2, i), yS.get(1, i)));
        }
        return l.multiply(l).divide(m1 * m1).add(s.multiply(s).multiply(5 / (m3 * m3)))
                .add(l.multiply(s).multiply(2 / (m1 * m3))).divide(128 * Math.PI * Math.PI);
    }

    /** Two-loop Majorana mass matrix, seed000 eq. (16): S1 (yL, mu1) plus S3 (yS, mu3) terms; eV. */
    static CMatrix3 neutrinoMass(ModelSpec spec, SmInputs sm) {
        double mOmega = spec.mass("omega");
        CMatrix3 yOmega = spec.coupling("yomega");
        CMatrix3 s1 = S1S3OmegaMatching.neutrinoMassTerm(spec.coupling("yL"), yOmega, spec.potential("mu1"),
                spec.mass("S1"), mOmega, sm.mDown(0), sm.mDown(1), sm.mDown(2));
        CMatrix3 s3 = S1S3OmegaMatching.neutrinoMassTerm(spec.coupling("yS"), yOmega, spec.potential("mu3"),
                spec.mass("S3"), mOmega, sm.mDown(0), sm.mDown(1), sm.mDown(2));
        return s1.plus(s3).scale(1e9);
    }
}
