package org.lqflav.reproduce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.ModelFile;
import org.lqflav.model.ModelSpec;

/**
 * Seed 001 Table III (TX-I, eq. (7); TX-II, eq. (8)) and the (g-2)_e variants of sec. V (y^R_21 = 0.17 and 0.095
 * for TX-I; f^R_21 = 0.0093 and the tau -> e gamma minimum 0.0067 for TX-II; TX-II', eq. (11); eqs. (9)-(10)),
 * recomputed from the bundled benchmark files with the S1R2xi model's default readings
 * (docs/conventions.md#s1r2xi, docs/reproductions/seed001.md). Rows hold 5%; every row that differs says why.
 */
final class Seed001Reproduction implements Reproduction {
    private static final double TOL = 0.05;

    private static final String NU = "Eq. (3) with fL -> -fL (option fL_sign: flipped; literal eq. (2) sign: TX-I "
            + "comes out IH with sin^2 theta13 = 0.91) and m_u, m_c, m_t at 1 TeV (1.10e-3, 0.532, 150.7 GeV).";
    private static final String TX1_SENSITIVE = NU + " Not within 5%: TX-I moves by several % per 1% change of the "
            + "unprinted 1-TeV masses (Dm2_21: -7.4% per +1% in m_t); the paper's inputs differ from ours at that level.";
    private static final String TX2_DM21 = NU + " Not reproducible: TX-II is finely tuned, Dm2_21 changes by +196% per "
            + "+1% in m_tau/m_t, and rounding the 3-digit couplings of eq. (8) alone spreads it over 7.8-11.1e-5.";
    private static final String C9 = "Not reproduced: standard R2 matching C9 = C10 = -pi fhat_se fhat*_be / "
            + "(2 sqrt2 G_F alpha V_tb V_ts* M^2), fhat = V^dagger fR, gives the opposite sign and half the size. The "
            + "paper's numbers need rows c, t of fR read as s, b (no CKM), twice this normalisation and the opposite "
            + "sign (|C9| = 1.33 / 1.49 then, within 5% of 1.39 / 1.57): an unexplained convention of its flavio input.";
    private static final String G2 = "Exact one-loop functions, chirality flip with m_q(m_q) of footnote 4 (m_c = 1.27, "
            + "m_t = 160 GeV).";
    private static final String G2_R2 = G2 + " R2 rows need the fL sign reading of the neutrino rows (literal: "
            + "opposite sign).";
    private static final String TX2P_NU = "Not reproducible: eq. (11) as printed (m0I0 = 4.77e-3 GeV) gives eV-scale "
            + "masses with sin^2 theta13 = 0.9999; the mixing angles do not depend on m0I0, so no rescaling (a typo "
            + "in m0I0) fixes them; the entries of eq. (3) cancel at the 1e-2..1e-3 level, beyond 3-digit couplings. "
            + "Paper claims NuFIT 5.1 central values (IO, with SK).";

    /** a_e from alpha(Cs), alpha(Rb) and the direct measurement, with their errors, as seed001 quotes them (sec. V). */
    private static final double AE_CS = 0.00115965218161;
    private static final double AE_CS_ERR = 0.23e-12;
    private static final double AE_RB = 0.001159652180252;
    private static final double AE_RB_ERR = 0.095e-12;
    private static final double AE_EXP = 0.00115965218073;
    private static final double AE_EXP_ERR = 0.28e-12;

    @Override
    public String name() {
        return "seed001";
    }

    @Override
    public String title() {
        return "Seed 001 (S1 + R2 leptoquarks + triplet xi), Table III (TX-I eq. (7), TX-II eq. (8)) and the (g-2)_e "
                + "variants of sec. V (TX-I, TX-II, TX-II' eq. (11), eqs. (9)-(10))";
    }

