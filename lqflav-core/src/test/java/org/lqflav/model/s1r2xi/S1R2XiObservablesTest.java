package org.lqflav.model.s1r2xi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;

/**
 * The model's own observables (NSI, m0I0, the Table I-II bound fractions) and the generic ones it feeds. The
 * Table I rows are checked against the generic BR(l -> l' gamma) with the exact loop functions: a coupling product
 * on a printed bound must give the experimental limit the paper used (MEG 2016 4.2e-13 [198]; BaBar 2010
 * 3.3e-8 and 4.4e-8 [199]).
 */
class S1R2XiObservablesTest {
    private static final ParameterSet SEEDS = ParameterSet.builtIn("seeds2021");

    private static Predictions predict(ModelSpec s, String... names) {
        return Lqflav.predict(s, SEEDS, List.of(names));
    }

    private static ModelSpec r2(double m, Map<String, CMatrix3> couplings) {
        return S1R2XiTest.spec(m, 1500, couplings);
    }

    @Test
    void muToEGammaOnTheNonChiralTableIBoundIsTheMegLimit() {
        // Table I: |fR_ae fR*_amu| < 4.82e-4 (M/TeV)^2 <-> BR(mu -> e gamma) < 4.2e-13. Up-quark couplings (m_u^2/M^2
        // ~ 5e-12, so the loop function is its r -> 0 value 1/4); M = 1 TeV.
        double f = Math.sqrt(4.82e-4);
        Predictions p = predict(r2(1000, Map.of("fR", S1R2XiTest.two(0, 0, f, 0, 1, f))),
                "BR(mu->egamma)", "bound(mu->egamma,R2)");
        assertThat(p.get("BR(mu->egamma)")).isCloseTo(4.2e-13, withinPercentage(1));
        assertThat(p.get("bound(mu->egamma,R2)")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void muToEGammaOnTheChiralTableIBoundIsTheMegLimit() {
        // Table I: |fR_ce fL*_cmu| C m_c/GeV < 7.63e-5 (M/TeV)^2, C = 1 + 4 log(m_c^2/M^2), m_c = m_c(m_c) = 1.27.
        double mc = 1.27;
        double c = Math.abs(1 + 4 * Math.log(mc * mc / 1e6));
        double product = 7.63e-5 / (c * mc);
        Predictions p = predict(r2(1000, Map.of("fR", S1R2XiTest.single(1, 0, product), "fL", S1R2XiTest.single(1, 1, 1.0))),
                "BR(mu->egamma)", "bound(mu->egamma,R2,chiral)");
        assertThat(p.get("BR(mu->egamma)")).isCloseTo(4.2e-13, withinPercentage(1));
        assertThat(p.get("bound(mu->egamma,R2,chiral)")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void tauDecaysOnTheTableIBoundsAreTheBabarLimits() {
        // Table I: tau -> e gamma 0.32 and tau -> mu gamma 0.37 (M/TeV)^2 (non-chiral) <-> 3.3e-8 and 4.4e-8.
        double fe = Math.sqrt(0.32);
        Predictions pe = predict(r2(1000, Map.of("fR", S1R2XiTest.two(0, 0, fe, 0, 2, fe))),
                "BR(tau->egamma)", "bound(tau->egamma,R2)");
        assertThat(pe.get("BR(tau->egamma)")).isCloseTo(3.3e-8, withinPercentage(1.5));
        assertThat(pe.get("bound(tau->egamma,R2)")).isCloseTo(1.0, within(1e-12));
        double fm = Math.sqrt(0.37);
        Predictions pm = predict(r2(1000, Map.of("fL", S1R2XiTest.two(0, 1, fm, 0, 2, fm))),
                "BR(tau->mugamma)", "bound(tau->mugamma,R2)");
        assertThat(pm.get("BR(tau->mugamma)")).isCloseTo(4.4e-8, withinPercentage(1.5));
    }

    @Test
    void s1NonChiralBoundIsThreeTimesWeaker() {
        // Table I caption: for S1 without chiral enhancement the bound is weaker by 3 (same BR at 3x the product).
        double f = Math.sqrt(3 * 4.82e-4);
        ModelSpec s = S1R2XiTest.spec(2000, 1000, Map.of("yR", S1R2XiTest.two(0, 0, f, 0, 1, f)));
        Predictions p = predict(s, "BR(mu->egamma)", "bound(mu->egamma,S1)");
        assertThat(p.get("BR(mu->egamma)")).isCloseTo(4.2e-13, withinPercentage(1));
        assertThat(p.get("bound(mu->egamma,S1)")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void tableIIFractionsAreThePrintedLeftHandSidesOverTheBounds() {
        // fhat = V^dagger fR: with fR_ue = a and fR_ce = b, fhat_de = V_ud a + V_cd b, fhat_se = V_us a + V_cs b
        // (real seeds2021 CKM). K_L -> ee: |fhat_de fhat_se| / (2.0e-3 (M/TeV)^2); K - Kbar: same / (0.0266 M/TeV).
        double a = 0.01;
        double b = 0.02;
        double m = 1200;
        Predictions p = predict(r2(m, Map.of("fR", S1R2XiTest.two(0, 0, a, 1, 0, b))),
                "bound(KL->ee)", "bound(K-Kbar)", "bound(K+->piee)");
        CMatrix3 v = S1R2XiTest.SM.ckm;
        double fde = v.re(0, 0) * a + v.re(1, 0) * b;
        double fse = v.re(0, 1) * a + v.re(1, 1) * b;
        assertThat(p.get("bound(KL->ee)")).isCloseTo(Math.abs(fde * fse) / (2.0e-3 * 1.44), withinPercentage(1e-9));
        assertThat(p.get("bound(K-Kbar)")).isCloseTo(Math.abs(fde * fse) / (0.0266 * 1.2), withinPercentage(1e-9));
        assertThat(p.get("bound(K+->piee)")).isCloseTo(Math.abs(fde * fse) / (2.3e-2 * 1.44), withinPercentage(1e-9));
    }

    @Test
    void kaonNuNuIntervalFractionUsesTheSideTheValueLiesOn() {
        // yhat = -V^T yL; yL_ue = a only: yhat_de yhat_se = V_ud V_us a^2 > 0 -> fraction of 8.3e-4 (M/TeV)^2.
        double a = 0.02;
        ModelSpec s = S1R2XiTest.spec(1000, 1000, Map.of("yL", S1R2XiTest.single(0, 0, a)));
        double x = S1R2XiTest.SM.ckm.re(0, 0) * S1R2XiTest.SM.ckm.re(0, 1) * a * a;
        assertThat(predict(s, "bound(K+->pinunu)").get("bound(K+->pinunu)")).isCloseTo(x / 8.3e-4, withinPercentage(1e-9));
        ModelSpec neg = S1R2XiTest.spec(1000, 1000, Map.of("yL", S1R2XiTest.two(0, 0, a, 1, 0, -a)));
        double xn = (S1R2XiTest.SM.ckm.re(0, 0) * a - S1R2XiTest.SM.ckm.re(1, 0) * a)
                * (S1R2XiTest.SM.ckm.re(0, 1) * a - S1R2XiTest.SM.ckm.re(1, 1) * a);
        assertThat(xn).isNegative();
        assertThat(predict(neg, "bound(K+->pinunu)").get("bound(K+->pinunu)")).isCloseTo(xn / -3.7e-4, withinPercentage(1e-9));
    }

    @Test
    void nsiObservablesAreRealOnTheDiagonalAndModuliOffIt() {
        // eq. (6): eps_ab = 3/(4 sqrt2 G_F) fL*_ua fL_ub / M_R2^2 for fL in the first row only.
        double fe = 0.19;
        double fmu = -0.16;
        Predictions p = predict(r2(1000, Map.of("fL", S1R2XiTest.two(0, 0, fe, 0, 1, fmu))),
                "eps_NSI_ee", "eps_NSI_mumu", "eps_NSI_emu", "eps_NSI_tautau");
        double k = 3 / (4 * Math.sqrt(2) * S1R2XiTest.SM.gF * 1e6);
        assertThat(p.get("eps_NSI_ee")).isCloseTo(k * fe * fe, withinPercentage(1e-9));
        assertThat(p.get("eps_NSI_mumu")).isCloseTo(k * fmu * fmu, withinPercentage(1e-9));
        assertThat(p.get("eps_NSI_emu")).isCloseTo(k * Math.abs(fe * fmu), withinPercentage(1e-9));
        assertThat(p.get("eps_NSI_tautau")).isZero();
    }

    @Test
    void theModelGetsTheGenericObservablesOfItsPartsAndItsOwnOnly() {
        Predictions p = Lqflav.predict(S1R2XiTest.spec(1000, 1500, Map.of(S1R2Xi.M0I0, 1e-6),
                Map.of("fL", S1R2XiTest.single(1, 2, 0.5)), Map.of()).withParameters("seeds2021"));
        assertThat(p.values()).containsKeys("Dm2_21", "theta_12", "m_betabeta", "Delta_a_e", "Delta_a_mu",
                "BR(mu->egamma)", "BR(tau->egamma)", "C9_bsee", "C10_bsee", "Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)",
                "BR(Bc->taunu)", "Rnunu(B->K*)", "eps_NSI_ee", "m0I0", "I0", "bound(mu->egamma,R2)", "bound(KL->ee)");
        // Groups the model does not compute are not listed (no l -> 3l penguins, Z couplings, Bs mixing).
        assertThat(p.values()).doesNotContainKeys("BR(tau->mumumu)", "N_nu", "DeltaM_s/DeltaM_s_SM", "CR(mu->e, Au)");
        Predictions seed000 = Lqflav.predict(org.lqflav.reproduce.Benchmarks.seed000("bm1.yaml"));
        assertThat(seed000.values()).doesNotContainKeys("eps_NSI_ee", "bound(KL->ee)", "m0I0");
    }
}
