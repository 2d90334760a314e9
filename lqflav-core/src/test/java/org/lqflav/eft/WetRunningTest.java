package org.lqflav.eft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.lqflav.param.SmInputs;

class WetRunningTest {
    private static final SmInputs SM = SmInputs.of("seeds2021");
    private static final WetRunning RUN = WetRunning.forInputs(SM);
    private static final QcdRunning QCD = RUN.qcd();
    private static final double MB = 4.18;

    private static WilsonCoefficients at(double scale, Object... nameValue) {
        WilsonCoefficients.Builder b = WilsonCoefficients.builder(scale);
        for (int i = 0; i < nameValue.length; i += 2) {
            b.set((String) nameValue[i], (Complex) nameValue[i + 1]);
        }
        return b.build();
    }

    @Test
    void s1RelationComesOutAtMbWithSeed000Factors() {
        // seed000 eqs. (37)-(38) (flavio, M_LQ = 1200 GeV -> m_b = 4.18 GeV): C_S x 1.646, C_T x 0.863 for the
        // S1 relation C_S = -4 C_T. Leading-log QCD plus one-loop QED (as flavio/wilson run) gives 1.657 and 0.861.
        WilsonCoefficients low = RUN.run(at(1200, "CSL_bctaunutau", new Complex(-4 * 0.1, 0.4),
                "CT_bctaunutau", new Complex(0.1, -0.1)), MB);
        Complex cs = low.get("CSL_bctaunutau");
        Complex ct = low.get("CT_bctaunutau");
        assertThat(low.scale()).isEqualTo(MB);
        assertThat(cs.getReal() / -0.4).isCloseTo(1.646, withinPercentage(2));
        assertThat(cs.getImaginary() / 0.4).isCloseTo(1.646, withinPercentage(2));
        assertThat(ct.getReal() / 0.1).isCloseTo(0.863, withinPercentage(2));
        // seed000's C_S(m_b) = -7.63 C_T(m_b) (text below eq. (39)): -7.70 here.
        assertThat(cs.getReal() / ct.getReal()).isCloseTo(-7.63, withinPercentage(2));
    }

    @Test
    void withoutTheTensorTheScalarRunsLikeTheQuarkMassTimesItsQedFactor() {
        // A lone C_SL: QCD factor (the quark-mass ratio) times the QED self-running exp[alpha gamma_e/(2 beta0)
        // (1/alpha_s(low) - 1/alpha_s(high))] per segment (first order in alpha, as in arXiv:1704.06639 sec. 4),
        // gamma_e = 4/3: -0.5% (going down).
        WilsonCoefficients low = RUN.run(at(1200, "CSR_bcmunue", Complex.ONE), MB);
        double qed = Math.exp(SM.alphaEm * (4.0 / 3) / (2 * 7) * (1 / QCD.alphaS(173) - 1 / QCD.alphaS(1200))
                + SM.alphaEm * (4.0 / 3) / (2 * 23.0 / 3) * (1 / QCD.alphaS(MB) - 1 / QCD.alphaS(173)));
        assertThat(low.get("CSR_bcmunue").getReal()).isCloseTo(QCD.scalarFactor(1200, MB) * qed, within(1e-7));
        assertThat(qed).isBetween(0.994, 0.997);
    }

    @Test
    void vectorCurrentsHaveNoQcdRunningOnlyTheQedShortDistanceFactor() {
        // gamma_e(V_LL) = -4: the Sirlin factor 1 + (alpha/pi) ln(M/mu); from 1200 GeV to m_b +1.3%.
        WilsonCoefficients low = RUN.run(at(1200, "CVL_bctaunutau", new Complex(0.01, 0.02),
                "C9_bsmumu", new Complex(-0.5, 0.1), "C10_bsmumu", new Complex(0.5, 0),
                "CL_bsnutaunutau", new Complex(-1, 0), "CS_bsmumu", new Complex(0.3, 0)), MB);
        double sirlin = Math.exp(SM.alphaEm * 4 / (2 * 7) * (1 / QCD.alphaS(1200) - 1 / QCD.alphaS(173))
                + SM.alphaEm * 4 / (2 * 23.0 / 3) * (1 / QCD.alphaS(173) - 1 / QCD.alphaS(MB)));
        assertThat(low.get("CVL_bctaunutau").getImaginary()).isCloseTo(0.02 * sirlin, within(1e-10));
        assertThat(sirlin).isCloseTo(1 + SM.alphaEm / Math.PI * Math.log(1200 / MB), withinPercentage(0.1));
        assertThat(low.get("C9_bsmumu")).isEqualTo(new Complex(-0.5, 0.1));
        assertThat(low.get("C10_bsmumu")).isEqualTo(new Complex(0.5, 0));
        assertThat(low.get("CL_bsnutaunutau")).isEqualTo(new Complex(-1, 0));
        assertThat(low.get("CS_bsmumu")).isEqualTo(new Complex(0.3, 0));
    }

