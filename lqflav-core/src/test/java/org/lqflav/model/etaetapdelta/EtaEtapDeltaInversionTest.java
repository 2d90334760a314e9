package org.lqflav.model.etaetapdelta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lqflav.math.CMatrix3;
import org.lqflav.obs.neutrino.NeutrinoSpectrum;
import org.lqflav.param.SmInputs;

/**
 * The Casas-Ibarra-like inversion, eq. (II.7): random neutrino data in (fixed seeds), g solved, m_nu rebuilt with
 * eq. (II.6) and diagonalised by the shared {@link NeutrinoSpectrum}; masses, angles and phases must come back to
 * 1e-6 (relative for masses and angles, 1e-6 of a full turn for phases), for both orderings, complex f and complex A
 * drawn from the paper's scan ranges (III.1). Observed worst cases (300 points per ordering): masses 4e-9 relative,
 * angles 1.3e-9 relative, phases 3e-7 degrees; the 1e-6 bound leaves room for other platforms' rounding.
 */
class EtaEtapDeltaInversionTest {
    private static final int POINTS = 300;

    /** log-uniform in [lo, hi]. */
    private static double logUniform(Random rnd, double lo, double hi) {
        return Math.exp(Math.log(lo) + rnd.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }

    private static Complex randomPhase(Random rnd, double modulus) {
        double phi = 2 * Math.PI * rnd.nextDouble();
        return new Complex(modulus * Math.cos(phi), modulus * Math.sin(phi));
    }

    /** f with |f_ij| log-uniform in [1e-7, 1e-3] and random phases (III.1). */
    private static CMatrix3 randomF(Random rnd) {
        Complex[][] f = new Complex[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                f[i][j] = randomPhase(rnd, logUniform(rnd, 1e-7, 1e-3));
            }
        }
        return CMatrix3.of(f);
    }

    /** Complex antisymmetric A with |A_12,13,23| log-uniform in [1e-13, 1e-7] GeV (III.1). */
    private static CMatrix3 randomA(Random rnd) {
        Complex[][] a = new Complex[3][3];
        for (int i = 0; i < 3; i++) {
            a[i][i] = Complex.ZERO;
            for (int j = i + 1; j < 3; j++) {
                a[i][j] = randomPhase(rnd, logUniform(rnd, 1e-13, 1e-7));
                a[j][i] = a[i][j].negate();
            }
        }
        return CMatrix3.of(a);
    }

    /** NuFIT-5.1-like ranges, m_lightest log-uniform in [1e-4, 0.05] eV, all phases random. */
    private static EtaEtapDeltaInversion.NeutrinoData randomData(Random rnd, boolean normal) {
        return new EtaEtapDeltaInversion.NeutrinoData(normal, logUniform(rnd, 1e-4, 0.05),
                6.8e-5 + 1.2e-5 * rnd.nextDouble(), 2.4e-3 + 0.2e-3 * rnd.nextDouble(),
                31 + 5 * rnd.nextDouble(), 39 + 13 * rnd.nextDouble(), 8.2 + 0.8 * rnd.nextDouble(),
                360 * rnd.nextDouble(), 360 * rnd.nextDouble(), 360 * rnd.nextDouble());
    }

    /** Difference of two angles in degrees, wrapped to [-180, 180). */
    private static double phaseDifference(double a, double b) {
        double d = (a - b) % 360;
        if (d >= 180) {
            d -= 360;
        } else if (d < -180) {
            d += 360;
        }
        return d;
    }

