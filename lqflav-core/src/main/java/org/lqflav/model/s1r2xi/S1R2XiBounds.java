package org.lqflav.model.s1r2xi;

import org.hipparchus.complex.Complex;
import org.lqflav.math.CMatrix3;

/**
 * The coupling bounds of seed001 Tables I and II as printed, each evaluated as the fraction of the bound a point
 * uses: left-hand side / right-hand side at the point's leptoquark mass (1 = on the bound, &gt; 1 excluded).
 * Couplings are [quark][lepton]; readings of the printed rows are in docs/conventions.md#s1r2xi-bounds.
 */
final class S1R2XiBounds {
    /** Table I, mu -> e gamma: non-chiral and chirally enhanced bounds for R2 (1 TeV, m_q in GeV). */
    static final double MUEG = 4.82e-4;
    static final double MUEG_CHIRAL = 7.63e-5;
    /** Table I, tau -> e gamma. */
    static final double TAUEG = 0.32;
    static final double TAUEG_CHIRAL = 0.85;
    /** Table I, tau -> mu gamma. */
    static final double TAUMUG = 0.37;
    static final double TAUMUG_CHIRAL = 0.98;
    /** Table I caption: the S1 non-chiral bounds are weaker by a factor 3. */
    static final double S1_NON_CHIRAL_FACTOR = 3;
    /** Table I, mu - e conversion. */
    static final double MU_E = 8.58e-6;

    private S1R2XiBounds() {
    }

    /** (M / TeV)^2. */
    static double tev2(double m) {
        return m * m / 1e6;
    }

    /**
     * Non-chiral left-hand side of Table I: |sum_q a_{q i} a*_{q j}| + |sum_q b_{q i} b*_{q j}| (the printed
     * |fR_{alpha i} fR*_{alpha j}| + |fL_{alpha i} fL*_{alpha j}| with the quark index alpha summed inside).
     */
    static double nonChiral(CMatrix3 a, CMatrix3 b, int i, int j) {
        Complex sa = Complex.ZERO;
        Complex sb = Complex.ZERO;
        for (int q = 0; q < 3; q++) {
            sa = sa.add(S1R2XiMatching.timesConj(a.get(q, i), a.get(q, j)));
            sb = sb.add(S1R2XiMatching.timesConj(b.get(q, i), b.get(q, j)));
        }
        return sa.norm() + sb.norm();
    }

    /**
     * Chirally enhanced left-hand side of Table I times m_q: sum_q (|a_{q i} b*_{q j}| + |b_{q i} a*_{q j}|)
     * |c0 + 4 log(m_q^2/M^2)| m_q / GeV, with c0 = 1 (R2, the printed C) or 7 (S1, C').
     */
    static double chiral(CMatrix3 a, CMatrix3 b, int i, int j, double[] mq, double m, double c0) {
        double sum = 0;
        for (int q = 0; q < 3; q++) {
            double c = Math.abs(c0 + 4 * Math.log(mq[q] * mq[q] / (m * m)));
            sum += (S1R2XiMatching.timesConj(a.get(q, i), b.get(q, j)).norm()
                    + S1R2XiMatching.timesConj(b.get(q, i), a.get(q, j)).norm()) * c * mq[q];
        }
        return sum;
    }

    /** Table I, mu - e conversion: |fhat_{d e} fhat*_{d mu}| (printed f^R-hat_{ue} f^R-hat*_{u mu}, first row). */
    static double muEConversion(CMatrix3 fHat) {
        return S1R2XiMatching.timesConj(fHat.get(0, 0), fHat.get(0, 1)).norm();
    }

    /** |x_{d a} x*_{s b}| of a [d,s,b][lepton] coupling. */
    static double ds(CMatrix3 x, int a, int b) {
        return S1R2XiMatching.timesConj(x.get(0, a), x.get(1, b)).norm();
    }

    /** Table II, K_L -> e mu: |fhat_{d mu} fhat*_{s e} + fhat_{s mu} fhat*_{d e}|. */
    static double kLemu(CMatrix3 f) {
        return S1R2XiMatching.timesConj(f.get(0, 1), f.get(1, 0))
                .add(S1R2XiMatching.timesConj(f.get(1, 1), f.get(0, 0))).norm();
    }

    /** Table II, K_L -> pi0 e mu: |fhat_{d mu} fhat*_{s e} - fhat_{s mu} fhat*_{d e}| (second term read with hats). */
    static double kLpiemu(CMatrix3 f) {
        return S1R2XiMatching.timesConj(f.get(0, 1), f.get(1, 0))
                .subtract(S1R2XiMatching.timesConj(f.get(1, 1), f.get(0, 0))).norm();
    }

    /** Table II, K - Kbar: |sum_a fhat*_{d a} fhat_{s a}|. */
    static double kkbar(CMatrix3 f) {
        Complex s = Complex.ZERO;
        for (int a = 0; a < 3; a++) {
            s = s.add(S1R2XiMatching.timesConj(f.get(1, a), f.get(0, a)));
        }
        return s.norm();
    }

    /** Table II, K+ -> pi+ nu nu, lepton-flavour violating: [sum_{m != n} |yhat_{d m} yhat*_{s n}|^2]^{1/2}. */
    static double kpinunuLfv(CMatrix3 y) {
        double s = 0;
        for (int m = 0; m < 3; m++) {
            for (int n = 0; n < 3; n++) {
                if (m != n) {
                    double v = S1R2XiMatching.timesConj(y.get(0, m), y.get(1, n)).norm();
                    s += v * v;
                }
            }
        }
        return Math.sqrt(s);
    }

    /** Re[yhat*_{d e} yhat_{s e}] (Table II, K+ -> pi+ nu nu; printed Re[yhat_de yhat_se]). */
    static double kpinunuRe(CMatrix3 y) {
        return S1R2XiMatching.timesConj(y.get(1, 0), y.get(0, 0)).getReal();
    }

    /**
     * The fraction of a two-sided interval [lower, upper] (lower &lt; 0 &lt; upper) that x uses: x / upper for
     * x &gt;= 0, x / lower otherwise (both &gt;= 0; &gt; 1 outside the interval).
     */
    static double intervalFraction(double x, double lower, double upper) {
        return x >= 0 ? x / upper : x / lower;
    }

    /**
     * Table II, B -> K(*) nu nu: the largest interval fraction of Re[yhat_{b a} yhat*_{s a}] over the three
     * flavour-diagonal (SM-interfering) pairs; the printed "yhat_{b alpha} yhat_{s beta}" names no pair.
     */
    static double bKnunu(CMatrix3 y, double lower, double upper) {
        double worst = 0;
        for (int a = 0; a < 3; a++) {
            double x = S1R2XiMatching.timesConj(y.get(2, a), y.get(1, a)).getReal();
            worst = Math.max(worst, intervalFraction(x, lower, upper));
        }
        return worst;
    }
}
