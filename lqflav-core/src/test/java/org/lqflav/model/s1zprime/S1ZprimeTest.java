package org.lqflav.model.s1zprime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lqflav.InputException;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.eft.LowEnergy;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.ModelFile;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.Parameter;
import org.lqflav.param.ParameterSet;
import org.lqflav.param.SmInputs;

/** The S1Zprime matching and observables: closed forms of special points, statements of the paper, options, errors. */
class S1ZprimeTest {
    private static final ParameterSet SET = ParameterSet.builtIn("seeds2021");
    private static final SmInputs SM = new SmInputs(SET);
    // C_L^SM of eq. (7) with the seeds2021 seed-004 inputs (G_F, alpha(m_Z) = 1/127.952, s_W^2 = 0.23121)
    private static final double CL_SM = 4 * 1.1663787e-5 / Math.sqrt(2) * (1 / 127.952) / (2 * Math.PI * 0.23121);

    private static CMatrix3 tauColumn(Complex u, Complex c, Complex t) {
        Complex z = Complex.ZERO;
        return CMatrix3.of(new Complex[][] {{z, z, u}, {z, z, c}, {z, z, t}});
    }

    private static ModelSpec spec(double y1, double y2, double y3, double yR2, double mS1, Map<String, String> options) {
        return spec(tauColumn(new Complex(y1), new Complex(y2), new Complex(y3)), new Complex(yR2), mS1, options);
    }

    private static ModelSpec spec(CMatrix3 yL, Complex yR2, double mS1, Map<String, String> options) {
        Complex z = Complex.ZERO;
        return new ModelSpec("test.yaml", S1Zprime.NAME, "seeds2021", Map.of("S1", mS1, "Zp", 0.1),
                Map.of("gZp", 6.513e-4, "epsilon", 9.4e-6), Map.of("yL", yL, "yR", tauColumn(z, yR2, z)), options);
    }

    /** The example s1-point.yaml: m_S1 = 1.5 TeV, y_L = (0.02, 0.09, 0.8), y_R2 = -0.6. */
    private static ModelSpec point(Map<String, String> options) {
        return spec(0.02, 0.09, 0.8, -0.6, 1500, options);
    }

    private static Predictions predict(ModelSpec s) {
        return Lqflav.predict(s, SET, null);
    }

    private static S1ZprimeData data(ModelSpec s) {
        return Lqflav.lowEnergy(s, SM).modelData(S1ZprimeData.class);
    }

    @Test
    void onlyYL3GivesACkmIndependentRNu() {
        // y_L1 = y_L2 = 0: Y_q = V_tq y3, so C_{L,bs} = C_{L,sd} = -y3^2/(2 m^2 C_L^SM) whatever the CKM (eq. (7)),
        // and R^nu = 2/3 + 1/3 (1 - y3^2/(2 m^2 C_L^SM X_t))^2 (eq. (8)).
        double y3 = 1.2;
        double c = -y3 * y3 / (2 * 1500.0 * 1500 * CL_SM);
        double expected = 2.0 / 3 + Math.pow(1 + c / 1.469, 2) / 3;
        for (String ckm : List.of("paper", "exact")) {
            ModelSpec s = spec(0, 0, y3, 0, 1500, Map.of("ckm", ckm));
            // 1e-8: the parameter file holds 1/127.952 to 8 digits
            assertThat(predict(s).get("Rnunu(B->K)")).as(ckm).isCloseTo(expected, withinPercentage(1e-6));
            assertThat(data(s).cLsd().getReal()).as(ckm).isCloseTo(c, withinPercentage(1e-6));
            assertThat(data(s).cLsd().getImaginary()).as(ckm).isCloseTo(0, within(1e-12));
        }
        assertThat(predict(spec(0, 0, y3, 0, 1500, Map.of())).get("BR(B+->Knunu)"))
                .isCloseTo(4.65e-6 * expected, withinPercentage(1e-6));
    }

