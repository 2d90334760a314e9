package org.lqflav.model.s1zprime;

import java.util.List;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.lqflav.InputException;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.QcdRunning;
import org.lqflav.math.CMatrix3;
import org.lqflav.math.ComplexNumbers;
import org.lqflav.model.CouplingSpec;
import org.lqflav.model.ModelSpec;
import org.lqflav.model.ModelType;
import org.lqflav.param.SmInputs;

/**
 * Seed 004: the scalar leptoquark S1 ~ (3, 1, -2/3) with a gauged U(1)_{Lmu-Ltau} and its light Z' (Chen and
 * Chiang, PRD 109, 075004 (2024)). S1 carries L_mu - L_tau = -1, so it couples to the tau doublet and tau_R only
 * (eq. (3)). Basis (eq. (4)): up quarks and charged leptons in the mass basis; d^c couples through Y^{S1} = V^T y_L^q.
 * Model file: {@code yL} (y_L^q: rows u, c, t of the quark doublet, column tau; the three entries y_L1..3) and
 * {@code yR} (y_R^u: only row c, column tau, y_R2, enters the paper's observables); masses S1 and Zp; potential
 * entries gZp and epsilon. Conventions: docs/conventions.md#s1zprime.
 */
public final class S1Zprime implements ModelType {
    public static final String NAME = "S1Zprime";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "S1 leptoquark + U(1)_{Lmu-Ltau} Z' (seed 004); masses S1, Zp in GeV; potential: gZp = U(1)_{Lmu-Ltau} "
                + "gauge coupling g_Z' and epsilon = Z'-photon kinetic mixing (L = -eps e J_EM Z'), both dimensionless";
    }

    @Override
    public List<String> massNames() {
        return List.of("S1", "Zp");
    }

    @Override
    public List<String> potentialNames() {
        return List.of("gZp", "epsilon");
    }

    @Override
    public List<CouplingSpec> couplings() {
        return List.of(
                new CouplingSpec("yL", false, "y_L^q of seed004 eq. (3), Qbar^c i tau2 y_L L_tau S1*: rows u,c,t "
                        + "(quark doublet, up-type mass basis), columns e,mu,tau; only column tau may be non-zero"),
                new CouplingSpec("yR", false, "y_R^u of seed004 eq. (3), ubar^c_R y_R tau_R S1*: rows u,c,t, columns "
                        + "e,mu,tau; only yR[2][3] (y_R2, c-tau) may be non-zero"));
    }

    @Override
    public Map<String, List<String>> options() {
        return S1ZprimeOptions.allowed();
    }

    @Override
    public LowEnergy match(ModelSpec spec, SmInputs sm) {
        S1ZprimeInputs p = S1ZprimeInputs.of(sm);
        S1ZprimeOptions opt = S1ZprimeOptions.of(spec);
        CMatrix3 yL = spec.coupling("yL");
        CMatrix3 yR = spec.coupling("yR");
        checkPattern(spec, yL, yR);
        double mS1 = spec.mass("S1");
        double mZp = spec.mass("Zp");
        double g = spec.potential("gZp");
        double epsIn = spec.potential("epsilon");
        if (opt.loopEpsilon() && epsIn != 0) {
            throw InputException.field(spec.origin() + ": potential.epsilon",
                    "no value (options.epsilon = loop computes it from gZp)", epsIn);
        }

        CMatrix3 v = opt.exactCkm() ? p.ckmExact() : p.ckmPaper();
        Complex[] y = {yL.get(0, 2), yL.get(1, 2), yL.get(2, 2)};
        Complex[] yDown = opt.eq5Couplings()
                ? S1ZprimeFormulas.downCouplingsEq5(v.get(2, 0), v.get(2, 1), p.lambda(), y)
                : S1ZprimeFormulas.downCouplings(v, y);
        Complex yd = yDown[0];
        Complex ys = yDown[1];
        Complex yb = yDown[2];

        // d_i -> d_j nu_tau nu_tau, eq. (7); lambda_t = V_{t d_i}* V_{t d_j} for (dbar_i gamma P_L d_j)
        double cLSm = p.cLSm();
        Complex lambdaBs = v.get(2, 1).conjugate().multiply(v.get(2, 2));
        Complex lambdaSd = v.get(2, 1).conjugate().multiply(v.get(2, 0));
        Complex lambdaDb = v.get(2, 0).conjugate().multiply(v.get(2, 2));
        Complex cLbs = S1ZprimeFormulas.cLS1(ys, yb, mS1, lambdaBs, cLSm);
        Complex cLsd = S1ZprimeFormulas.cLS1(ys, yd, mS1, lambdaSd, cLSm);
        Complex cLdb = S1ZprimeFormulas.cLS1(yd, yb, mS1, lambdaDb, cLSm);
        double reVcsVcd = v.get(1, 1).conjugate().multiply(v.get(1, 0)).getReal();

        // b -> c tau nu, eq. (19): the b - nu_tau coupling Y_b (y_L3 in the printed form) and y_L2, y_R2
        Complex vcb = v.get(1, 2);
        Complex ybForBc = opt.eq5Couplings() ? y[2] : yb;
        Complex cV = S1ZprimeFormulas.cV(p.gF(), vcb, y[1], ybForBc, mS1);
        Complex cS = S1ZprimeFormulas.cS(p.gF(), vcb, yR.get(1, 2), ybForBc, mS1);
        Complex cT = S1ZprimeFormulas.cT(p.gF(), vcb, yR.get(1, 2), ybForBc, mS1);
        double runS = p.runningS();
        double runT = p.runningT();
        if (opt.loRunning()) {
            // the paper's 1.57, 0.86 are leading-log factors with one-loop alpha_s (docs/conventions.md#s1zprime)
            QcdRunning qcd = loRunning(p);
            runS = qcd.scalarFactor(mS1, p.mb());
            runT = qcd.tensorFactor(mS1, p.mb());
        }

        // Z', eqs. (13)-(14)
        double eps = opt.loopEpsilon() ? S1ZprimeFormulas.epsilonLoop(p.e(), g, p.mTau(), p.mMu()) : epsIn;
        double i0 = S1ZprimeFormulas.loopI0(p.mt() * p.mt() / (p.mW() * p.mW()));
        Complex cZp = S1ZprimeFormulas.cZprime(p.gF(), lambdaBs, p.mt(), p.e(), eps, i0);

        LowEnergy.Builder b = LowEnergy.builder().provides(LowEnergy.Part.WET);
        b.scales(mS1, p.mb());
        // flavio basis (docs/conventions.md#wet): CVL, CSL, CT as in eq. (18); CL = -C_L^{S1}/s_W^2 (operators with
        // nubar gamma (1 - gamma5) nu, normalisation V_tb V_ts*, V_tb V_td*, V_ts V_td*: flavio's 'sd' is dbar s, the
        // conjugate of the paper's sbar d); Delta F = 2: H = -C (qbar' gamma P_L q)^2, not run (as eq. (23)).
        set(b, "CVL_bctaunutau", cV, cV);
        set(b, "CSL_bctaunutau", cS, cS.multiply(runS));
        set(b, "CT_bctaunutau", cT, cT.multiply(runT));
        double s2w = p.s2w();
        set(b, "CL_bsnutaunutau", cLbs.divide(-s2w), cLbs.divide(-s2w));
        set(b, "CL_bdnutaunutau", cLdb.divide(-s2w), cLdb.divide(-s2w));
        Complex cLsdFlavio = cLsd.conjugate().divide(-s2w);
        set(b, "CL_sdnutaunutau", cLsdFlavio, cLsdFlavio);
        Complex bsbs = S1ZprimeFormulas.deltaF2(ys, yb, mS1).negate();
        Complex bdbd = S1ZprimeFormulas.deltaF2(yd, yb, mS1).negate();
        Complex sdsd = S1ZprimeFormulas.deltaF2(yd, ys, mS1).negate();
        set(b, "CVLL_bsbs", bsbs, bsbs);
        set(b, "CVLL_bdbd", bdbd, bdbd);
        set(b, "CVLL_sdsd", sdsd, sdsd);

        b.modelData = new S1ZprimeData(p, opt, mS1, yDown, cLbs, cLsd, lambdaSd, reVcsVcd, cV, cS.multiply(runS),
                cT.multiply(runT), mZp, g, eps, cZp);
        return b.build();
    }

    /**
     * Leading-log running with one-loop alpha_s, n_f = 6 above m_t (seed004_m_t), 5 down to m_b: the scheme the
     * paper's factors 1.57 and 0.86 (below eq. (19), Ref. [80]) follow.
     */
    public static QcdRunning loRunning(S1ZprimeInputs p) {
        return new QcdRunning(p.alphaSmZ(), p.mZ(), p.mb(), p.mt(), 1, QcdRunning.Order.LO);
    }

    private static void set(LowEnergy.Builder b, String name, Complex atMatching, Complex atMb) {
        b.wetAtMatching.set(name, atMatching);
        b.wet.set(name, atMb);
    }

    /**
     * U(1)_{Lmu-Ltau} forbids S1 couplings to e and mu (columns 1, 2); of y_R^u the paper uses only y_R2 (c-tau), and
     * no observable here depends on the u-tau and t-tau entries, so they are rejected rather than silently ignored.
     */
    static void checkPattern(ModelSpec spec, CMatrix3 yL, CMatrix3 yR) {
        for (int q = 0; q < 3; q++) {
            for (int l = 0; l < 2; l++) {
                requireZero(spec, "yL", yL, q, l, "0 (U(1)_{Lmu-Ltau}: S1 couples to tau only, column 3)");
                requireZero(spec, "yR", yR, q, l, "0 (U(1)_{Lmu-Ltau}: S1 couples to tau only, column 3)");
            }
        }
        for (int q : new int[] {0, 2}) {
            requireZero(spec, "yR", yR, q, 2, "0 (seed 004 uses only yR[2][3], the c-tau coupling y_R2; "
                    + "no observable here depends on yR[" + (q + 1) + "][3])");
        }
    }

    private static void requireZero(ModelSpec spec, String name, CMatrix3 y, int q, int l, String expected) {
        Complex z = y.get(q, l);
        if (z.getReal() != 0 || z.getImaginary() != 0) {
            throw InputException.field(spec.origin() + ": couplings." + name + "[" + (q + 1) + "][" + (l + 1) + "]",
                    expected, new Shown(ComplexNumbers.format(z)));
        }
    }

    /** A value shown as written (InputException quotes strings). */
    private record Shown(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
