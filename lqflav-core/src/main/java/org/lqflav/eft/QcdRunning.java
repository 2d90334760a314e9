package org.lqflav.eft;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * One-loop (leading-log) QCD running of semileptonic Wilson coefficients, with alpha_s at two loops and
 * flavour thresholds at m_b and m_t (docs/conventions.md#running). Vector currents do not run.
 *
 * <p>Anomalous dimensions: a scalar current runs as the inverse quark mass, so its coefficient runs as
 * m_q(mu) ~ alpha_s^{gamma_m0 / (2 beta0)}, gamma_m0 = 8; the tensor coefficient as
 * alpha_s^{-gamma_T0 / (2 beta0)}, gamma_T0 = 8/3 (Gracey, hep-ph/0007171; Gonzalez-Alonso, Martin Camalich,
 * Mimouni, arXiv:1706.00410 eq. (10)). Immutable.
 */
public final class QcdRunning {
    private final double alphaSmZ;
    private final double mZ;
    private final double mb;
    private final double mt;

    /**
     * @param alphaSmZ alpha_s(m_Z), five flavours
     * @param mb       threshold for nf 4 | 5 (GeV)
     * @param mt       threshold for nf 5 | 6 (GeV)
     */
    public QcdRunning(double alphaSmZ, double mZ, double mb, double mt) {
        this.alphaSmZ = alphaSmZ;
        this.mZ = mZ;
        this.mb = mb;
        this.mt = mt;
    }

    static double beta0(int nf) {
        return 11 - 2.0 * nf / 3;
    }

    static double beta1(int nf) {
        return 102 - 38.0 * nf / 3;
    }

    private int nf(double mu) {
        if (mu > mt) {
            return 6;
        }
        return mu > mb ? 5 : 4;
    }

    /** alpha_s(mu) from alpha_s(m_Z): two-loop beta function, continuous across thresholds (LO matching). */
    public double alphaS(double mu) {
        if (mu >= mZ) {
            double a = runFixedFlavours(alphaSmZ, mZ, Math.min(mu, mt), 5);
            return mu > mt ? runFixedFlavours(a, mt, mu, 6) : a;
        }
        double a = runFixedFlavours(alphaSmZ, mZ, Math.max(mu, mb), 5);
        return mu < mb ? runFixedFlavours(a, mb, mu, 4) : a;
    }

    /** d alpha / d ln mu^2 = -beta0 alpha^2/(4 pi) - beta1 alpha^3/(4 pi)^2 (PDG QCD review eq. (9.3)). */
    private static double runFixedFlavours(double alpha, double muFrom, double muTo, int nf) {
        if (muFrom == muTo) {
            return alpha;
        }
        double b0 = beta0(nf);
        double b1 = beta1(nf);
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double x = y[0] / (4 * Math.PI);
                return new double[] {-4 * Math.PI * (b0 * x * x + b1 * x * x * x)};
            }
        };
        ODEIntegrator integrator = new DormandPrince853Integrator(1e-8, 1.0, 1e-12, 1e-12);
        double t0 = 2 * Math.log(muFrom);
        double t1 = 2 * Math.log(muTo);
        return integrator.integrate(ode, new ODEState(t0, new double[] {alpha}), t1).getPrimaryState()[0];
    }

    /** C_S(muLow) / C_S(muHigh) for a scalar current (c-bar b), leading log, piecewise in nf. */
    public double scalarFactor(double muHigh, double muLow) {
        return factor(muHigh, muLow, 8.0);
    }

    /** C_T(muLow) / C_T(muHigh) for a tensor current, leading log, piecewise in nf. */
    public double tensorFactor(double muHigh, double muLow) {
        return factor(muHigh, muLow, -8.0 / 3);
    }

    /** prod over nf segments of [alpha(lower end)/alpha(upper end)]^{gamma0/(2 beta0)}. */
    private double factor(double muHigh, double muLow, double gamma0) {
        double f = 1;
        double hi = muHigh;
        for (double th : new double[] {mt, mb}) {
            if (th < hi && th > muLow) {
                f *= Math.pow(alphaS(th) / alphaS(hi), gamma0 / (2 * beta0(nf(Math.sqrt(th * hi)))));
                hi = th;
            }
        }
        return f * Math.pow(alphaS(muLow) / alphaS(hi), gamma0 / (2 * beta0(nf(Math.sqrt(muLow * hi)))));
    }
}