    @Test
    void deltaF2VllRunsWithGamma4() {
        // Buras-Misiak-Urban hep-ph/0005183: gamma^(0)_VLL = 6 - 6/N = 4, so C(m_b) = [alpha(mt)/alpha(mb)]^{6/23}
        // [alpha(1200)/alpha(mt)]^{6/21} C(1200) (the familiar eta^{6/23}), about 0.80.
        WilsonCoefficients low = RUN.run(at(1200, "CVLL_bsbs", new Complex(1e-11, -2e-12),
                "CVRR_bdbd", new Complex(3e-12, 0)), MB);
        double expected = Math.pow(QCD.alphaS(173) / QCD.alphaS(MB), 6.0 / 23)
                * Math.pow(QCD.alphaS(1200) / QCD.alphaS(173), 6.0 / 21);
        assertThat(low.get("CVLL_bsbs").getReal() / 1e-11).isCloseTo(expected, within(1e-9));
        assertThat(low.get("CVLL_bsbs").getImaginary() / -2e-12).isCloseTo(expected, within(1e-9));
        assertThat(low.get("CVRR_bdbd").getReal() / 3e-12).isCloseTo(expected, within(1e-9));
        assertThat(expected).isBetween(0.75, 0.85);
    }

    @Test
    void deltaF2LeftRightSectorMixesVectorIntoScalar() {
        // BMU eq. (4.2): gamma^(0)_LR = [[6/N, 12], [0, -6N + 6/N]]. C_SLR alone does not feed C_VLR and runs as
        // [alpha(low)/alpha(high)]^{16/(2 beta0)}; C_VLR alone generates C_SLR.
        WilsonCoefficients s = RUN.run(at(1200, "CSLR_sdsd", Complex.ONE), MB);
        assertThat(s.get("CVLR_sdsd")).isEqualTo(Complex.ZERO);
        assertThat(s.get("CSLR_sdsd").getReal()).isCloseTo(QCD.diagonalFactor(-16, 1200, MB), within(1e-8));
        WilsonCoefficients v = RUN.run(at(1200, "CVLR_sdsd", Complex.ONE), MB);
        assertThat(v.get("CVLR_sdsd").getReal()).isCloseTo(QCD.diagonalFactor(2, 1200, MB), within(1e-8));
        assertThat(v.get("CSLR_sdsd").getReal()).isNegative();   // dC_2/dln mu = 12 a C_1 > 0 going up
    }

    @Test
    void deltaF2ScalarTensorSectorHasBmuEigenvalues() {
        // BMU eq. (4.3), N = 3: eigenvalues of [[-10, 1/6], [-40, 34/3]] are (2/3) +- sqrt(4/9 + 320/3)... i.e. the
        // roots of x^2 - (4/3) x - 320/3 = 0. A coefficient vector along an eigenvector runs with its eigenvalue.
        double lambda = 2.0 / 3 + Math.sqrt(4.0 / 9 + 320.0 / 3);
        double[][] g = WetRunning.GAMMA_SLL_TLL;
        // left eigenvector e with e^T g = lambda e^T: (g^T - lambda) e = 0 -> e = (g[1][0], lambda - g[0][0])
        double e0 = g[1][0];
        double e1 = lambda - g[0][0];
        assertThat(g[0][1] * e0 + g[1][1] * e1).isCloseTo(lambda * e1, within(1e-9));
        WilsonCoefficients low = RUN.run(at(1200, "CSLL_bsbs", new Complex(e0, 0), "CTLL_bsbs", new Complex(e1, 0)),
                MB);
        double f = QCD.diagonalFactor(lambda, 1200, MB);
        assertThat(low.get("CSLL_bsbs").getReal()).isCloseTo(f * e0, within(1e-7 * Math.abs(e0)));
        assertThat(low.get("CTLL_bsbs").getReal()).isCloseTo(f * e1, within(1e-7 * Math.abs(e1)));
    }

    @Test
    void runningThereAndBackIsIdentity() {
        WilsonCoefficients hi = at(1500, "CSL_bcenue", new Complex(0.2, 0.1), "CT_bcenue", new Complex(-0.05, 0),
                "CVLR_bsbs", new Complex(1e-12, 0), "CTRR_ucuc", new Complex(0, 3e-13));
        WilsonCoefficients back = RUN.run(RUN.run(hi, MB), 1500);
        for (String n : hi.nonZero().keySet()) {
            Complex a = hi.get(n);
            Complex b = back.get(n);
            assertThat(b.subtract(a).norm()).as(n).isLessThan(1e-8 * a.norm());
        }
        assertThat(back.scale()).isEqualTo(1500);
    }

    @Test
    void zeroCoefficientsStayZeroAndScalelessSetsAreRejected() {
        assertThat(RUN.run(WilsonCoefficients.builder(1000).build(), MB).nonZero()).isEmpty();
        assertThatThrownBy(() -> RUN.run(WilsonCoefficients.ZERO, MB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no scale");
        assertThatThrownBy(() -> RUN.run(at(1000), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRunningNameIsAWetName() {
        assertThat(WetRunning.runningNames()).allSatisfy(n -> assertThat(WetNames.isKnown(n)).isTrue())
                .hasSize(45 + 32);
    }
}