    @Test
    void wetCoefficientsReproduceThePapersFormulas() {
        ModelSpec s = point(Map.of());
        LowEnergy le = Lqflav.lowEnergy(s, SM);
        Predictions p = predict(s);
        // flavio's R^nu from CL_bsnutaunutau with C_L^SM = -X_t/s_W^2 equals eq. (8)
        double cSm = -1.469 / 0.23121;
        Complex cl = le.wet().get("CL_bsnutaunutau");
        double rFlavio = (2 + Math.pow(cl.add(cSm).norm(), 2) / (cSm * cSm)) / 3;
        assertThat(rFlavio).isCloseTo(p.get("Rnunu(B->K)"), withinPercentage(1e-9));
        // CVLL_bsbs (H = -C (sbar gamma P_L b)^2, not run): Delta m_s = 2 |C| (f sqrt B)^2 m_Bs/3 (eq. (23))
        double dms = 2 * le.wet().get("CVLL_bsbs").norm() * 0.21 * 0.21 * SM.mBs / 3 / 6.582119569e-25 * 1e-12;
        assertThat(dms).isCloseTo(p.get("DeltaM_s_NP"), withinPercentage(1e-9));
        // C_S = -4 C_T at m_S1; at m_b the paper's factors 1.57, 0.86; C_V does not run
        Complex cs = le.wetAtMatching().get("CSL_bctaunutau");
        assertThat(cs.getReal() / le.wetAtMatching().get("CT_bctaunutau").getReal()).isCloseTo(-4, within(1e-12));
        assertThat(le.wet().get("CSL_bctaunutau").getReal() / cs.getReal()).isCloseTo(1.57, within(1e-12));
        assertThat(le.wet().get("CT_bctaunutau").getReal() / le.wetAtMatching().get("CT_bctaunutau").getReal())
                .isCloseTo(0.86, within(1e-12));
        assertThat(le.wet().get("CVL_bctaunutau")).isEqualTo(le.wetAtMatching().get("CVL_bctaunutau"));
        assertThat(le.wet().scale()).isEqualTo(SM.mDown(2));
        assertThat(le.wetAtMatching().scale()).isEqualTo(1500);
        // only tau-neutrino and Delta F = 2 coefficients: no light-lepton modes (sec. II)
        assertThat(le.wet().nonZero().keySet()).allMatch(n -> n.contains("tau") || n.startsWith("CVLL_"));
        assertThat(le.provides(LowEnergy.Part.WET)).isTrue();
        assertThat(le.provides(LowEnergy.Part.DIPOLES)).isFalse();
    }

    @Test
    void loRunningIsLeadingLogWithOneLoopAlphaS() {
        // Reproduction notes: LO with one-loop alpha_s(m_Z) = 0.1179 from 1.5 TeV gives 1.622 and 0.851; seeds2021
        // has alpha_s = 0.1181 (+0.1% here).
        LowEnergy le = Lqflav.lowEnergy(point(Map.of("running", "lo")), SM);
        double s = le.wet().get("CSL_bctaunutau").getReal() / le.wetAtMatching().get("CSL_bctaunutau").getReal();
        double t = le.wet().get("CT_bctaunutau").getReal() / le.wetAtMatching().get("CT_bctaunutau").getReal();
        assertThat(s).isCloseTo(1.622, withinPercentage(0.3));
        assertThat(t).isCloseTo(0.851, withinPercentage(0.3));
        assertThat(t).isCloseTo(Math.pow(s, -1.0 / 3), withinPercentage(1e-6));   // the LO signature of 1.57, 0.86
    }

    @Test
    void thePapersStatementsAboutBToCTauNuHold() {
        // sec. V: y_L3 y_R2 < 0 enhances R(D), R(D*) and P_tau^D, reduces BR(Bc -> tau nu) considerably, and leaves
        // F_L^D* nearly unchanged; with C_V neglected everything depends on y_L3 y_R2/m_S1^2 only.
        Predictions p = predict(spec(0, 0, 0.8, -0.6, 1500, Map.of()));
        assertThat(p.get("Rtaul(B->Dlnu)")).isGreaterThan(0.298 * 1.15);
        assertThat(p.get("Rtaul(B->D*lnu)")).isGreaterThan(0.254 * 1.05);
        assertThat(p.get("Ptau(B->Dtaunu)") / 0.325).isGreaterThan(1.3);
        assertThat(p.get("Ptau(B->D*taunu)") / -0.497).isCloseTo(1.0, within(0.02));
        assertThat(p.get("FL(B->D*taunu)") / 0.46).isCloseTo(1.0, within(0.05));
        assertThat(p.get("BR(Bc->taunu)") / 0.02).isLessThan(0.5);
        Predictions scaled = predict(spec(0, 0, 1.6, -1.2, 3000, Map.of()));
        for (String n : List.of("Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)", "Ptau(B->Dtaunu)", "BR(Bc->taunu)")) {
            assertThat(scaled.get(n)).as(n).isCloseTo(p.get(n), withinPercentage(1e-9));
        }
    }

