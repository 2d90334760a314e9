package org.lqflav.model.etaetapdelta;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Three-loop MS-bar running of quark masses and alpha_s, with nf = 4 | 5 | 6 and continuous (leading-order)
 * matching at m_b and m_t. Used for the down-quark masses inside the neutrino-mass loop R_i of seed002 eq. (II.6),
 * which the seed-002 reproduction notes evaluate at mu = M_LQ with three-loop QCD. (The project-wide
 * {@code eft.QcdRunning} is leading log; over three decades it undershoots the mass running by ~20%.)
 *
 * <p>With a = alpha_s/pi: da/d ln mu^2 = -(b0 a^2 + b1 a^3 + b2 a^4), d ln m/d ln mu^2 = -(g0 a + g1 a^2 + g2 a^3),
 * b0 = (11 - 2nf/3)/4, b1 = (102 - 38nf/3)/16, b2 = (2857/2 - 5033nf/18 + 325nf^2/54)/64 (Tarasov-Vladimirov-Zharkov;
 * PDG QCD review eq. (9.5)); g0 = 1, g1 = (202/3 - 20nf/9)/16, g2 = [1249 + (-2216/27 - 160 zeta3/3) nf
 * - 140nf^2/81]/64 (Tarasov 1982; Chetyrkin, hep-ph/9703278; Vermaseren-Larin-van Ritbergen, hep-ph/9703284).
 * Immutable.
 */
final class QuarkMassRunning {
    private static final double ZETA3 = 1.2020569031595942;
    private final double alphaSmZ;
    private final double mZ;
    private final double mb;
    private final double mt;

    /**
     * @param alphaSmZ alpha_s(m_Z), five flavours
     * @param mb       threshold nf 4 | 5, GeV
     * @param mt       threshold nf 5 | 6, GeV
     */
    QuarkMassRunning(double alphaSmZ, double mZ, double mb, double mt) {
        this.alphaSmZ = alphaSmZ;
        this.mZ = mZ;
        this.mb = mb;
        this.mt = mt;
    }

    /** m(muTo)/m(muFrom) for an MS-bar quark mass. */
    double massRatio(double muFrom, double muTo) {
        double[] state = {alphaS(muFrom) / Math.PI, 0};
        double lo = Math.min(muFrom, muTo);
        double hi = Math.max(muFrom, muTo);
        double mu = muFrom;
        // walk across the thresholds between the two scales, in the direction of muTo
        double[] thresholds = muTo > muFrom ? new double[] {mb, mt} : new double[] {mt, mb};
        for (double th : thresholds) {
            if (th > lo && th < hi) {
                state = run(state, mu, th, nf(Math.sqrt(mu * th)));
                mu = th;
            }
        }
        state = run(state, mu, muTo, nf(Math.sqrt(mu * muTo)));
        return Math.exp(state[1]);
    }

    /** alpha_s(mu), three loops, from alpha_s(m_Z). */
    double alphaS(double mu) {
        double[] state = {alphaSmZ / Math.PI, 0};
        double at = mZ;
        double[] thresholds = mu > mZ ? new double[] {mt} : new double[] {mb};
        for (double th : thresholds) {
            if ((mu > mZ && th < mu && th > mZ) || (mu < mZ && th > mu && th < mZ)) {
                state = run(state, at, th, nf(Math.sqrt(at * th)));
                at = th;
            }
        }
        return Math.PI * run(state, at, mu, nf(Math.sqrt(at * mu)))[0];
    }

    private int nf(double mu) {
        if (mu > mt) {
            return 6;
        }
        return mu > mb ? 5 : 4;
    }

    /** Integrates (a, ln m) from muFrom to muTo at fixed nf. */
    private static double[] run(double[] state, double muFrom, double muTo, int nf) {
        if (muFrom == muTo) {
            return state.clone();
        }
        double b0 = (11 - 2.0 * nf / 3) / 4;
        double b1 = (102 - 38.0 * nf / 3) / 16;
        double b2 = (2857.0 / 2 - 5033.0 * nf / 18 + 325.0 * nf * nf / 54) / 64;
        double g0 = 1;
        double g1 = (202.0 / 3 - 20.0 * nf / 9) / 16;
        double g2 = (1249 + (-2216.0 / 27 - 160 * ZETA3 / 3) * nf - 140.0 * nf * nf / 81) / 64;
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double a = y[0];
                return new double[] {-(b0 + (b1 + b2 * a) * a) * a * a, -(g0 + (g1 + g2 * a) * a) * a};
            }
        };
        ODEIntegrator integrator = new DormandPrince853Integrator(1e-6, 10.0, 1e-11, 1e-11);
        double t0 = 2 * Math.log(muFrom);
        double t1 = 2 * Math.log(muTo);
        return integrator.integrate(ode, new ODEState(t0, state.clone()), t1).getPrimaryState();
    }
}
