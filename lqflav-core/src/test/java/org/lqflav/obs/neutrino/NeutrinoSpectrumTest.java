package org.lqflav.obs.neutrino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.lqflav.eft.LowEnergy;
import org.lqflav.math.CMatrix3;
import org.lqflav.obs.Inputs;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;

/**
 * Round trips: the expected numbers are the inputs of M = U^* diag(m) U^dagger, with U built here element by
 * element from the PDG standard parametrisation (independently of {@link NeutrinoSpectrum#pdgMatrix}) and
 * multiplied by random charged-lepton phases, which must not change the result.
 */
class NeutrinoSpectrumTest {
    private static final double MASS_TOL = 1e-12;
    private static final double DEG_TOL = 1e-6;
    private static final int CASES = 50;

    /** One generated point: inputs of the round trip. */
    private record Point(double m1, double m2, double m3, double t12, double t23, double t13, double delta,
                         double a21, double a31) {
    }

    @Test
    void normalOrderingRoundTrip() {
        roundTrips(new Random(1L), true, false);
    }

    @Test
    void invertedOrderingRoundTrip() {
        roundTrips(new Random(2L), false, false);
    }

    @Test
    void normalOrderingMasslessLightestRoundTrip() {
        roundTrips(new Random(3L), true, true);
    }

    @Test
    void invertedOrderingMasslessLightestRoundTrip() {
        roundTrips(new Random(4L), false, true);
    }

    @Test
    void nufitLikePointReproducesMassSplittings() {
        // NuFIT 5-like NO best fit (arXiv:2007.14792, rounded), m1 = 0: Dm2 are the inputs; m_betabeta from the
        // closed form |m2 s12^2 c13^2 e^{i alpha21} + m3 s13^2 e^{i(alpha31 - 2 delta)}| at alpha = 0.
        Point p = new Point(0, Math.sqrt(7.42e-5), Math.sqrt(2.517e-3), 33.4, 49, 8.6, 197, 0, 0);
        NeutrinoSpectrum s = NeutrinoSpectrum.of(massMatrix(p, pdg(p), new double[3]));
        assertThat(s.normalOrdering()).isTrue();
        assertThat(s.dm2_21()).isCloseTo(7.42e-5, within(1e-15));
        assertThat(s.dm2_31()).isCloseTo(2.517e-3, within(1e-15));
        assertThat(s.theta12()).isCloseTo(33.4, within(DEG_TOL));
        assertThat(s.theta23()).isCloseTo(49, within(DEG_TOL));
        assertThat(s.theta13()).isCloseTo(8.6, within(DEG_TOL));
        assertThat(s.deltaCp()).isCloseTo(197, within(DEG_TOL));
        double s12 = Math.sin(Math.toRadians(33.4));
        double c13 = Math.cos(Math.toRadians(8.6));
        double s13 = Math.sin(Math.toRadians(8.6));
        double twoDelta = Math.toRadians(2 * 197);
        double mbb = Math.hypot(p.m2 * s12 * s12 * c13 * c13 + p.m3 * s13 * s13 * Math.cos(twoDelta),
                p.m3 * s13 * s13 * Math.sin(twoDelta));
        assertThat(s.mBetaBeta()).isCloseTo(mbb, within(MASS_TOL));
        assertThat(s.sumMasses()).isCloseTo(p.m2 + p.m3, within(MASS_TOL));
    }

    @Test
    void realMatrixGivesCpConservingPhases() {
        // delta = 180 and alpha21 = 180 make U^* diag(m) U^dagger real: e^{i alpha21/2} = i turns m2 into -m2.
        Point p = new Point(0.01, Math.sqrt(1e-4 + 7.42e-5), Math.sqrt(1e-4 + 2.517e-3), 33, 45, 9, 180, 180, 0);
        CMatrix3 m = massMatrix(p, pdg(p), new double[3]);
        CMatrix3 real = CMatrix3.real(new double[][] {
            {m.re(0, 0), m.re(0, 1), m.re(0, 2)}, {m.re(1, 0), m.re(1, 1), m.re(1, 2)},
            {m.re(2, 0), m.re(2, 1), m.re(2, 2)}});
        assertThat(maxImaginary(m)).isLessThan(1e-15);
        assertMatches(NeutrinoSpectrum.of(real), p, real, true);
    }