    @Test
    void deltaFTwoIsEvenInTheCouplingsAsFig1Says() {
        // sec. IV: y_L3 = -0.8, y_L1 = -0.02 follow from Fig. 1 by y_L1,2 -> -y_L1,2 (Delta m_K) and y_L2,3 -> -y_L2,3
        // (Delta m_Bq): the Delta m are even under flipping all three couplings.
        Predictions a = predict(spec(0.02, 0.09, 0.8, 0, 1500, Map.of()));
        Predictions b = predict(spec(-0.02, -0.09, -0.8, 0, 1500, Map.of()));
        for (String n : List.of("DeltaM_K_NP", "DeltaM_d_NP", "DeltaM_s_NP", "Rnunu(B->K)", "BR(K+->pinunu)")) {
            assertThat(b.get(n)).as(n).isCloseTo(a.get(n), withinPercentage(1e-9));
        }
    }

    @Test
    void theExamplePointSatisfiesTheConstraintsItsCommentClaims() {
        // s1-point.yaml: the Delta m windows of sec. V (GeV), R^nu < 2.2, BR(K+) in (8.2, 15.4)e-11, R(D(*)) within 1 sigma
        Predictions p = predict(point(Map.of()));
        double toGeV = 6.582119569e-25 / 1e-12;
        assertThat(p.get("DeltaM_K_NP") * toGeV).isBetween(0.01e-17, 34.8e-17);
        assertThat(p.get("DeltaM_d_NP") * toGeV).isBetween(0.01e-15, 33.3e-15);
        assertThat(p.get("DeltaM_s_NP") * toGeV).isBetween(0.01e-13, 11.7e-13);
        assertThat(p.get("Rnunu(B->K)")).isBetween(1.9, 2.2);
        assertThat(p.get("BR(K+->pinunu)")).isBetween(8.2e-11, 15.4e-11);
        assertThat(p.get("Rtaul(B->Dlnu)")).isBetween(0.357 - 0.029, 0.357 + 0.029);
        assertThat(p.get("Rtaul(B->D*lnu)")).isBetween(0.284 - 0.012, 0.284 + 0.012);
        assertThat(p.get("BR(KL->pi0nunu)")).isCloseTo(2.94e-11 * p.get("Rnunu(B->K)"), withinPercentage(1e-9));
    }

    @Test
    void kLongFactorOfEq11IsTheExactOneForRealCouplingsOnly() {
        // sec. II: with real couplings the CP phase is V_td's and factors out, so eq. (11)'s R^nu is the nu_tau-exact
        // factor; with a complex coupling it is not.
        double eq11 = predict(point(Map.of())).get("BR(KL->pi0nunu)");
        double exact = predict(point(Map.of("kl", "sd"))).get("BR(KL->pi0nunu)");
        assertThat(exact).isCloseTo(eq11, withinPercentage(0.1));
        CMatrix3 complexYL = tauColumn(new Complex(0.02), new Complex(0, 0.09), new Complex(0.8));
        double eq11c = predict(spec(complexYL, new Complex(-0.6), 1500, Map.of())).get("BR(KL->pi0nunu)");
        double exactC = predict(spec(complexYL, new Complex(-0.6), 1500, Map.of("kl", "sd"))).get("BR(KL->pi0nunu)");
        assertThat(Math.abs(exactC / eq11c - 1)).isGreaterThan(0.05);
    }

    @Test
    void kPlusOptionNormalisedHasTheQuotedSmLimit() {
        ModelSpec off = spec(0, 0, 0, 0, 1500, Map.of());
        // eq. (10) as printed: 2/3 x 8.60e-11 + 1/3 x 7.98e-11 (reproduction notes) with S1 off
        assertThat(predict(off).get("BR(K+->pinunu)")).isCloseTo(2.0 / 3 * 8.60e-11 + 7.98e-11 / 3,
                withinPercentage(0.1));
        assertThat(predict(spec(0, 0, 0, 0, 1500, Map.of("kplus", "normalised"))).get("BR(K+->pinunu)"))
                .isCloseTo(8.60e-11, withinPercentage(1e-9));
        // and the same enhancement ratio for the kappa_+ part at the example point
        double lit = predict(point(Map.of())).get("BR(K+->pinunu)");
        double norm = predict(point(Map.of("kplus", "normalised"))).get("BR(K+->pinunu)");
        double bracketRatio = (lit - 2.0 / 3 * 8.60e-11) / (predict(off).get("BR(K+->pinunu)") - 2.0 / 3 * 8.60e-11);
        assertThat((norm - 2.0 / 3 * 8.60e-11) / (8.60e-11 / 3)).isCloseTo(bracketRatio, withinPercentage(1e-9));
    }