    /** A bundled benchmark: {@code tx1.yaml} (eq. (7)), {@code tx2.yaml} (eq. (8)), {@code tx2prime.yaml} (eq. (11)). */
    static ModelSpec benchmark(String file) {
        String resource = "/org/lqflav/reproduce/seed001/" + file;
        try (InputStream in = Seed001Reproduction.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled benchmark " + resource);
            }
            return ModelFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "seed001/" + file);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable bundled benchmark " + resource, e);
        }
    }

    /** The benchmark with one coupling entry replaced (0-based [quark][lepton]). */
    static ModelSpec withEntry(ModelSpec s, String coupling, int q, int l, double value) {
        Complex[][] z = new Complex[3][3];
        CMatrix3 m = s.coupling(coupling);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                z[i][j] = m.get(i, j);
            }
        }
        z[q][l] = new Complex(value);
        return s.withCoupling(coupling, CMatrix3.of(z));
    }

    /**
     * The smallest |f^R_21| allowed by |f^R_31 f^R*_33| &lt; 0.32 (M_R2/TeV)^2 (Table I, tau -> e gamma) when
     * f^R_21 f^R_31 is held at its TX-II value (sec. V): |f21 f31| |f33| / (0.32 (M/TeV)^2).
     */
    static double minimalFR21(ModelSpec s) {
        CMatrix3 f = s.coupling("fR");
        double m = s.mass("R2") / 1e3;
        return f.get(1, 0).multiply(f.get(2, 0)).norm() * f.get(2, 2).norm() / (0.32 * m * m);
    }

    /** Inverse-variance weighted mean and its error, seed001 eq. (9). */
    static double[] weightedMean(double a1, double s1, double a2, double s2) {
        double w1 = 1 / (s1 * s1);
        double w2 = 1 / (s2 * s2);
        return new double[] {(a1 * w1 + a2 * w2) / (w1 + w2), 1 / Math.sqrt(w1 + w2)};
    }

    private static double sin2(double degrees) {
        double s = Math.sin(Math.toRadians(degrees));
        return s * s;
    }

    @Override
    public List<ReproductionRow> rows() {
        ModelSpec tx1 = benchmark("tx1.yaml");
        ModelSpec tx2 = benchmark("tx2.yaml");
        ModelSpec tx2p = benchmark("tx2prime.yaml");
        Predictions p1 = Lqflav.predict(tx1);
        Predictions p2 = Lqflav.predict(tx2);
        Predictions p2p = Lqflav.predict(tx2p);
        Predictions p1rb = Lqflav.predict(withEntry(tx1, "yR", 1, 0, 0.17));
        Predictions p1comb = Lqflav.predict(withEntry(tx1, "yR", 1, 0, 0.095));
        Predictions p2rb = Lqflav.predict(withEntry(withEntry(tx2, "fR", 1, 0, 0.0093), "fR", 2, 0, 0.252));
        double fr21 = minimalFR21(tx2);
        double product = tx2.coupling("fR").get(1, 0).multiply(tx2.coupling("fR").get(2, 0)).getReal();
        // sec. V: f^R_21 = 0.0067 (the paper's minimum), f^R_21 f^R_31 fixed, with the positive sign of the Rb variant.
        double fr21Paper = 0.0067;
        Predictions p2min = Lqflav.predict(withEntry(withEntry(tx2, "fR", 1, 0, fr21Paper), "fR", 2, 0,
                product / fr21Paper));

        List<ReproductionRow> out = new ArrayList<>();
        String tx1n = "TX-I";
        String tx2n = "TX-II";
        // Table III, column TX I (NH)
        out.add(row("ordering (+1 NO, -1 IO)", tx1n, 1, Math.signum(p1.get("Dm2_31")), 0, NU));
        out.add(row("Dm2_21", tx1n, 7.41e-5, p1.get("Dm2_21"), TOL, NU));
        out.add(row("Dm2_31", tx1n, 2.53e-3, p1.get("Dm2_31"), TOL, NU));
        out.add(row("sin2_theta_12", tx1n, 0.316, sin2(p1.get("theta_12")), TOL, NU));
        out.add(row("sin2_theta_23", tx1n, 0.506, sin2(p1.get("theta_23")), TOL, NU));
        out.add(row("sin2_theta_13", tx1n, 0.0218, sin2(p1.get("theta_13")), TOL, TX1_SENSITIVE));
        out.add(row("C9_bsee", tx1n, -1.39, p1.get("C9_bsee"), TOL, C9));
        out.add(row("Delta_a_e", tx1n + " (Cs fit)", -86e-14, p1.get("Delta_a_e"), TOL,
                G2 + " Only the S1 charm loop (yR_21 yL_21) contributes; 4.8% low."));
        out.add(row("Delta_a_mu", tx1n, 22.4e-10, p1.get("Delta_a_mu"), TOL, G2 + " S1 top loop."));
        // sec. V, TX-I variants
        out.add(row("Delta_a_e", tx1n + " (yR_21 = 0.17, Rb fit)", 48e-14, p1rb.get("Delta_a_e"), TOL,
                G2 + " Table III parenthesis, with the sec. V value yR_21 = 0.17."));
        out.add(row("Delta_a_e", tx1n + " (yR_21 = 0.095)", 2.8e-13, p1comb.get("Delta_a_e"), TOL, G2
                + " Not within 5% (7.5% low): Delta a_e is linear in yR_21, yet the paper's -86 : 48 : 28 (x1e-14) "
                + "for yR_21 = -0.3 : 0.17 : 0.095 is not (ours: -81.9 : 46.4 : 25.9); 0.095 was chosen to land on "
                + "eq. (10)'s 2.8e-13, and our charm loop is 3-7% below the paper's in all three."));
        // Table III, column TX II (IH)
        out.add(row("ordering (+1 NO, -1 IO)", tx2n, -1, Math.signum(p2.get("Dm2_31")), 0, NU));
        out.add(row("Dm2_21", tx2n, 7.39e-5, p2.get("Dm2_21"), TOL, TX2_DM21));
        out.add(row("Dm2_32 (IO: m2^2 - m3^2)", tx2n, 2.53e-3, p2.get("Dm2_21") - p2.get("Dm2_31"), TOL,
                NU + " Table III's Dm2_23 (IH) is the positive m2^2 - m3^2 = Dm2_21 - Dm2_31."));
        out.add(row("sin2_theta_12", tx2n, 0.2986, sin2(p2.get("theta_12")), TOL, NU));
        out.add(row("sin2_theta_23", tx2n, 0.534, sin2(p2.get("theta_23")), TOL, NU));
        out.add(row("sin2_theta_13", tx2n, 0.0227, sin2(p2.get("theta_13")), TOL, NU));
        out.add(row("C9_bsee", tx2n, -1.57, p2.get("C9_bsee"), TOL, C9));
        out.add(row("Delta_a_e", tx2n + " (Cs fit)", -84e-14, p2.get("Delta_a_e"), TOL,
                G2_R2 + " R2 charm loop (fR_21 fL_21)."));
        out.add(row("Delta_a_mu", tx2n, 24.2e-10, p2.get("Delta_a_mu"), TOL, G2 + " S1 top loop."));
        // sec. V, TX-II variants
        out.add(row("Delta_a_e", tx2n + " (fR_21 = 0.0093, fR_31 = 0.252, Rb fit)", 60e-14, p2rb.get("Delta_a_e"),
                TOL, G2_R2 + " Table III parenthesis, with the sec. V couplings."));
        out.add(row("fR_21 minimum", tx2n + " (|fR_31 fR*_33| < 0.32, fR_21 fR_31 fixed)", 0.0067, fr21, TOL,
                "Table I tau -> e gamma bound |fR_31 fR*_33| < 0.32 (M_R2/TeV)^2 with fR_21 fR_31 = 2.34e-3 of eq. (8)."));
        out.add(row("Delta_a_e", tx2n + " (fR_21 = 0.0067, fR_21 fR_31 fixed)", 4.32e-13, p2min.get("Delta_a_e"), TOL,
                G2_R2 + " Paper: Delta a_e >~ 4.32e-13 at its minimum fR_21 = 0.0067 (sign of the Rb variant)."));
        // sec. V, TX-II'
        String tx2pn = "TX-II'";
        out.add(row("Delta_a_e", tx2pn, 7.7e-14, p2p.get("Delta_a_e"), TOL, G2_R2));
        out.add(row("Delta_a_mu", tx2pn + " (= TX-II)", 24.2e-10, p2p.get("Delta_a_mu"), TOL,
                G2 + " The text: 'same values ... as in TX-II'."));
        out.add(row("C9_bsee TX-II' / TX-II", tx2pn + " (= TX-II)", 1.0, p2p.get("C9_bsee") / p2.get("C9_bsee"), TOL,
                "Not reproduced: the text says C9 is the same as TX-II (fR_21 fR_31 = 2.34e-3 in both), true only "
                        + "without the CKM rotation (ratio 1 for fhat = fR rows c, t, the reading the paper's C9 rows "
                        + "need). With fhat = V^dagger fR the term V_ts* fR_31 is -59% (TX-II) and -15% (TX-II') of "
                        + "V_cs* fR_21 in fhat_se, so the ratio is 2.1."));
        out.add(row("Dm2_21", tx2pn + " (NuFIT 5.1 IO)", 7.42e-5, p2p.get("Dm2_21"), TOL, TX2P_NU));
        out.add(row("Dm2_32 (IO: m2^2 - m3^2)", tx2pn + " (NuFIT 5.1 IO)", 2.490e-3,
                p2p.get("Dm2_21") - p2p.get("Dm2_31"), TOL, TX2P_NU));
        out.add(row("sin2_theta_12", tx2pn + " (NuFIT 5.1 IO)", 0.304, sin2(p2p.get("theta_12")), TOL, TX2P_NU));
        out.add(row("sin2_theta_23", tx2pn + " (NuFIT 5.1 IO)", 0.570, sin2(p2p.get("theta_23")), TOL, TX2P_NU));
        out.add(row("sin2_theta_13", tx2pn + " (NuFIT 5.1 IO)", 0.02241, sin2(p2p.get("theta_13")), TOL, TX2P_NU));
        // eqs. (9)-(10)
        double[] comb = weightedMean(AE_CS, AE_CS_ERR, AE_RB, AE_RB_ERR);
        String eq910 = "eqs. (9)-(10)";
        out.add(row("a_e^comb", eq910, 0.00115965218045, comb[0], TOL,
                "Weighted mean of a_e(Cs) = 0.00115965218161(23) and a_e(Rb) = 0.001159652180252(95) (eq. (9))."));
        out.add(row("Delta_a_e^comb", eq910, 2.8e-13, AE_EXP - comb[0], TOL,
                "a_e(exp) = 0.00115965218073(28) minus a_e^comb (eq. (10))."));
        out.add(row("sigma(Delta_a_e^comb)", eq910, 2.9e-13, Math.hypot(comb[1], AE_EXP_ERR), TOL,
                "Errors of a_e^comb and a_e(exp) in quadrature (text below eq. (10))."));
        return out;
    }

    private static ReproductionRow row(String observable, String benchmark, double paper, double computed,
                                       double tol, String note) {
        boolean agrees = Math.abs(computed / paper - 1) <= tol;
        return new ReproductionRow(observable, benchmark, paper, computed,
                agrees ? ReproductionRow.AGREES : ReproductionRow.DIFFERS, tol, note);
    }
}