    @Test
    void zeroMatrixGivesZeros() {
        NeutrinoSpectrum s = NeutrinoSpectrum.of(CMatrix3.ZERO);
        double[] all = {s.m1(), s.m2(), s.m3(), s.theta12(), s.theta23(), s.theta13(), s.deltaCp(), s.alpha21(),
            s.alpha31(), s.dm2_21(), s.dm2_31(), s.sumMasses(), s.mBetaBeta()};
        assertThat(all).containsOnly(0.0);
    }

    @Test
    void registersObservablesReadingTheSpectrum() {
        ObservableRegistry r = new ObservableRegistry();
        NeutrinoObservables.register(r);
        assertThat(r.names()).containsExactly("m_nu1", "m_nu2", "m_nu3", "Dm2_21", "Dm2_31", "theta_12",
                "theta_23", "theta_13", "delta_CP", "alpha_21", "alpha_31", "sum_m_nu", "m_betabeta");
        Point p = new Point(0.02, Math.sqrt(4e-4 + 7.42e-5), Math.sqrt(4e-4 + 2.517e-3), 33.4, 49, 8.6, 197, 40, 300);
        LowEnergy.Builder b = LowEnergy.builder();
        b.neutrinoMass = massMatrix(p, pdg(p), new double[3]);
        Inputs in = new Inputs(b.build(), null);
        NeutrinoSpectrum s = in.neutrinos();
        double[] expected = {s.m1(), s.m2(), s.m3(), s.dm2_21(), s.dm2_31(), s.theta12(), s.theta23(), s.theta13(),
            s.deltaCp(), s.alpha21(), s.alpha31(), s.sumMasses(), s.mBetaBeta()};
        int k = 0;
        for (ObservableSpec spec : r.all()) {
            assertThat(spec.function().evaluate(in)).as(spec.name()).isEqualTo(expected[k++]);
            assertThat(spec.unit()).isIn("eV", "eV^2", "deg");
            assertThat(spec.equation()).contains("docs/conventions.md#neutrinos");
        }
        assertThat(s.alpha31()).isCloseTo(300, within(DEG_TOL));
    }

    private static void roundTrips(Random rnd, boolean normal, boolean massless) {
        for (int n = 0; n < CASES; n++) {
            Point p = randomPoint(rnd, normal, massless);
            double[] rowPhases = {2 * Math.PI * rnd.nextDouble(), 2 * Math.PI * rnd.nextDouble(),
                2 * Math.PI * rnd.nextDouble()};
            CMatrix3 m = massMatrix(p, pdg(p), rowPhases);
            assertMatches(NeutrinoSpectrum.of(m), p, m, normal);
        }
    }

    /** Angles in [1, 89] deg, phases in [0, 360), Dm2 around the measured values, lightest mass in [0, 0.1) eV. */
    private static Point randomPoint(Random rnd, boolean normal, boolean massless) {
        double lightest = massless ? 0 : 0.1 * rnd.nextDouble();
        double dm21 = 6e-5 + 3e-5 * rnd.nextDouble();
        double dm31 = 2.3e-3 + 0.4e-3 * rnd.nextDouble();
        double m1 = normal ? lightest : Math.sqrt(lightest * lightest + dm31);
        double m2 = Math.sqrt(m1 * m1 + dm21);
        double m3 = normal ? Math.sqrt(m1 * m1 + dm31) : lightest;
        return new Point(m1, m2, m3, angle(rnd), angle(rnd), angle(rnd), 360 * rnd.nextDouble(),
                360 * rnd.nextDouble(), 360 * rnd.nextDouble());
    }

    private static double angle(Random rnd) {
        return 1 + 88 * rnd.nextDouble();
    }