    @Test
    void eq5OptionUsesTheExpansionEverywhere() {
        S1ZprimeData exact = data(point(Map.of()));
        S1ZprimeData eq5 = data(point(Map.of("yukawa", "eq5")));
        assertThat(eq5.yS().getReal()).isCloseTo(-0.041 * 0.8 + 0.09 + 0.223 * 0.02, within(1e-15));
        assertThat(eq5.yB()).isEqualTo(new Complex(0.8));
        assertThat(eq5.yS().getReal() / exact.yS().getReal()).isCloseTo(1.04, within(0.01));
        // eq. (19) with y_L3 instead of Y_b: C_V in ratio Y_b/y_L3
        assertThat(exact.cV().getReal() / eq5.cV().getReal()).isCloseTo(exact.yB().getReal() / 0.8, within(1e-12));
    }

    @Test
    void exactCkmOptionChangesVtdAndVtsOnly() {
        S1ZprimeData paper = data(point(Map.of()));
        S1ZprimeData exact = data(point(Map.of("ckm", "exact")));
        CMatrix3 v = org.lqflav.param.SmInputs.ckmStandard(0.223, 0.833, 0.163, 0.357);
        assertThat(exact.lambdaTsd().subtract(v.get(2, 1).conjugate().multiply(v.get(2, 0))).norm()).isLessThan(1e-18);
        assertThat(paper.lambdaTsd().getReal()).isCloseTo(-0.041 * 0.833 * Math.pow(0.223, 3) * (1 - 0.163),
                within(1e-15));
        assertThat(exact.yB().subtract(paper.yB()).norm()).isLessThan(1e-3);
    }

    @Test
    void zprimeOptions() {
        ModelSpec sec2 = spec(0, 0, 0, 0, 1500, Map.of());
        Predictions p = predict(sec2);
        // epsilon: loop computes eps = e g ln(m_tau/m_mu)/(6 pi^2) = 9.4e-6 for g = 6.513e-4 (example's assumption)
        ModelSpec loop = new ModelSpec("test.yaml", S1Zprime.NAME, "seeds2021", sec2.masses(), Map.of("gZp", 6.513e-4),
                sec2.couplings(), Map.of("epsilon", "loop"));
        assertThat(data(loop).epsilon()).isCloseTo(9.4e-6, withinPercentage(0.1));
        assertThat(predict(loop).get("BR(B->KZp)")).isCloseTo(p.get("BR(B->KZp)"), withinPercentage(0.2));
        // bknunu_zprime: add adds the resonant B -> K Z'(-> nu nu) to eq. (8)
        Predictions add = predict(spec(0, 0, 0, 0, 1500, Map.of("bknunu_zprime", "add")));
        assertThat(add.get("BR(B+->Knunu)")).isCloseTo(4.65e-6 + p.get("BR(B->KZp)") * p.get("BR(Zp->nunu)"),
                withinPercentage(1e-9));
        assertThat(add.get("BR(B0->K*nunu)")).isCloseTo(10.13e-6 + p.get("BR(B->K*Zp)") * p.get("BR(Zp->nunu)"),
                withinPercentage(1e-9));
        // the Z' rates scale with eps^2 (eq. (13)) and do not depend on S1
        assertThat(predict(point(Map.of())).get("BR(B->KZp)")).isEqualTo(p.get("BR(B->KZp)"));
    }

    @Test
    void examplesRunAsShipped() {
        for (String f : List.of("zprime-sec2.yaml", "s1-point.yaml")) {
            Predictions p = Lqflav.predict(ModelFile.read(Path.of("..", "examples", "seed004", f)));
            assertThat(p.values()).as(f).isNotEmpty();
            assertThat(p.values().values()).as(f).allMatch(Double::isFinite);
            assertThat(p.values()).as(f).containsKeys("BR(K+->pinunu)", "BR(B->KZp)", "Delta_a_mu", "DeltaM_s_NP",
                    "Ptau(B->Dtaunu)", "FL(B->D*taunu)");
        }
    }

