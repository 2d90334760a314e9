package org.lqflav.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.lqflav.Lqflav;
import org.lqflav.Predictions;

/**
 * Seed 000 Table I, benchmarks BM-I (eq. (99)) and BM-II (eq. (100)), recomputed from the bundled benchmark
 * files with the seed-000 model's default (paper) conventions. Rows hold 3% (BM-II neutrino rows 10%: that fit
 * is finely tuned); every row that differs says why (docs/reproductions/seed000.md).
 */
final class Seed000Reproduction implements Reproduction {
    private static final double TOL = 0.03;
    private static final double TOL_TUNED = 0.10;

    /**
     * One Table I row. {@code paperQuantity} maps our prediction onto what the table prints (e.g. |x|); notes
     * explain a reading (shown always) and, separately, why a row is not reproduced.
     */
    private record Row(String observable, String computedFrom, double bm1, double bm2, double tol1, double tol2,
                       DoubleUnaryOperator paperQuantity, String note) {
        Row(String observable, double bm1, double bm2, String note) {
            this(observable, observable, bm1, bm2, TOL, TOL, x -> x, note);
        }
    }

    private static final String TAU3L = "Not reproduced: eqs. (48)-(59) as printed give about 1/55 (tau->3mu) and "
            + "1/10 (tau->mu ee) of the table (dipole and photon penguin dominated, as expected from "
            + "BR(tau->mu gamma) alpha/(3 pi) log); the table needs non-dipole terms ~50x larger. No reading of the "
            + "printed formulas (log factors, s_W^2 scheme, chiralities, Z-penguin normalisation) reproduces the four "
            + "numbers; likely an unprinted term or normalisation in the paper's code.";

