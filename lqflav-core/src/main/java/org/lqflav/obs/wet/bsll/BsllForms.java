package org.lqflav.obs.wet.bsll;

import org.hipparchus.complex.Complex;
import org.lqflav.obs.wet.Helicity;
import org.lqflav.obs.wet.Helicity.ScalarFormFactors;
import org.lqflav.obs.wet.Helicity.VectorFormFactors;
import org.lqflav.obs.wet.QuadraticForm;
import org.lqflav.obs.wet.Quadrature;

/**
 * Binned B -> K l l and B -> K* l l rates as Hermitian forms in c = (SM, C9, C9p, C10, C10p, CS, CSp, CP, CPp) of
 * one lepton flavour (flavio basis: H = -(4 G_F/sqrt 2) V_tb V_ts* (e^2/16 pi^2) sum C_i O_i, O_S = m_b (sbar P_R b)
 * (lbar l), docs/conventions.md#wet). The SM slot carries C7^eff, C9 + Y(q^2) and C10 at mu = m_b. Factorisable
 * amplitudes only (no QCDF spectator scattering or charm-loop power corrections). Immutable.
 */
public final class BsllForms {
    public static final int N = 9;
    /** 6 x 8 Gauss-Legendre nodes per bin: relative change < 1e-4 against 24 x 8 (lowest K* bin, photon pole). */
    private static final int PANELS = 6;
    private static final int POINTS = 8;

    /** Inputs: masses (GeV), SM coefficients at m_b ({C1..C6}, C7eff, C9, C10), normalisation. */
    public record Inputs(double mb, double ms, double mc, double[] c1to6, double c7eff, double c9, double c10,
                         double norm) {
    }

    private BsllForms() {
    }

    static Helicity.Wc wc(Complex[] c, Inputs in, Complex y) {
        Complex sm = c[0];
        Complex v = sm.multiply(y.add(in.c9())).add(c[1]);
        Complex a = sm.multiply(in.c10()).add(c[3]);
        return new Helicity.Wc(sm.multiply(in.c7eff()), Complex.ZERO, v, c[2], a, c[4], c[5].multiply(in.mb()),
                c[6].multiply(in.mb()), c[7].multiply(in.mb()), c[8].multiply(in.mb()), Complex.ZERO, Complex.ZERO);
    }

    /** int_{q2min}^{q2max} dGamma(B -> K l l)/dq^2 = 2 G0 (arXiv:1506.03970). */
    public static QuadraticForm bToK(double q2min, double q2max, double mB, double mK, double ml, Inputs in,
                                     BszFormFactors ff) {
        double[] re = new double[N * N];
        double[] im = new double[N * N];
        Complex norm = new Complex(in.norm());
        Quadrature.nodes(q2min, q2max, PANELS, POINTS, (q2, w) -> {
            ScalarFormFactors f = ff.bToK(q2, mB, mK);
            Complex y = CharmLoop.y(q2, in.mc(), in.mb(), in.mb(), in.c1to6());
            QuadraticForm.accumulate(N, c -> 2 * Helicity.scalarG0(
                    Helicity.scalarAmplitudes(q2, mB, mK, in.mb(), in.ms(), ml, ml, f, wc(c, in, y), norm),
                    q2, mB, mK, ml, ml), w, re, im);
        });
        return QuadraticForm.of(N, re, im);
    }

    /** int dGamma(B -> K* l l)/dq^2 = 6 G000 over the bin. */
    public static QuadraticForm bToKstar(double q2min, double q2max, double mB, double mV, double ml, Inputs in,
                                         BszFormFactors ff) {
        double[] re = new double[N * N];
        double[] im = new double[N * N];
        Complex norm = new Complex(in.norm());
        Quadrature.nodes(q2min, q2max, PANELS, POINTS, (q2, w) -> {
            VectorFormFactors f = ff.bToKstar(q2, mB, mV);
            Complex y = CharmLoop.y(q2, in.mc(), in.mb(), in.mb(), in.c1to6());
            QuadraticForm.accumulate(N, c -> 6 * Helicity.vectorG(
                    Helicity.vectorAmplitudes(q2, mB, mV, in.mb(), in.ms(), ml, ml, f, wc(c, in, y), norm),
                    q2, mB, mV, ml, ml)[0], w, re, im);
        });
        return QuadraticForm.of(N, re, im);
    }

    /**
     * B -> K nu nu and B -> K* nu nu for one neutrino pair, forms in (SM, CL, CR) (flavio basis, O_L = (sbar gamma
     * P_L b)(nubar gamma (1 - gamma5) nu)); the SM slot carries C_L^SM. Rates in GeV over the full q^2 range.
     */
    public static QuadraticForm nunu(boolean vector, double mB, double mM, double mb, double ms, double clSm,
                                     double norm, BszFormFactors ff) {
        int n = 3;
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        Complex nc = new Complex(norm);
        double q2max = (mB - mM) * (mB - mM);
        Quadrature.nodes(0, q2max, PANELS, POINTS, (q2, w) -> {
            if (vector) {
                VectorFormFactors f = ff.bToKstar(q2, mB, mM);
                QuadraticForm.accumulate(n, c -> 6 * Helicity.vectorG(
                        Helicity.vectorAmplitudes(q2, mB, mM, mb, ms, 0, 0, f, wcNuNu(c, clSm), nc),
                        q2, mB, mM, 0, 0)[0], w, re, im);
            } else {
                ScalarFormFactors f = ff.bToK(q2, mB, mM);
                QuadraticForm.accumulate(n, c -> 2 * Helicity.scalarG0(
                        Helicity.scalarAmplitudes(q2, mB, mM, mb, ms, 0, 0, f, wcNuNu(c, clSm), nc),
                        q2, mB, mM, 0, 0), w, re, im);
            }
        });
        return QuadraticForm.of(n, re, im);
    }

    /** flavio wilsoncoefficients.get_wceff_nunu: v = C_L, vp = C_R, a = -C_L, ap = -C_R. */
    static Helicity.Wc wcNuNu(Complex[] c, double clSm) {
        Complex cl = c[0].multiply(clSm).add(c[1]);
        return new Helicity.Wc(Complex.ZERO, Complex.ZERO, cl, c[2], cl.negate(), c[2].negate(), Complex.ZERO,
                Complex.ZERO, Complex.ZERO, Complex.ZERO, Complex.ZERO, Complex.ZERO);
    }
}