    /**
     * Checks masses, ordering, angles and phases against the inputs, with the conventions for a massless
     * state: m1 = 0 gives alpha21 = 0 and alpha31 -> alpha31 - alpha21; m3 = 0 gives alpha31 = 0.
     */
    private static void assertMatches(NeutrinoSpectrum s, Point p, CMatrix3 m, boolean normal) {
        assertThat(s.normalOrdering()).isEqualTo(normal);
        assertThat(s.m1()).isCloseTo(p.m1, within(MASS_TOL));
        assertThat(s.m2()).isCloseTo(p.m2, within(MASS_TOL));
        assertThat(s.m3()).isCloseTo(p.m3, within(MASS_TOL));
        assertThat(s.theta12()).isCloseTo(p.t12, within(DEG_TOL));
        assertThat(s.theta23()).isCloseTo(p.t23, within(DEG_TOL));
        assertThat(s.theta13()).isCloseTo(p.t13, within(DEG_TOL));
        assertAngle(s.deltaCp(), p.delta);
        assertAngle(s.alpha21(), p.m1 == 0 ? 0 : p.a21);
        assertAngle(s.alpha31(), p.m3 == 0 ? 0 : p.m1 == 0 ? p.a31 - p.a21 : p.a31);
        // pmns() diagonalises the given M; pmnsPdg() is the PDG matrix at the extracted values
        CMatrix3 d = s.pmns().transpose().times(m).times(s.pmns());
        assertThat(maxDifference(d, CMatrix3.diagonal(s.m1(), s.m2(), s.m3()))).isLessThan(MASS_TOL);
        Point extracted = new Point(s.m1(), s.m2(), s.m3(), s.theta12(), s.theta23(), s.theta13(), s.deltaCp(),
                s.alpha21(), s.alpha31());
        assertThat(maxDifference(s.pmnsPdg(), pdg(extracted))).isLessThan(1e-14);
        assertThat(s.mBetaBeta()).isCloseTo(mBetaBeta(p), within(MASS_TOL));
    }

    /** Equal modulo 360 degrees, and in [0, 360). */
    private static void assertAngle(double actual, double expected) {
        assertThat(actual).isGreaterThanOrEqualTo(0).isLessThan(360);
        assertThat(Math.IEEEremainder(actual - expected, 360)).isCloseTo(0, within(DEG_TOL));
    }

    /** PDG standard parametrisation, written out element by element, times diag(1, e^{i a21/2}, e^{i a31/2}). */
    private static CMatrix3 pdg(Point p) {
        double s12 = Math.sin(Math.toRadians(p.t12));
        double c12 = Math.cos(Math.toRadians(p.t12));
        double s23 = Math.sin(Math.toRadians(p.t23));
        double c23 = Math.cos(Math.toRadians(p.t23));
        double s13 = Math.sin(Math.toRadians(p.t13));
        double c13 = Math.cos(Math.toRadians(p.t13));
        Complex ed = phase(Math.toRadians(p.delta));
        Complex[][] u = {
            {Complex.valueOf(c12 * c13), Complex.valueOf(s12 * c13), ed.conjugate().multiply(s13)},
            {ed.multiply(-c12 * s23 * s13).subtract(s12 * c23), ed.multiply(-s12 * s23 * s13).add(c12 * c23),
                Complex.valueOf(s23 * c13)},
            {ed.multiply(-c12 * c23 * s13).add(s12 * s23), ed.multiply(-s12 * c23 * s13).subtract(c12 * s23),
                Complex.valueOf(c23 * c13)}};
        Complex[] majorana = {Complex.ONE, phase(Math.toRadians(p.a21) / 2), phase(Math.toRadians(p.a31) / 2)};
        for (Complex[] row : u) {
            for (int j = 0; j < 3; j++) {
                row[j] = row[j].multiply(majorana[j]);
            }
        }
        return CMatrix3.of(u);
    }

    /** M = U'^* diag(m) U'^dagger with U' = diag(e^{i rowPhases}) U. */
    private static CMatrix3 massMatrix(Point p, CMatrix3 u, double[] rowPhases) {
        Complex[][] rows = new Complex[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                rows[i][j] = i == j ? phase(rowPhases[i]) : Complex.ZERO;
            }
        }
        CMatrix3 up = CMatrix3.of(rows).times(u);
        return up.conjugate().times(CMatrix3.diagonal(p.m1, p.m2, p.m3)).times(up.dagger());
    }

    /** |sum_i U_ei^2 m_i| for the PDG matrix of the point (row phases drop out of the modulus). */
    private static double mBetaBeta(Point p) {
        CMatrix3 u = pdg(p);
        return u.get(0, 0).multiply(u.get(0, 0)).multiply(p.m1)
                .add(u.get(0, 1).multiply(u.get(0, 1)).multiply(p.m2))
                .add(u.get(0, 2).multiply(u.get(0, 2)).multiply(p.m3)).norm();
    }

    private static Complex phase(double radians) {
        return Complex.valueOf(Math.cos(radians), Math.sin(radians));
    }

    private static double maxImaginary(CMatrix3 m) {
        double max = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                max = Math.max(max, Math.abs(m.im(i, j)));
            }
        }
        return max;
    }

    private static double maxDifference(CMatrix3 a, CMatrix3 b) {
        double max = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                max = Math.max(max, a.get(i, j).subtract(b.get(i, j)).norm());
            }
        }
        return max;
    }
}