    private static final List<Row> ROWS = List.of(
            new Row("Dm2_21", "Dm2_21", 7.348e-5, 7.383e-5, TOL, TOL_TUNED, x -> x,
                    "BM-II: finely tuned fit; rounding the printed 4-digit Yukawas moves it by -40%..+90%."),
            new Row("Dm2_31", "Dm2_31", 2.526e-3, 2.524e-3, TOL, TOL_TUNED, x -> x, ""),
            new Row("theta_12", "theta_12", 33.698, 33.813, TOL, TOL_TUNED, x -> x, ""),
            new Row("theta_23", "theta_23", 48.373, 48.055, TOL, TOL_TUNED, x -> x, ""),
            new Row("theta_13", "theta_13", 8.624, 8.615, TOL, TOL_TUNED, x -> x, ""),
            new Row("Delta_a_mu", 2.718e-9, 2.688e-9, ""),
            new Row("C9_bsmumu", -0.528, -0.530, "C9 = -C10 with the matching factor (1 + 17 alpha_s/(6 pi)) of eq. (36)."),
            new Row("Rtaul(B->Dlnu)", 0.339, 0.340, "About 1% high in both benchmarks (0.9% with the paper's fixed running factors 1.646, 0.863; 1.1% with our running, which adds QED); not an input-rounding effect."),
            new Row("Rtaul(B->D*lnu)", 0.286, 0.285, ""),
            new Row("BR(mu->egamma)", 8.284e-15, 2.740e-16, ""),
            new Row("CR(mu->e, Au)", 3.243e-16, 1.377e-16,
                    "Eq. (73) read as (2V(p) + V(n)) g_LV (printed '(2V(p) + g V(n)) g', a typo; literal: x0.33)."),
            new Row("BR(tau->egamma)", 3.862e-14, 2.730e-14, ""),
            new Row("BR(tau->mugamma)", 3.860e-8, 2.750e-8,
                    "BM-I is charm dominated (scales as m_c^2); m_c(m_c) = 1.275 GeV (PDG 2018) gives 0.976."),
            new Row("BR(tau->mumumu)", 3.844e-9, 1.147e-9, TAU3L),
            new Row("BR(tau->muee)", 3.273e-9, 8.788e-10, TAU3L),
            new Row("delta_gR(Z->tautau)", "delta_gR(Z->tautau)", 1.467e-4, 1.732e-4, TOL, TOL, Math::abs,
                    "Eq. (64) with the Z couplings of the conjugate quark in the x_Z terms (printed: of the quark; "
                            + "literal: x0.44). Table prints |Re delta g|."),
            new Row("delta_gL(Z->tautau)", "delta_gL(Z->tautau)", 3.955e-5, 6.094e-5, TOL, TOL, Math::abs,
                    "As delta_gR; table prints |Re delta g| (our signed BM-I value is negative)."),
            new Row("BR(Z->mutau)", "BR(Z->mutau)", 5.363e-15, 1.732e-12, 0.08, TOL, x -> x / 2,
                    "Eq. (67) is one charge mode: compared with half of BR(Z->mutau) (both modes). BM-I is a strong "
                            + "cancellation: rounding the printed inputs moves it within [0.92, 0.99] of the table, "
                            + "hence 8% tolerance."),
            new Row("BR(Bs->mumu)_NP", 4.925e-11, 4.954e-11,
                    "Table is new physics only (C10_SM = 0). 1.9% high in both benchmarks: f_Bs^2 tau_Bs would have "
                            + "to be 1.8% lower."),
            new Row("BR(Bs->mutau,taumu)", 3.803e-7, 1.125e-6,
                    "Not reproduced: the table is 1/3.234 of eq. (75) summed over both charge modes, for both "
                            + "benchmarks although C^{23}/C^{32} differs 20x between them, so the paper's code has another "
                            + "overall normalisation for this mode; B->K mu tau from the same coefficients agrees to 0.3%."),
            new Row("BR(Bs->tautau)_NP", 4.604e-5, 5.110e-5, "Table is new physics only; 1.9% high as Bs->mumu."),
            new Row("BR(B+->Kmutau,taumu)", 1.063e-6, 3.145e-6, ""),
            new Row("Rnunu(B->K*)", 1.855, 1.656, "C_L without QCD factor; C_L^SM = -1.47/s_W^2 with on-shell s_W^2."),
            new Row("BR(Bc->taunu)", 0.01767, 0.01703, "Table prints the branching ratio in %."),
            new Row("DeltaM_s/DeltaM_s_SM", 1.12, 1.13, "Table prints two decimals (truncated)."),
            new Row("BR(tau->phimu)", 2.047e-8, 1.380e-8,
                    "Eq. (85) times the vector-meson factor (1 + 2 m_phi^2/m_tau^2) (literal pseudoscalar form: x0.603)."),
            new Row("BR(tau->etamu)", 4.397e-8, 3.123e-9,
                    "f_eta is not printed (the paper cites its Ref. [26]); we use f_8 cos(theta_8) = 153.2 MeV "
                            + "(Feldmann-Kroll-Stech); the table needs 157.6 MeV. The BM-II/BM-I ratio agrees to 0.2%, "
                            + "confirming eq. (87)."));

    @Override
    public String name() {
        return "seed000";
    }

    @Override
    public String title() {
        return "Seed 000 (S1 + S3 + diquark omega), Table I, benchmarks BM-I (eq. (99)) and BM-II (eq. (100))";
    }

    @Override
    public List<ReproductionRow> rows() {
        Predictions bm1 = Lqflav.predict(Benchmarks.seed000("bm1.yaml"));
        Predictions bm2 = Lqflav.predict(Benchmarks.seed000("bm2.yaml"));
        List<ReproductionRow> out = new ArrayList<>();
        for (Row r : ROWS) {
            out.add(row(r, "BM-I", r.bm1(), r.tol1(), bm1));
            out.add(row(r, "BM-II", r.bm2(), r.tol2(), bm2));
        }
        return out;
    }

    private static ReproductionRow row(Row r, String bm, double paper, double tol, Predictions p) {
        double computed = r.paperQuantity().applyAsDouble(p.get(r.computedFrom()));
        boolean agrees = Math.abs(computed / paper - 1) <= tol;
        return new ReproductionRow(r.observable(), bm, paper, computed,
                agrees ? ReproductionRow.AGREES : ReproductionRow.DIFFERS, tol, r.note());
    }
}
