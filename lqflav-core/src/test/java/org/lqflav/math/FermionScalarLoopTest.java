package org.lqflav.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The exact one-loop dipole functions: against direct numerical integration of their Feynman-parameter integrals,
 * their closed values at r = 1, and their r -> 0 limits, which are the leading-log forms seed000 eq. (21) and
 * seed001 Table I (C = 1 + 4 log x for R2, C' = 7 + 4 log x for S1, both divided by 6) use.
 */
class FermionScalarLoopTest {
    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();

    /** int_0^1 f by 64-point Gauss-Legendre on segments that shrink geometrically towards both ends, where the integrands peak for small r. */
    private static double integrate(DoubleUnaryOperator f) {
        double[] cuts = {0, 1e-6, 1e-4, 1e-2, 0.1, 0.5, 0.9, 0.99, 1 - 1e-4, 1 - 1e-6, 1};
        double sum = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            sum += FACTORY.legendre(64, cuts[i], cuts[i + 1]).integrate(f::applyAsDouble);
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.1, 0.3, 0.49, 0.51, 0.8, 0.999, 1.0, 1.3, 1.6, 4.0, 30.0})
    void closedFormsEqualTheirFeynmanParameterIntegrals(double r) {
        // Independent: Hipparchus Gauss-Legendre quadrature of the defining integrands (class javadoc).
        assertThat(FermionScalarLoop.fermionNonChiral(r))
                .isCloseTo(integrate(x -> x * x * (1 - x) / (1 - x + r * x)), within(1e-10));
        assertThat(FermionScalarLoop.fermionChiral(r))
                .isCloseTo(integrate(x -> x * x / (1 - x + r * x)), within(1e-10));
        assertThat(FermionScalarLoop.scalarNonChiral(r))
                .isCloseTo(integrate(x -> x * x * (1 - x) / (x + r * (1 - x))), within(1e-10));
        assertThat(FermionScalarLoop.scalarChiral(r))
                .isCloseTo(integrate(x -> x * (1 - x) / (x + r * (1 - x))), within(1e-10));
    }

    @Test
    void degenerateMassesGiveTheElementaryIntegrals() {
        // r = 1: the denominators are 1, so the integrals are int x^2(1-x) = 1/12, int x^2 = 1/3, int x(1-x) = 1/6.
        assertThat(FermionScalarLoop.fermionNonChiral(1)).isCloseTo(1.0 / 12, within(1e-15));
        assertThat(FermionScalarLoop.fermionChiral(1)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(FermionScalarLoop.scalarNonChiral(1)).isCloseTo(1.0 / 12, within(1e-15));
        assertThat(FermionScalarLoop.scalarChiral(1)).isCloseTo(1.0 / 6, within(1e-15));
    }

    @Test
    void seriesAndRecursionAgreeWhereTheySwitch() {
        // |1 - r| = 0.5 is where k() switches from the series to the recursion: no step in the functions.
        for (double r : new double[] {0.5, 1.5}) {
            for (int n = 0; n <= 3; n++) {
                assertThat(FermionScalarLoop.k(n, r - 1e-12)).isCloseTo(FermionScalarLoop.k(n, r + 1e-12), within(1e-11));
            }
        }
    }

    @Test
    void masslessFermionLimitsAreFiniteExceptTheChiralFermionLog() {
        // r = 0: int x^2 = 1/3, int x(1-x) = 1/6, int (1-x) = 1/2; the chiral fermion integral diverges as ln(1/r).
        assertThat(FermionScalarLoop.fermionNonChiral(0)).isEqualTo(1.0 / 3);
        assertThat(FermionScalarLoop.scalarNonChiral(0)).isEqualTo(1.0 / 6);
        assertThat(FermionScalarLoop.scalarChiral(0)).isEqualTo(0.5);
        assertThat(FermionScalarLoop.fermionChiral(0)).isInfinite();
        assertThat(FermionScalarLoop.fermionNonChiral(1e-14)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(FermionScalarLoop.scalarChiral(1e-14)).isCloseTo(0.5, within(1e-12));
        // ln(1/r) - 3/2 for r -> 0 (expansion of int x^2 / (1 - (1 - r) x)).
        assertThat(FermionScalarLoop.fermionChiral(1e-10)).isCloseTo(Math.log(1e10) - 1.5, within(1e-8));
    }

    @Test
    void s1ChiralFunctionTendsToSeed001TableICPrimeAndSeed000Eq21() {
        // S1: F = u^c, Q_F/Q_l = 2/3, Q_S/Q_l = 1/3. Leading log: 7/6 + (2/3) ln x = C'/6 with C' = 7 + 4 ln x
        // (seed001 Table I caption; seed000 eq. (21)). Corrections are O(x ln^2 x).
        for (double x : new double[] {1e-6, 1e-9}) {
            double leadingLog = (7 + 4 * Math.log(x)) / 6;
            assertThat(FermionScalarLoop.chiral(x, 2.0 / 3, 1.0 / 3)).isCloseTo(leadingLog, within(50 * x * Math.log(x) * Math.log(x)));
        }
        assertThat(FermionScalarLoop.nonChiral(1e-12, 2.0 / 3, 1.0 / 3)).isCloseTo(-1.0 / 12, within(1e-10));
    }

    @Test
    void r2ChiralFunctionTendsToSeed001TableIC() {
        // R2^{5/3}: F = u, Q_F/Q_l = -2/3, Q_S/Q_l = 5/3. Leading log -(1/6 + (2/3) ln x) = -C/6, C = 1 + 4 ln x
        // (seed001 Table I; opposite sign to S1: in Delta a the brackets are ln(M^2/m^2) - 1/4 for R2 vs
        // ln(M^2/m^2) - 7/4 for S1); the non-chiral limit 1/4 is 3 times S1's -1/12 (Table I caption: "weaker by a factor of 3").
        for (double x : new double[] {1e-6, 1e-9}) {
            double leadingLog = -(1 + 4 * Math.log(x)) / 6;
            assertThat(FermionScalarLoop.chiral(x, -2.0 / 3, 5.0 / 3)).isCloseTo(leadingLog, within(50 * x * Math.log(x) * Math.log(x)));
        }
        assertThat(FermionScalarLoop.nonChiral(1e-12, -2.0 / 3, 5.0 / 3)).isCloseTo(0.25, within(1e-10));
        assertThat(FermionScalarLoop.nonChiral(1e-12, -2.0 / 3, 5.0 / 3) / FermionScalarLoop.nonChiral(1e-12, 2.0 / 3, 1.0 / 3))
                .isCloseTo(-3, within(1e-9));
    }

    @Test
    void topLoopAtTeVMassesDiffersFromTheLeadingLogByFiveToNinePercent() {
        // seed001 reproduction notes: for m_t = 160 GeV and M = 1.2-1.5 TeV the leading-log S1 form is 5-9% low.
        for (double m : new double[] {1200, 1500}) {
            double x = 160.0 * 160.0 / (m * m);
            double exact = FermionScalarLoop.chiral(x, 2.0 / 3, 1.0 / 3);
            double leadingLog = 7.0 / 6 + 2.0 / 3 * Math.log(x);
            assertThat(leadingLog / exact).isBetween(0.91, 0.95);
        }
    }

    @Test
    void chargedSingletScalarGivesTheKnownNegativeMoment() {
        // A neutral massless fermion and a charged scalar (Zee-type singlet, q_F = 0, q_S = 1) with coupling f to l_L:
        // Delta a = -m^2 |f|^2 / (96 pi^2 M^2) (e.g. Leveille 1978). With our normalisation
        // Delta a = -m^2 (|A|^2 + |B|^2) 2 G_nc / (16 pi^2 M^2) for N_c = 1, so G_nc must be 1/12.
        assertThat(FermionScalarLoop.nonChiral(0, 0, 1)).isCloseTo(1.0 / 12, within(1e-15));
    }

    @Test
    void negativeOrNonFiniteRatioIsAProgrammingError() {
        assertThatThrownBy(() -> FermionScalarLoop.fermionChiral(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FermionScalarLoop.scalarNonChiral(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FermionScalarLoop.scalarChiral(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