    @ParameterizedTest(name = "{0} ordering, seed {1}")
    @CsvSource({"normal, 20210701", "inverted, 20210702"})
    void randomNeutrinoDataRoundTripsThroughEqsII7AndII6(String ordering, long seed) {
        Random rnd = new Random(seed);
        boolean normal = ordering.equals("normal");
        SmInputs sm = SmInputs.of("seeds2021");
        double worstMass = 0;
        double worstAngle = 0;
        double worstPhase = 0;
        // R_i for a few leptoquark spectra (M_LQ in [1, 5] TeV, m_B1 = M_LQ/2, alpha1 in [1e-3, 1e-2]); the running
        // quark masses are the slow part, so the points share these.
        double[][] rs = new double[8][];
        for (int k = 0; k < rs.length; k++) {
            double mLq = 1000 + 4000 * rnd.nextDouble();
            rs[k] = EtaEtapDelta.rFactors(logUniform(rnd, 1e-3, 1e-2), mLq, mLq / 2, sm);
        }
        for (int n = 0; n < POINTS; n++) {
            EtaEtapDeltaInversion.NeutrinoData nu = randomData(rnd, normal);
            double[] r = rs[rnd.nextInt(rs.length)];
            CMatrix3 f = randomF(rnd);
            CMatrix3 g = EtaEtapDeltaInversion.solveG(nu, f, r, randomA(rnd));
            NeutrinoSpectrum out = NeutrinoSpectrum.of(EtaEtapDeltaFormulas.neutrinoMass(f, g, r).scale(1e9));

            assertThat(out.normalOrdering()).isEqualTo(normal);
            double[] m = nu.masses();
            double[] got = {out.m1(), out.m2(), out.m3()};
            for (int i = 0; i < 3; i++) {
                worstMass = Math.max(worstMass, Math.abs(got[i] / m[i] - 1));
            }
            double[][] angles = {{nu.theta12(), out.theta12()}, {nu.theta23(), out.theta23()},
                {nu.theta13(), out.theta13()}};
            for (double[] a : angles) {
                worstAngle = Math.max(worstAngle, Math.abs(a[1] / a[0] - 1));
            }
            double[][] phases = {{nu.deltaCp(), out.deltaCp()}, {nu.alpha21(), out.alpha21()},
                {nu.alpha31(), out.alpha31()}};
            for (double[] p : phases) {
                worstPhase = Math.max(worstPhase, Math.abs(phaseDifference(p[1], p[0])) / 360);
            }
        }
        assertThat(worstMass).as("worst relative mass error").isLessThan(1e-6);
        assertThat(worstAngle).as("worst relative angle error").isLessThan(1e-6);
        assertThat(worstPhase).as("worst phase error / 360 deg").isLessThan(1e-6);
    }

    @Test
    void theMassMatrixOfTheDataIsDiagonalisedByItsOwnPmnsMatrix() {
        // docs/conventions.md#neutrinos: M = U* diag(m) U^dagger, so U^T M U = diag(m).
        EtaEtapDeltaInversion.NeutrinoData nu = new EtaEtapDeltaInversion.NeutrinoData(false, 0.02, 7.4e-5, 2.5e-3,
                33, 48, 8.6, 250, 40, 300);
        CMatrix3 u = nu.pmns();
        CMatrix3 d = u.transpose().times(nu.massMatrix()).times(u);
        double[] m = nu.masses();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double expected = i == j ? m[i] : 0;
                assertThat(d.get(i, j).subtract(new Complex(expected)).norm()).isLessThan(1e-15);
            }
        }
        assertThat(m[2]).isEqualTo(0.02);
        assertThat(m[1] * m[1] - m[2] * m[2]).isCloseTo(2.5e-3, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void antisymmetricAChangesGButNotTheMassMatrix() {
        // A is the freedom eq. (II.7) leaves: different A, different g, same m_nu.
        Random rnd = new Random(7);
        CMatrix3 m = randomData(rnd, true).massMatrix().scale(1e-9);
        CMatrix3 f = randomF(rnd);
        double[] r = {-3e-7, -6e-6, -3e-4};
        CMatrix3 g0 = EtaEtapDeltaInversion.solveG(m, f, r, CMatrix3.ZERO);
        CMatrix3 g1 = EtaEtapDeltaInversion.solveG(m, f, r, randomA(rnd));
        assertThat(g0.get(0, 1).subtract(g1.get(0, 1)).norm()).isGreaterThan(1e-6 * g0.get(0, 1).norm());
        CMatrix3 diff = EtaEtapDeltaFormulas.neutrinoMass(f, g0, r).plus(EtaEtapDeltaFormulas.neutrinoMass(f, g1, r)
                .scale(-1));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(diff.get(i, j).norm()).isLessThan(1e-9 * m.get(2, 2).norm());
            }
        }
    }

    @Test
    void singularFOrVanishingRIsRejected() {
        CMatrix3 m = CMatrix3.diagonal(1e-11, 2e-11, 5e-11);
        CMatrix3 rank2 = CMatrix3.real(new double[][] {{1e-3, 2e-3, 0}, {2e-3, 4e-3, 0}, {0, 0, 1e-3}});
        assertThatThrownBy(() -> EtaEtapDeltaInversion.solveG(m, rank2, new double[] {1, 1, 1}, CMatrix3.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("singular");
        assertThatThrownBy(() -> EtaEtapDeltaInversion.solveG(m, CMatrix3.diagonal(1, 1, 1), new double[] {1, 0, 1},
                CMatrix3.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R_i");
    }

    @Test
    void neutrinoDataOutsideTheLabellingConventionIsRejected() {
        // dm2_3l must exceed 2 dm2_21, else (m1, m2) would not be the closest pair and NeutrinoSpectrum would relabel.
        assertThatThrownBy(() -> new EtaEtapDeltaInversion.NeutrinoData(true, 0.01, 1e-3, 1.5e-3, 33, 45, 8, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EtaEtapDeltaInversion.NeutrinoData(true, 0.01, 7e-5, 2.5e-3, 95, 45, 8, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EtaEtapDeltaInversion.NeutrinoData(true, -0.01, 7e-5, 2.5e-3, 33, 45, 8, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
