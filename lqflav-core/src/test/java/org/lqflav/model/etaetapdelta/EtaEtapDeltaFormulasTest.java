package org.lqflav.model.etaetapdelta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lqflav.math.CMatrix3;

/**
 * Loop functions of seed002 against direct numerical integration of the printed integrals and their analytic
 * limits; the tree-level coefficients against the single-leptoquark closed forms of the literature.
 */
class EtaEtapDeltaFormulasTest {
    private static final double M = 1000;

    /** Gauss-Legendre with iterative refinement (Hipparchus), 1e-12 relative. */
    private static double quad(DoubleUnaryOperator f, double a, double b) {
        return quad(f, a, b, 1e-12);
    }

    private static double quad(DoubleUnaryOperator f, double a, double b, double relative) {
        return new IterativeLegendreGaussIntegrator(8, relative, 1e-300).integrate(10_000_000, f::applyAsDouble, a, b);
    }

    // ---------------------------------------------------------------------------------------------- F_M (II.22)

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.5, 0.999999, 1.0, 2.0, 7.0})
    void fMClosedFormEqualsTheDoubleIntegralOfEqII22(double ratio) {
        // (II.22) integrated numerically over the simplex with x = rho s, y = rho (1 - s) (Jacobian rho), which
        // removes the integrable corner singularity at x = y = 0.
        double m1 = M;
        double m2 = M * ratio;
        double numeric = quad(s -> quad(rho -> rho * (1 - rho) / (rho * s * m1 * m1 + rho * (1 - s) * m2 * m2), 0, 1),
                0, 1);
        assertThat(EtaEtapDeltaFormulas.fM(m1, m2)).isCloseTo(numeric, withinPercentage(1e-7));
    }

    @Test
    void fMOfEqualMassesIsOneOverTwoMSquared() {
        // (II.22) with m1 = m2 = m: int (1-x-y)/(x+y) over the simplex is 1/2, so F_M = 1/(2 m^2).
        assertThat(EtaEtapDeltaFormulas.fM(1500, 1500)).isCloseTo(1 / (2 * 1500.0 * 1500.0), withinPercentage(1e-12));
        assertThat(EtaEtapDeltaFormulas.fM(1500, 1500 * (1 + 1e-6)))
                .isCloseTo(1 / (2 * 1500.0 * 1500.0), withinPercentage(1e-4));
    }

    // ---------------------------------------------------------------------------------------------- J of (II.17)

    /** The printed double integral of (II.17), with u = 1 - y = e^w and x = e^-t (smooth integrands). */
    private static double jPrintedNumeric(double mq, double m) {
        double q2 = mq * mq;
        double m2 = m * m;
        DoubleUnaryOperator inner = x -> quad(w -> {
            double u = Math.exp(w);
            return u * (5 / (x * q2 + u * m2) - 2 * (1 - x) / (x * m2 + u * q2));
        }, Math.log(x), 0, 1e-10);
        return quad(t -> {
            double x = Math.exp(-t);
            return x * inner.applyAsDouble(x);
        }, 0, 60, 1e-10);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 1.0, 2.0})
    void jPrintedClosedFormEqualsTheDoubleIntegralOfEqII17(double mqOverM) {
        double mq = mqOverM * M;
        assertThat(EtaEtapDeltaFormulas.jPrinted(mq, M)).isCloseTo(jPrintedNumeric(mq, M), withinPercentage(1e-6));
    }

    @Test
    void jPrintedForALightQuarkIsMinusTwoLogMinusThree() {
        // Analytic limit of the printed (II.17), r = m_q^2/M^2 -> 0: M^2 J -> -2 [ln(1/r) - 3] (corrections O(r ln r)).
        double mc = 1.27;
        double big = 2000;
        double r = mc * mc / (big * big);
        assertThat(EtaEtapDeltaFormulas.jPrinted(mc, big) * big * big)
                .isCloseTo(-2 * (Math.log(1 / r) - 3), within(1e-4));
    }

    @Test
    void jStandardForALightQuarkIsMinusTwoLogMinusOneQuarter() {
        // The chirally enhanced R2 result (arXiv:1603.04993 sec. 6.1): Delta a ~ m_mu m_q/(4 pi^2 M^2) [ln(M^2/m_q^2) - 1/4],
        // i.e. M^2 J_std -> -2 [ln(1/r) - 1/4].
        double mc = 1.27;
        double big = 2000;
        double r = mc * mc / (big * big);
        assertThat(EtaEtapDeltaFormulas.jStandard(mc, big) * big * big)
                .isCloseTo(-2 * (Math.log(1 / r) - 0.25), within(1e-4));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0074823, 0.3, 0.995, 1.0, 1.004, 3.0})
    void jStandardPiecesEqualTheirFeynmanParameterIntegrals(double r) {
        // I_F = int x^2/(r x + 1 - x), I_S = int (x^2 - x)/(x + r (1 - x)) (units of 1/M^2), numerically;
        // r = 0.995 ... 1.004 exercise the series branch.
        double iF = quad(x -> x * x / (r * x + 1 - x), 0, 1);
        double iS = quad(x -> (x * x - x) / (x + r * (1 - x)), 0, 1);
        assertThat(EtaEtapDeltaFormulas.iFermion(r)).isCloseTo(iF, withinPercentage(1e-8));
        assertThat(EtaEtapDeltaFormulas.iScalar(r)).isCloseTo(iS, withinPercentage(1e-8));
    }

    @Test
    void printedLoopIsFortyOnePercentOfTheStandardOneForTheTopAtTwoTeV() {
        // seed002 reproduction notes, finding 2: "At M = 2 TeV the printed formula is 0.41x the standard one".
        double ratio = EtaEtapDeltaFormulas.jPrinted(173.0, 2000) / EtaEtapDeltaFormulas.jStandard(173.0, 2000);
        assertThat(ratio).isCloseTo(0.41, within(0.005));
    }

    // ---------------------------------------------------------------------------------------------- R_i, m_nu

    @Test
    void rIsEqII6AndVanishesForDegenerateStates() {
        double r = EtaEtapDeltaFormulas.r(0.01, 2000, 1000, 2.5);
        double expected = -3 * Math.sin(0.02) / (2 * 16 * Math.PI * Math.PI) * Math.log(2.0) * 2.5;
        assertThat(r).isCloseTo(expected, withinPercentage(1e-12));
        assertThat(EtaEtapDeltaFormulas.r(0.01, 1500, 1500, 2.5)).isZero();
    }

    @Test
    void neutrinoMassOfSingleEntriesIsSymmetricGTransposeRF() {
        // f_{d e} = x, g_{d mu} = y: (g^T R f)_{mu e} = y R_d x and m_nu = that plus its transpose.
        CMatrix3 f = CMatrix3.real(new double[][] {{2e-3, 0, 0}, {0, 0, 0}, {0, 0, 0}});
        CMatrix3 g = CMatrix3.of(new Complex[][] {{Complex.ZERO, new Complex(0.1, 0.05), Complex.ZERO},
            {Complex.ZERO, Complex.ZERO, Complex.ZERO}, {Complex.ZERO, Complex.ZERO, Complex.ZERO}});
        double[] r = {-3e-7, -6e-6, -3e-4};
        CMatrix3 m = EtaEtapDeltaFormulas.neutrinoMass(f, g, r);
        Complex expected = new Complex(0.1, 0.05).multiply(-3e-7 * 2e-3);
        assertThat(m.get(1, 0).subtract(expected).norm()).isLessThan(1e-25);
        assertThat(m.get(0, 1).subtract(expected).norm()).isLessThan(1e-25);
        assertThat(m.get(0, 0).norm() + m.get(1, 1).norm() + m.get(2, 2).norm()).isZero();
    }

    // ---------------------------------------------------------------------------------------------- b -> s l l

    private static final Complex LAMBDA = new Complex(-0.0404);   // V_tb V_ts*
    private static final double ALPHA = 1 / 137.036;
    private static final double GF = 1.1663787e-5;

    private static CMatrix3 smu(double s, double b) {
        return CMatrix3.real(new double[][] {{0, 0, 0}, {0, s, 0}, {0, b, 0}});
    }

    @Test
    void hAloneGivesTheR2ResultC9EqualsC10() {
        // R2 (7/6) with y_R = h (Becirevic, Fajfer, Kosnik, Sumensari, arXiv:1608.07583):
        // C9 = C10 = -pi v^2 / (2 lambda_t alpha) h_{s mu} h*_{b mu} / m^2, v^2 = 1/(sqrt2 G_F).
        double m = 1500;
        Complex cSm = EtaEtapDeltaFormulas.cSm(LAMBDA, ALPHA, GF);
        Complex[] c = EtaEtapDeltaFormulas.c9c10(CMatrix3.ZERO, CMatrix3.ZERO, smu(0.1, 0.3), 1, 2, 1, 1, 0, 1000, m, cSm);
        double v2 = 1 / (Math.sqrt(2) * GF);
        double expected = -Math.PI * v2 / (2 * -0.0404 * ALPHA) * 0.1 * 0.3 / (m * m);
        assertThat(c[0].getReal()).isCloseTo(expected, withinPercentage(1e-10));
        assertThat(c[1].getReal()).isCloseTo(expected, withinPercentage(1e-10));
        assertThat(c[2].norm() + c[3].norm()).isZero();
    }

    @Test
    void gAloneGivesTheS3ResultC9EqualsMinusC10() {
        // S3 with y = g/sqrt2 (the paper's Delta has delta_{4/3} without the sqrt2 of sigma^a S^a), seed000 eq. (25):
        // C9 = -C10 = pi v^2/(lambda_t alpha) y_{b mu} y*_{s mu} / m^2.
        double m = 1800;
        Complex cSm = EtaEtapDeltaFormulas.cSm(LAMBDA, ALPHA, GF);
        Complex[] c = EtaEtapDeltaFormulas.c9c10(CMatrix3.ZERO, smu(0.2, -0.4), CMatrix3.ZERO, 1, 2, 1, 1, 0, m, 1000, cSm);
        double v2 = 1 / (Math.sqrt(2) * GF);
        double expected = Math.PI * v2 / (-0.0404 * ALPHA) * (-0.4 / Math.sqrt(2)) * (0.2 / Math.sqrt(2)) / (m * m);
        assertThat(c[0].getReal()).isCloseTo(expected, withinPercentage(1e-10));
        assertThat(c[1].getReal()).isCloseTo(-expected, withinPercentage(1e-10));
    }

    @Test
    void fAloneGivesPrimedCoefficientsOfOppositeSignMinusThePrintedEqII10() {
        // Eq. (II.10) as printed: C9' = -C10' = (1/(4 c_SM)) K f_{s mu} f*_{b mu}; flavio's sign is the opposite.
        double k = 0.9 / (2000.0 * 2000.0) + 0.1 / (1500.0 * 1500.0);
        Complex cSm = EtaEtapDeltaFormulas.cSm(LAMBDA, ALPHA, GF);
        Complex[] c = EtaEtapDeltaFormulas.c9c10(smu(1e-3, 2e-3), CMatrix3.ZERO, CMatrix3.ZERO, 1, 2, 1, 1, k, 1000, 1000, cSm);
        double printed = k * 1e-3 * 2e-3 / (4 * cSm.getReal());
        assertThat(c[2].getReal()).isCloseTo(-printed, withinPercentage(1e-10));
        assertThat(c[3].getReal()).isCloseTo(printed, withinPercentage(1e-10));
        assertThat(c[0].norm() + c[1].norm()).isZero();
    }

    @Test
    void leptonFlavourViolatingCoefficientsFollowTheWcxfIndexOrder() {
        // WCxf flavio basis: C9_bs{l1}{l2} multiplies (sbar b)(lbar2 gamma l1). With h (dbar_L l_R) only, the coupling
        // of the outgoing s goes with the unbarred lepton l1: h_{s,l1} h*_{b,l2}.
        CMatrix3 h = CMatrix3.real(new double[][] {{0, 0, 0}, {0, 0.1, 0}, {0, 0, 0.2}});   // s-mu, b-tau
        Complex cSm = EtaEtapDeltaFormulas.cSm(LAMBDA, ALPHA, GF);
        Complex[] muTau = EtaEtapDeltaFormulas.c9c10(CMatrix3.ZERO, CMatrix3.ZERO, h, 1, 2, 1, 2, 0, 1000, 1000, cSm);
        Complex[] tauMu = EtaEtapDeltaFormulas.c9c10(CMatrix3.ZERO, CMatrix3.ZERO, h, 1, 2, 2, 1, 0, 1000, 1000, cSm);
        assertThat(muTau[0].norm()).isGreaterThan(0);
        assertThat(tauMu[0].norm()).isZero();
    }

    // ---------------------------------------------------------------------------------------------- mixing

    @Test
    void printedDeltaMIsTwoThirdsMFSquaredTimesTheFlavioCoefficient() {
        // <O_VLL> = (2/3) m^2 f^2 in vacuum insertion, M12 = <H>/(2m), so the printed Delta m = (2/3) m f^2 Re C.
        Complex x = new Complex(3e-12, -1e-12);
        double mM = 5.367;
        double fB = 0.274;
        assertThat(EtaEtapDeltaFormulas.deltaM(mM, fB, x))
                .isCloseTo(2.0 / 3 * mM * fB * fB * EtaEtapDeltaFormulas.deltaF2Coefficient(x).getReal(),
                        withinPercentage(1e-12));
    }

    @Test
    void mixingBracketOfUnmixedStatesIsOneOverTheMassSquared() {
        // alpha = 0: c^2/m_A^2 + s^2/m_B^2 + 4 s c F_M = 1/m_A^2 (eqs. (II.20)-(II.21)); swapped weights give 1/m_B^2.
        assertThat(EtaEtapDeltaFormulas.mixingBracket(0, 1000, 2000, 1, false)).isCloseTo(1e-6, withinPercentage(1e-12));
        assertThat(EtaEtapDeltaFormulas.mixingBracket(0, 1000, 2000, -1, true)).isCloseTo(0.25e-6, withinPercentage(1e-12));
    }

    // ---------------------------------------------------------------------------------------------- mixing from mu

    @Test
    void muTermAnglesDiagonaliseTheMassMatrixOfEqII2() {
        // Charge 1/3: basis (eta_{1/3}, delta_{1/3}) with M^2 = [[a, -mu v/2], [-mu v/2, b]]; its eigenvector of the
        // eigenvalue m_A1^2 must be (c, -s) by (II.4) (eta = c A + s B, delta = -s A + c B).
        double mu = 30;
        double v = 246;
        double mA = 2000;
        double mB = 1500;
        double alpha = Math.asin(EtaEtapDeltaFormulas.sin2Alpha1FromMu(mu, v, mA, mB)) / 2;
        double c = Math.cos(alpha);
        double s = Math.sin(alpha);
        // reconstruct the mass matrix from the eigen-decomposition and compare the off-diagonal entry
        double offDiagonal = c * (-s) * mA * mA + s * c * mB * mB;
        assertThat(offDiagonal).isCloseTo(-mu * v / 2, withinPercentage(1e-10));
        double alpha2 = Math.asin(EtaEtapDeltaFormulas.sin2Alpha2FromMu(mu, v, mA, mB)) / 2;
        double off2 = Math.cos(alpha2) * (-Math.sin(alpha2)) * (mA * mA - mB * mB);
        assertThat(off2).isCloseTo(mu * v / Math.sqrt(2), withinPercentage(1e-10));
    }

    // ---------------------------------------------------------------------------------------------- running

    @Test
    void threeLoopRunningGivesTheKnownBottomMassAtTheZ() {
        // m_b(m_b) = 4.18 GeV, alpha_s(m_Z) = 0.1181 -> m_b(m_Z) = 2.86(3) GeV (RunDec; e.g. Bora, arXiv:1206.5909
        // Table: m_b(M_Z) = 2.86 +- 0.03 GeV for m_b(m_b) = 4.18). 1.5% covers the alpha_s and matching differences.
        QuarkMassRunning run = new QuarkMassRunning(0.1181, 91.1876, 4.18, 173.0);
        assertThat(4.18 * run.massRatio(4.18, 91.1876)).isCloseTo(2.86, withinPercentage(1.5));
        // alpha_s: three-loop running reproduces the PDG alpha_s(m_b) ~ 0.22 and is continuous through m_b.
        assertThat(run.alphaS(4.18)).isCloseTo(0.225, withinPercentage(3));
        assertThat(run.alphaS(4.18 * (1 + 1e-9))).isCloseTo(run.alphaS(4.18 * (1 - 1e-9)), withinPercentage(1e-5));
        // running there and back is the identity
        assertThat(run.massRatio(2, 2000) * run.massRatio(2000, 2)).isCloseTo(1, within(1e-9));
    }
}
