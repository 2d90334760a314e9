package org.lqflav.eft;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * The strong coupling and the QCD running of Wilson coefficients below a new-physics scale
 * (docs/conventions.md#running). Immutable.
 *
 * <p>Conventions: a coefficient vector obeys dC/dln(mu) = (alpha_s/4pi) gamma_s^T C + (alpha/4pi) gamma_e^T C,
 * i.e. {@code gamma[i][j]} feeds C_i into C_j (the convention of Buras-Misiak-Urban, hep-ph/0005183, and of the
 * wilson package's WET anomalous dimensions, arXiv:1704.06639). alpha_s runs in the MS-bar scheme from
 * alpha_s(m_Z) with flavour thresholds at m_b and m_t (continuous matching), at one, two or three loops.
 *
 * <p>{@link Order#LO} (the default) is the leading-log solution in closed form, C(low)/C(high) =
 * [alpha_s(low)/alpha_s(high)]^{-gamma0/(2 beta0)} per flavour segment, with alpha_s at the chosen loop order:
 * the scheme of flavio/wilson, which the seed papers quote. {@link Order#NLO} integrates the two-loop anomalous
 * dimensions of the scalar (quark-mass) and tensor currents with the matching beta function
 * ({@link #scalarFactor}, {@link #tensorFactor} only).
 */
public final class QcdRunning {
    /** Perturbative order of the anomalous dimensions of the scalar and tensor currents. */
    public enum Order { LO, NLO }

    private static final double FOUR_PI = 4 * Math.PI;
    private static final double ZETA3 = 1.2020569031595942;

    private final double alphaSmZ;
    private final double mZ;
    private final double mb;
    private final double mt;
    private final int alphaLoops;
    private final Order order;

    /** Leading-log running with two-loop alpha_s (the project default, docs/conventions.md#running). */
    public QcdRunning(double alphaSmZ, double mZ, double mb, double mt) {
        this(alphaSmZ, mZ, mb, mt, 2, Order.LO);
    }

    /**
     * @param alphaSmZ   alpha_s(m_Z), five flavours
     * @param mb         threshold for nf 4 | 5 (GeV)
     * @param mt         threshold for nf 5 | 6 (GeV)
     * @param alphaLoops loop order of the beta function, 1, 2 or 3
     * @param order      order of the scalar and tensor anomalous dimensions
     */
    public QcdRunning(double alphaSmZ, double mZ, double mb, double mt, int alphaLoops, Order order) {
        if (alphaLoops < 1 || alphaLoops > 3) {
            throw new IllegalArgumentException("alpha_s loops must be 1, 2 or 3, got " + alphaLoops);
        }
        if (!(alphaSmZ > 0) || !(mZ > 0) || !(mb > 0) || !(mt > mb)) {
            throw new IllegalArgumentException("need alpha_s > 0 and 0 < m_b < m_t, got " + alphaSmZ + ", " + mb
                    + ", " + mt);
        }
        this.alphaSmZ = alphaSmZ;
        this.mZ = mZ;
        this.mb = mb;
        this.mt = mt;
        this.alphaLoops = alphaLoops;
        this.order = order;
    }

    public Order order() {
        return order;
    }

    /** Equal inputs give equal running (used to cache evolution matrices). */
    @Override
    public boolean equals(Object o) {
        return o instanceof QcdRunning q && q.alphaSmZ == alphaSmZ && q.mZ == mZ && q.mb == mb && q.mt == mt
                && q.alphaLoops == alphaLoops && q.order == order;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(alphaSmZ, mZ, mb, mt, alphaLoops, order);
    }

    /** beta_0 of mu dalpha/dmu = -2 alpha [beta0 a + beta1 a^2 + beta2 a^3], a = alpha_s/4pi (PDG QCD review eq. (9.4)). */
    static double beta0(int nf) {
        return 11 - 2.0 * nf / 3;
    }

    static double beta1(int nf) {
        return 102 - 38.0 * nf / 3;
    }

    /** Three-loop coefficient, Tarasov-Vladimirov-Zharkov (1980); PDG QCD review eq. (9.5). */
    static double beta2(int nf) {
        return 2857.0 / 2 - 5033.0 * nf / 18 + 325.0 * nf * nf / 54;
    }

    /**
     * Quark-mass anomalous dimension, mu dm/dmu = -m [g0 a + g1 a^2 + g2 a^3], a = alpha_s/4pi:
     * g0 = 6 C_F = 8, g1 = C_F (3 C_F + 97/3 C_A - 20/3 T_F nf) = 404/3 - 40 nf/9 (Tarrach 1981; Chetyrkin,
     * hep-ph/9703278 eq. (6) with a = alpha_s/pi rescaled). A scalar current's coefficient runs as m(mu).
     */
    static double[] gammaMass(int nf) {
        return new double[] {8, 404.0 / 3 - 40.0 * nf / 9,
                2498 - (4432.0 / 27 + 320 * ZETA3 / 3) * nf - 280.0 * nf * nf / 81};
    }

    /**
     * Tensor-current anomalous dimension, mu dC_T/dmu = +C_T [g0 a + g1 a^2], a = alpha_s/4pi: g0 = 2 C_F = 8/3,
     * g1 = C_F (257/9 C_A - 19 C_F - 52/9 T_F nf) = 724/9 - 104 nf/27 (Gracey, hep-ph/0007171 eq. (10) with his
     * a = g^2/16pi^2 and gamma = gamma_T/2; as used in Gonzalez-Alonso, Martin Camalich, Mimouni, arXiv:1706.00410).
     */
    static double[] gammaTensor(int nf) {
        return new double[] {8.0 / 3, 724.0 / 9 - 104.0 * nf / 27};
    }

    /** Active flavours at mu (nf = 6 above m_t, 4 below m_b). */
    public int nf(double mu) {
        if (mu > mt) {
            return 6;
        }
        return mu > mb ? 5 : 4;
    }

    /** alpha_s(mu) from alpha_s(m_Z) at the configured loop order, continuous across thresholds. */
    public double alphaS(double mu) {
        if (!(mu > 0) || Double.isInfinite(mu)) {
            throw new IllegalArgumentException("scale must be positive and finite, got " + mu);
        }
        if (mu >= mZ) {
            double a = runFixedFlavours(alphaSmZ, mZ, Math.min(mu, mt), 5);
            return mu > mt ? runFixedFlavours(a, mt, mu, 6) : a;
        }
        double a = runFixedFlavours(alphaSmZ, mZ, Math.max(mu, mb), 5);
        return mu < mb ? runFixedFlavours(a, mb, mu, 4) : a;
    }

    /** mu dalpha/dmu = -2 alpha (beta0 a + beta1 a^2 + beta2 a^3), a = alpha/4pi, truncated at alphaLoops. */
    private double dAlphaDlnMu(double alpha, int nf) {
        double a = alpha / FOUR_PI;
        double b = beta0(nf) * a;
        if (alphaLoops >= 2) {
            b += beta1(nf) * a * a;
        }
        if (alphaLoops >= 3) {
            b += beta2(nf) * a * a * a;
        }
        return -2 * alpha * b;
    }

    private double runFixedFlavours(double alpha, double muFrom, double muTo, int nf) {
        if (muFrom == muTo) {
            return alpha;
        }
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] {dAlphaDlnMu(y[0], nf)};
            }
        };
        return integrator().integrate(ode, new ODEState(Math.log(muFrom), new double[] {alpha}), Math.log(muTo))
                .getPrimaryState()[0];
    }

    private static ODEIntegrator integrator() {
        return new DormandPrince853Integrator(1e-8, 1.0, 1e-13, 1e-13);
    }

    /** The flavour segments between two scales: {upper, lower, nf} for each, in running order. */
    private double[][] segments(double from, double to) {
        double lo = Math.min(from, to);
        double hi = Math.max(from, to);
        java.util.List<double[]> s = new java.util.ArrayList<>();
        double top = hi;
        for (double th : new double[] {mt, mb}) {
            if (th < top && th > lo) {
                s.add(new double[] {top, th, nf(Math.sqrt(top * th))});
                top = th;
            }
        }
        s.add(new double[] {top, lo, nf(Math.sqrt(top * lo))});
        if (from < to) {   // running up: reverse order and ends
            java.util.Collections.reverse(s);
            for (double[] seg : s) {
                double t = seg[0];
                seg[0] = seg[1];
                seg[1] = t;
            }
        }
        return s.toArray(new double[0][]);
    }

    /** C_S(muLow) / C_S(muHigh) for a scalar current (q-bar q'): the ratio m_q(muLow)/m_q(muHigh). */
    public double scalarFactor(double muHigh, double muLow) {
        return order == Order.LO ? diagonalFactor(-gammaMass(5)[0], muHigh, muLow) : nloFactor(muHigh, muLow, true);
    }

    /** C_T(muLow) / C_T(muHigh) for a tensor current. */
    public double tensorFactor(double muHigh, double muLow) {
        return order == Order.LO ? diagonalFactor(gammaTensor(5)[0], muHigh, muLow)
                : nloFactor(muHigh, muLow, false);
    }

    /**
     * Leading-log factor C(to)/C(from) for a single operator with one-loop anomalous dimension gamma0
     * (nf-independent) in the convention of the class comment: prod over segments of
     * [alpha_s(end)/alpha_s(start)]^{-gamma0/(2 beta0)} (Buras, hep-ph/9806471 eq. (5.11)).
     */
    public double diagonalFactor(double gamma0, double from, double to) {
        double f = 1;
        for (double[] seg : segments(from, to)) {
            f *= Math.pow(alphaS(seg[1]) / alphaS(seg[0]), -gamma0 / (2 * beta0((int) seg[2])));
        }
        return f;
    }

    /**
     * Leading-log evolution matrix U with C(to) = U C(from) for dC/dln(mu) = (alpha_s/4pi) gammaS^T C
     * + (alphaEm/4pi) gammaEm^T C, alphaEm held fixed. Per flavour segment the equation is integrated in
     * alpha_s with the one-loop beta function, dC/dalpha_s = -[gammaS^T/(2 beta0 alpha_s)
     * + alphaEm gammaEm^T/(2 beta0 alpha_s^2)] C, between alpha_s values of the configured loop order: the pure
     * QCD part is the closed form of {@link #diagonalFactor}; the QED part is first order in alphaEm, as in
     * wilson's WET evolution (arXiv:1704.06639, sec. 4). gammaEm may be null.
     */
    public double[][] evolution(double[][] gammaS, double[][] gammaEm, double alphaEm, double from, double to) {
        int n = gammaS.length;
        double[][] u = identity(n);
        for (double[] seg : segments(from, to)) {
            double b0 = beta0((int) seg[2]);
            double aStart = alphaS(seg[0]);
            double aEnd = alphaS(seg[1]);
            double[][] useg = new double[n][];
            for (int k = 0; k < n; k++) {
                double[] start = new double[n];
                start[k] = 1;
                useg[k] = integrateLo(gammaS, gammaEm, alphaEm, b0, aStart, aEnd, start);   // column k of U
            }
            u = multiply(transpose(useg), u);
        }
        return u;
    }

    private static double[] integrateLo(double[][] gs, double[][] ge, double alphaEm, double b0, double a0, double a1,
                                        double[] c0) {
        if (a0 == a1) {
            return c0.clone();
        }
        int n = c0.length;
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public double[] computeDerivatives(double a, double[] c) {
                double[] d = new double[n];
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        double g = gs[i][j] / (2 * b0 * a);
                        if (ge != null) {
                            g += alphaEm * ge[i][j] / (2 * b0 * a * a);
                        }
                        s -= g * c[i];
                    }
                    d[j] = s;
                }
                return d;
            }
        };
        return integrator().integrate(ode, new ODEState(a0, c0), a1).getPrimaryState();
    }

    /**
     * NLO factor: integrates d ln C/d ln(mu) = -gamma_m (scalar) or +gamma_T (tensor) at two loops together with
     * alpha_s (beta function at max(2, alphaLoops) loops), per flavour segment.
     */
    private double nloFactor(double from, double to, boolean scalar) {
        double lnC = 0;
        int loops = Math.max(2, alphaLoops);
        for (double[] seg : segments(from, to)) {
            int nf = (int) seg[2];
            double[] g = scalar ? gammaMass(nf) : gammaTensor(nf);
            double sign = scalar ? -1 : 1;
            OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
                @Override
                public int getDimension() {
                    return 2;
                }

                @Override
                public double[] computeDerivatives(double t, double[] y) {
                    double a = y[0] / FOUR_PI;
                    double b = beta0(nf) * a + beta1(nf) * a * a + (loops >= 3 ? beta2(nf) * a * a * a : 0);
                    return new double[] {-2 * y[0] * b, sign * (g[0] * a + g[1] * a * a)};
                }
            };
            double[] y0 = {alphaS(seg[0]), 0};
            lnC += integrator().integrate(ode, new ODEState(Math.log(seg[0]), y0), Math.log(seg[1]))
                    .getPrimaryState()[1];
        }
        return Math.exp(lnC);
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < b.length; k++) {
                    s += a[i][k] * b[k][j];
                }
                c[i][j] = s;
            }
        }
        return c;
    }
}
