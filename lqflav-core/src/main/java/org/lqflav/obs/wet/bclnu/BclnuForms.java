package org.lqflav.obs.wet.bclnu;

import org.hipparchus.complex.Complex;
import org.lqflav.obs.wet.Helicity;
import org.lqflav.obs.wet.Helicity.ScalarFormFactors;
import org.lqflav.obs.wet.Helicity.VectorFormFactors;
import org.lqflav.obs.wet.QuadraticForm;
import org.lqflav.obs.wet.Quadrature;

/**
 * q^2-integrated B -> D l nu and B -> D* l nu rates as Hermitian forms in the coefficient vector
 * c = (SM, CVL, CVR, CSL, CSR, CT) of one lepton/neutrino pair (flavio basis, docs/conventions.md#wet):
 * H = (4 G_F/sqrt 2) V_cb [(eta_EW + CVL) O_VL + CVR O_VR + CSL O_SL + CSR O_SR + CT O_T], the SM slot carrying
 * eta_EW = 1 + alpha/pi ln(m_Z/m_b) (Sirlin's short-distance electromagnetic correction, as flavio). Forms are in
 * GeV (widths); ratios of them are the observables. Immutable.
 */
public final class BclnuForms {
    /** Size of the coefficient vector. */
    public static final int N = 6;
    /** Panels x points of the q^2 rule; 6 x 8 integrates the smooth (after substitution) integrand to < 1e-7. */
    private static final int PANELS = 6;
    private static final int POINTS = 8;

    /** Kinematic and normalisation inputs. */
    public record Inputs(double mB, double mD, double mDstar, double mb, double mc, double gF, double vcb,
                         double etaEw, double[] mLepton) {
    }

    /** Total rates Gamma(B -> D l nu) for l = e, mu, tau. */
    public final QuadraticForm[] rateD = new QuadraticForm[3];
    /** Total rates Gamma(B -> D* l nu). */
    public final QuadraticForm[] rateDstar = new QuadraticForm[3];
    /** B -> D* tau nu with a longitudinal D*. */
    public final QuadraticForm dstarLongTau;
    /** B -> D tau nu with tau helicity +1/2 and -1/2 (Sakaki et al. normalisation, only their ratio is used). */
    public final QuadraticForm dTauPlus;
    public final QuadraticForm dTauMinus;
    public final QuadraticForm dstarTauPlus;
    public final QuadraticForm dstarTauMinus;

    public BclnuForms(Inputs in, HqeFormFactors ff) {
        for (int l = 0; l < 3; l++) {
            rateD[l] = integrate(in, l, false, 0, ff);
            rateDstar[l] = integrate(in, l, true, 0, ff);
        }
        dstarLongTau = integrate(in, 2, true, 1, ff);
        dTauPlus = integrate(in, 2, false, 3, ff);
        dTauMinus = integrate(in, 2, false, 4, ff);
        dstarTauPlus = integrate(in, 2, true, 3, ff);
        dstarTauMinus = integrate(in, 2, true, 4, ff);
    }

    /** The effective coefficients of {@link Helicity} for b -> c l nu (flavio wilsoncoefficients.get_wceff_fccc). */
    static Helicity.Wc wc(Complex[] c, double etaEw) {
        Complex vl = c[0].multiply(etaEw).add(c[1]);
        Complex half = new Complex(0.5);
        return new Helicity.Wc(Complex.ZERO, Complex.ZERO, vl.multiply(half), c[2].multiply(half),
                vl.multiply(half).negate(), c[2].multiply(half).negate(), c[4].multiply(half), c[3].multiply(half),
                c[4].multiply(half).negate(), c[3].multiply(half).negate(), Complex.ZERO, c[5]);
    }

    /**
     * int dq^2 of one differential quantity: kind 0 dGamma/dq^2 = 2 G0 (P) or 6 G000 (V); 1 longitudinal V,
     * 2 (G000 + G200); 2 the A_FB numerator -3 G010 (not used: see docs/validation.md); 3, 4 the tau-helicity +-1/2 rates of {@link TauHelicity}.
     */
    private static QuadraticForm integrate(Inputs in, int lepton, boolean vector, int kind, HqeFormFactors ff) {
        double ml = in.mLepton()[lepton];
        double mM = vector ? in.mDstar() : in.mD();
        double q2max = (in.mB() - mM) * (in.mB() - mM);
        double[] re = new double[N * N];
        double[] im = new double[N * N];
        Complex norm = new Complex(4 * in.gF() / Math.sqrt(2) * in.vcb());
        Quadrature.nodes(ml * ml, q2max, PANELS, POINTS, (q2, w) -> {
            if (vector) {
                VectorFormFactors f = ff.bToDstar(q2, in.mB(), mM);
                QuadraticForm.accumulate(N, c -> vectorRate(kind, q2, in, mM, ml, f, c, norm), w, re, im);
            } else {
                ScalarFormFactors f = ff.bToD(q2, in.mB(), mM);
                QuadraticForm.accumulate(N, c -> scalarRate(kind, q2, in, mM, ml, f, c, norm), w, re, im);
            }
        });
        return QuadraticForm.of(N, re, im);
    }

    private static double scalarRate(int kind, double q2, Inputs in, double mM, double ml, ScalarFormFactors f,
                                     Complex[] c, Complex norm) {
        if (kind >= 3) {
            return TauHelicity.bToD(kind == 3, q2, in.mB(), mM, in.mb(), in.mc(), ml, f,
                    c[0].multiply(in.etaEw()).add(c[1]), c[2], c[4], c[3], c[5]);
        }
        Helicity.PAmps h = Helicity.scalarAmplitudes(q2, in.mB(), mM, in.mb(), in.mc(), ml, 0, f, wc(c, in.etaEw()),
                norm);
        return 2 * Helicity.scalarG0(h, q2, in.mB(), mM, ml, 0);
    }

    private static double vectorRate(int kind, double q2, Inputs in, double mM, double ml, VectorFormFactors f,
                                     Complex[] c, Complex norm) {
        if (kind >= 3) {
            return TauHelicity.bToDstar(kind == 3, q2, in.mB(), mM, in.mb(), in.mc(), ml, f,
                    c[0].multiply(in.etaEw()).add(c[1]), c[2], c[4], c[3], c[5]);
        }
        Helicity.VAmps h = Helicity.vectorAmplitudes(q2, in.mB(), mM, in.mb(), in.mc(), ml, 0, f, wc(c, in.etaEw()),
                norm);
        double[] g = Helicity.vectorG(h, q2, in.mB(), mM, ml, 0);
        return switch (kind) {
            case 0 -> 6 * g[0];
            case 1 -> 2 * (g[0] + g[1]);
            default -> -3 * g[2];
        };
    }
}
