package org.lqflav.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** chi^2, pulls and shares on cases computed by hand (each expected number says how). */
class LikelihoodTest {
    private static final Provenance P = new Provenance("test", "true", null, null);
    private static final int[] FIRST = {0};

    @Test
    void symmetricGaussianPullAndChi2() {
        // value 1.0 +- 0.1, prediction 1.2: pull = (1.2 - 1.0)/0.1 = 2, chi2 = 4
        GaussianMeasurement g = GaussianMeasurement.symmetric("g", "N_nu", 1.0, 0.1, 0, P);
        assertThat(g.pull(new double[] {1.2}, FIRST, 0)).isCloseTo(2.0, within(1e-12));
        assertThat(g.chi2(new double[] {1.2}, FIRST)).isCloseTo(4.0, within(1e-12));
        // below the value the pull is negative, chi2 the same
        assertThat(g.pull(new double[] {0.8}, FIRST, 0)).isCloseTo(-2.0, within(1e-12));
    }

    @Test
    void theoryUncertaintyIsAddedInQuadrature() {
        // experiment 0.3, theory 0.4: sigma = sqrt(0.09 + 0.16) = 0.5; prediction 1 above: pull 2, chi2 4
        GaussianMeasurement g = GaussianMeasurement.symmetric("g", "N_nu", 2.0, 0.3, 0.4, P);
        assertThat(g.sigmaAt(3.0)).isCloseTo(0.5, within(1e-15));
        assertThat(g.chi2(new double[] {3.0}, FIRST)).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void asymmetricErrorsUseTheSideOfThePrediction() {
        // 0.5 +0.2 -0.1: prediction 0.9 is above, (0.9 - 0.5)/0.2 = 2; prediction 0.3 is below, (0.3 - 0.5)/0.1 = -2
        GaussianMeasurement g = new GaussianMeasurement("g", "N_nu", 0.5, 0.2, 0.1, 0, P);
        assertThat(g.pull(new double[] {0.9}, FIRST, 0)).isCloseTo(2.0, within(1e-12));
        assertThat(g.pull(new double[] {0.3}, FIRST, 0)).isCloseTo(-2.0, within(1e-12));
        assertThat(g.chi2(new double[] {0.3}, FIRST)).isCloseTo(4.0, within(1e-12));
        // with theory 0.15 on the upper side: sqrt(0.04 + 0.0225) = 0.25, pull 0.4/0.25 = 1.6
        GaussianMeasurement t = new GaussianMeasurement("t", "N_nu", 0.5, 0.2, 0.1, 0.15, P);
        assertThat(t.pull(new double[] {0.9}, FIRST, 0)).isCloseTo(1.6, within(1e-12));
    }

    @Test
    void limitIsAHalfNormalWithTheLimitAtItsQuantile() {
        // z(0.90) = Phi^-1(0.95) = 1.6448536269514722, z(0.95) = Phi^-1(0.975) = 1.959963984540054
        // (standard normal quantiles, e.g. Python statistics.NormalDist().inv_cdf)
        assertThat(LimitMeasurement.z(0.90)).isCloseTo(1.6448536269514722, within(1e-12));
        assertThat(LimitMeasurement.z(0.95)).isCloseTo(1.959963984540054, within(1e-12));
        // a prediction at the limit: chi2 = z^2 = 2.7055 (90%) and 3.8415 (95%), the chi-square(1) quantiles
        LimitMeasurement l90 = new LimitMeasurement("l", "BR(tau->mugamma)", 4.4e-8, 0.90, 0, P);
        LimitMeasurement l95 = new LimitMeasurement("l", "BR(tau->mugamma)", 4.4e-8, 0.95, 0, P);
        assertThat(l90.chi2(new double[] {4.4e-8}, FIRST)).isCloseTo(2.705543454095404, within(1e-9));
        assertThat(l95.chi2(new double[] {4.4e-8}, FIRST)).isCloseTo(3.841458820694124, within(1e-9));
        // sigma = limit / z; zero gives chi2 0; a signed quantity counts by magnitude
        assertThat(l90.sigma()).isCloseTo(4.4e-8 / 1.6448536269514722, within(1e-20));
        assertThat(l90.chi2(new double[] {0}, FIRST)).isZero();
        assertThat(l90.pull(new double[] {-4.4e-8}, FIRST, 0)).isCloseTo(1.6448536269514722, within(1e-9));
        // theory in quadrature: limit/z = 3, theory 4 -> sigma 5
        LimitMeasurement lt = new LimitMeasurement("l", "N_nu", 3 * LimitMeasurement.z(0.9), 0.9, 4, P);
        assertThat(lt.sigma()).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void correlatedGaussianTwoByTwoByHand() {
        // HFLAV-2019-like numbers: values (0.340, 0.295), sigmas (0.030, 0.014), rho = -0.38, prediction (0.30, 0.26)
        // r = (-0.040, -0.035); for 2x2, chi2 = (r1^2 s2^2 - 2 rho r1 r2 s1 s2 + r2^2 s1^2) / (s1^2 s2^2 (1 - rho^2))
        // = 12.343514622617 (evaluated with Python)
        double[][] rho = {{1, -0.38}, {-0.38, 1}};
        CorrelatedGaussian c = new CorrelatedGaussian("c", List.of("Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)"),
                new double[] {0.340, 0.295}, new double[] {0.030, 0.014}, rho, new double[2], P);
        double[] x = {0.30, 0.26};
        int[] idx = {0, 1};
        double r1 = -0.04;
        double r2 = -0.035;
        double s1 = 0.03;
        double s2 = 0.014;
        double byHand = (r1 * r1 * s2 * s2 - 2 * -0.38 * r1 * r2 * s1 * s2 + r2 * r2 * s1 * s1)
                / (s1 * s1 * s2 * s2 * (1 - 0.38 * 0.38));
        assertThat(byHand).isCloseTo(12.343514622617008, within(1e-9));
        assertThat(c.chi2(x, idx)).isCloseTo(byHand, within(1e-9));
        // shares add up to chi2; pulls are marginal: r_i / s_i
        assertThat(c.contribution(x, idx, 0) + c.contribution(x, idx, 1)).isCloseTo(byHand, within(1e-9));
        assertThat(c.pull(x, idx, 0)).isCloseTo(-0.04 / 0.03, within(1e-12));
        assertThat(c.pull(x, idx, 1)).isCloseTo(-0.035 / 0.014, within(1e-12));
        // without correlation it is the sum of the two squared pulls: (4/3)^2 + 2.5^2 = 8.027777...
        CorrelatedGaussian u = new CorrelatedGaussian("u", List.of("Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)"),
                new double[] {0.340, 0.295}, new double[] {0.030, 0.014}, new double[][] {{1, 0}, {0, 1}},
                new double[2], P);
        assertThat(u.chi2(x, idx)).isCloseTo(16.0 / 9 + 6.25, within(1e-9));
    }

    @Test
    void correlatedGaussianAddsTheoryOnTheDiagonal() {
        // sigmas (0.03, 0.04), theory (0.04, 0.03): diagonal sigmas 0.05 both; rho_exp = 0.5 -> covariance
        // 0.5 * 0.03 * 0.04 = 6e-4, i.e. effective rho = 6e-4 / 0.0025 = 0.24. r = (0.05, 0): chi2 = 1/(1 - 0.24^2)
        CorrelatedGaussian c = new CorrelatedGaussian("c", List.of("Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)"),
                new double[] {0, 0}, new double[] {0.03, 0.04}, new double[][] {{1, 0.5}, {0.5, 1}},
                new double[] {0.04, 0.03}, P);
        assertThat(c.chi2(new double[] {0.05, 0}, new int[] {0, 1})).isCloseTo(1 / (1 - 0.24 * 0.24), within(1e-9));
        assertThat(c.pull(new double[] {0.05, 0}, new int[] {0, 1}, 0)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void totalIsTheSumAndRowsComeInSetOrder() {
        MeasurementSet set = MeasurementSet.parse("""
                name: toy
                measurements:
                  - {id: a, kind: gaussian, observable: N_nu, value: 3, uncertainty: 0.5}
                  - {id: b, kind: upper_limit, observable: "BR(tau->mugamma)", limit: 1.959963984540054, cl: 0.95}
                  - id: c
                    kind: correlated_gaussian
                    observables: ["Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)"]
                    values: [0.3, 0.25]
                    uncertainties: [0.1, 0.05]
                    correlation: 0
                """, "toy.yaml");
        Likelihood lk = Likelihood.of(set);
        assertThat(lk.observables()).containsExactly("N_nu", "BR(tau->mugamma)", "Rtaul(B->Dlnu)",
                "Rtaul(B->D*lnu)");
        // (4 - 3)/0.5 = 2 -> 4; the limit z(0.95) at 95% CL has sigma 1, so 1.0 -> 1;
        // (0.4 - 0.3)/0.1 = 1 -> 1 and (0.35 - 0.25)/0.05 = 2 -> 4 (no correlation): total 10
        Map<String, Double> p = Map.of("N_nu", 4.0, "BR(tau->mugamma)", 1.0, "Rtaul(B->Dlnu)", 0.4,
                "Rtaul(B->D*lnu)", 0.35);
        LikelihoodResult r = lk.evaluate(p);
        assertThat(r.chi2()).isCloseTo(10.0, within(1e-9));
        assertThat(lk.chi2(p)).isCloseTo(r.chi2(), within(1e-12));
        assertThat(r.measurements()).isEqualTo(3);
        assertThat(r.observables()).isEqualTo(4);
        assertThat(r.row("Rtaul(B->D*lnu)").orElseThrow().pull()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void aNaNPredictionGivesANaNChi2() {
        GaussianMeasurement g = GaussianMeasurement.symmetric("g", "N_nu", 1.0, 0.1, 0, P);
        assertThat(g.chi2(new double[] {Double.NaN}, FIRST)).isNaN();
    }
}