    // ------------------------------------------------------------------------------------------------ bad input

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "yL: [[0, 0, 0], [0, 0.1, 0], [0, 0, 0.8]]  | couplings.yL[2][2]: expected 0 (U(1)_{Lmu-Ltau}: S1 couples to tau only, column 3), got 0.1",
        "yR: [[0, 0, 0], [0, 0, 0], [0, 0, 0.5]]   | couplings.yR[3][3]: expected 0 (seed 004 uses only yR[2][3]",
        "yR: [[\"0.2i\", 0, 0], [0, 0, 0], [0, 0, 0]] | couplings.yR[1][1]: expected 0 (U(1)_{Lmu-Ltau}",
    })
    void couplingsOutsideThePapersPatternAreOneLineErrors(String coupling, String message) {
        String yaml = "model: S1Zprime\nparameters: seeds2021\nmasses: {S1: 1500, Zp: 0.1}\ncouplings:\n  " + coupling + "\n";
        ModelSpec s = ModelFile.parse(yaml, "bad.yaml");
        assertThatThrownBy(() -> Lqflav.predict(s)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.yaml: ").hasMessageContaining(message).hasMessageNotContaining("\n");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "masses: {S1: 1500}                                 | masses.Zp",
        "masses: {S1: 1500, Zp: -0.1}                       | masses.Zp",
        "masses: {S1: 1500, Zp: 0.1} ;; potential: {g: 1e-4}  | potential.g",
        "masses: {S1: 1500, Zp: 0.1} ;; options: {kl: exact}  | options.kl",
        "masses: {S1: 1500, Zp: 0.1} ;; couplings: {yS: [[0, 0, 0], [0, 0, 0], [0, 0, 0]]} | couplings.yS",
    })
    void genericValidationUsesTheModelsMetadata(String body, String field) {
        String yaml = "model: S1Zprime\n" + body.replace(" ;; ", "\n") + "\n";
        assertThatThrownBy(() -> ModelFile.parse(yaml, "bad.yaml")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.yaml: " + field).hasMessageNotContaining("\n");
    }

    @Test
    void epsilonGivenTogetherWithLoopOptionIsAnError() {
        String yaml = "model: S1Zprime\nmasses: {S1: 1500, Zp: 0.1}\npotential: {gZp: 6.5e-4, epsilon: 9.4e-6}\n"
                + "options: {epsilon: loop}\n";
        ModelSpec s = ModelFile.parse(yaml, "bad.yaml");
        assertThatThrownBy(() -> Lqflav.predict(s)).isInstanceOf(InputException.class)
                .hasMessage("bad.yaml: potential.epsilon: expected no value (options.epsilon = loop computes it from "
                        + "gZp), got 9.4E-6");
    }

    @Test
    void parameterFileWithoutTheSeed004InputsNamesTheMissingKey(@TempDir Path dir) throws IOException {
        // a user parameter file with every seeds2021 key but seed004_X_t
        StringBuilder sb = new StringBuilder("name: mine\nckm_parametrisation: wolfenstein3\nparameters:\n");
        for (Parameter p : SET.parameters().values()) {
            if (!p.name().equals("seed004_X_t")) {
                sb.append("  ").append(p.name()).append(": {value: ").append(p.value()).append("}\n");
            }
        }
        Path params = dir.resolve("mine.yaml");
        Files.writeString(params, sb.toString());
        Path model = dir.resolve("m.yaml");
        Files.writeString(model, "model: S1Zprime\nparameters: mine.yaml\nmasses: {S1: 1500, Zp: 0.1}\n");
        ModelSpec s = ModelFile.read(model);
        assertThatThrownBy(() -> Lqflav.predict(s)).isInstanceOf(InputException.class)
                .hasMessageContaining("parameters.seed004_X_t").hasMessageNotContaining("\n");
    }

    @Test
    void bothBuiltInSetsCarryTheSeed004Inputs() {
        Map<String, Double> values = new HashMap<>();
        for (String set : ParameterSet.BUILT_IN) {
            ModelSpec s = point(Map.of()).withParameters(set);
            Predictions p = Lqflav.predict(s, ParameterSet.builtIn(set), null);
            assertThat(p.values().values()).as(set).allMatch(Double::isFinite);
            values.put(set, p.get("Rnunu(B->K)"));
        }
        // pdg2024's X_t = 1.462 and CKM move R^nu by a few per cent only
        assertThat(values.get("pdg2024")).isCloseTo(values.get("seeds2021"), withinPercentage(5));
    }
}
