package org.lqflav.obs.wet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.eft.WetNames;
import org.lqflav.eft.WetRunning;
import org.lqflav.eft.WilsonCoefficients;
import org.lqflav.obs.Inputs;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.param.SmInputs;

/**
 * Cross-check against a peer code: flavio 2.7.0 predictions at WET points (src/test/resources/peer/
 * flavio-2.7.0-predictions.json, copied from the project's shared reference data with its meta). For every point and
 * every observable of the file that the engine computes, the NP/SM ratio of the engine (pdg2024 inputs) is compared
 * with flavio's NP/SM ratio; SM inputs differ between the codes, ratios much less. Observables whose SM value
 * vanishes (l -> l' gamma) are compared absolutely. The tolerance of each observable is the one documented, with the
 * reason, in docs/validation.md (2% unless a difference is explained there).
 *
 * <p>Scale: the file's points are given at 4.8 GeV (flavio's scale for B decays); the engine reads coefficients at
 * m_b, so each point is run from its scale to m_b with {@link WetRunning} (leading-log QCD + QED for b -> c l nu,
 * as flavio/wilson). {@link #readingThePointsAtMbInsteadOfRunningCostsThreePercentInBcTauNu} shows what skipping
 * the running would cost.
 */
class PeerComparisonTest {
    /** Peer key -> (our name, tolerance on NP/SM ratio as a fraction; absolute-comparison observables too). */
    static final Map<String, Object[]> MAP = new LinkedHashMap<>();

    static {
        MAP.put("RD", new Object[] {"Rtaul(B->Dlnu)", 0.02});
        MAP.put("RDst", new Object[] {"Rtaul(B->D*lnu)", 0.02});
        MAP.put("FL_Dst_tau", new Object[] {"FLtot(B0->D*taunu)", 0.02});
        MAP.put("BR_Bc_taunu", new Object[] {"BR(Bc->taunu)", 0.02});
        MAP.put("RK_1.1_6", new Object[] {"<Rmue>(B+->Kll)[1.1,6]", 0.02});
        MAP.put("RKst_1.1_6", new Object[] {"<Rmue>(B0->K*ll)[1.1,6]", 0.025});
        MAP.put("RKst_0.045_1.1", new Object[] {"<Rmue>(B0->K*ll)[0.045,1.1]", 0.025});
        MAP.put("BR_Bs_mumu", new Object[] {"BR(Bs->mumu)", 0.02});
        MAP.put("BR_Bp_Knunu", new Object[] {"BR(B+->Knunu)", 0.02});
        MAP.put("BR_B0_Kstnunu", new Object[] {"BR(B0->K*nunu)", 0.02});
        MAP.put("BR_Kp_pinunu", new Object[] {"BR(K+->pinunu)", 0.02});
        MAP.put("BR_KL_pinunu", new Object[] {"BR(KL->pi0nunu)", 0.02});
        MAP.put("DeltaM_s_ps", new Object[] {"DeltaM_s", 0.02});
        MAP.put("BR_tau_mugamma", new Object[] {"BR(tau->mugamma)", 0.03});
        MAP.put("BR_mu_egamma", new Object[] {"BR(mu->egamma)", 0.03});
        MAP.put("BR_tau_egamma", new Object[] {"BR(tau->egamma)", 0.03});
        MAP.put("BR_B0_mumu", new Object[] {"BR(B0->mumu)", 0.02});
        MAP.put("BR_B0_Knunu", new Object[] {"BR(B0->Knunu)", 0.02});
        MAP.put("BR_Bp_Kstnunu", new Object[] {"BR(B+->K*nunu)", 0.02});
        MAP.put("DeltaM_d_ps", new Object[] {"DeltaM_d", 0.02});
        MAP.put("BR_Bs_tautau", new Object[] {"BR(Bs->tautau)", 0.02});
    }

    /** Peer keys the engine does not compute, with the reason (docs/validation.md). */
    static final Map<String, String> NOT_COMPUTED = Map.of(
            "DeltaM_s", "in GeV; compared as DeltaM_s_ps",
            "DeltaM_d", "in GeV; compared as DeltaM_d_ps",
            "a_mu", "needs C7_mumu, not in WetNames; Delta_a_mu appears once it is",
            "a_mu_NP", "needs C7_mumu, not in WetNames",
            "BR_tau_3mu", "tau -> 3 mu is not an engine observable (dipole-only contribution not implemented)",
            "AFB_Dst_tau", "A_FB(D* tau nu) is not registered: with tensor operators it differs from flavio by up to 19% of"
                    + " its SM value, cause not located (docs/validation.md)");

    static JsonNode peer;
    static SmInputs sm;
    static ObservableRegistry reg;
    static Inputs smInputs;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = PeerComparisonTest.class.getResourceAsStream("/peer/flavio-2.7.0-predictions.json")) {
            peer = new ObjectMapper().readTree(in);
        }
        sm = SmInputs.of("pdg2024");
        reg = WetObservables.registry();
        smInputs = new Inputs(point(Map.of()), sm);
    }

    static LowEnergy point(Map<String, Complex> wc) {
        LowEnergy.Builder b = LowEnergy.builder().provides(Part.WET);
        b.scales(sm.mDown(2), sm.mDown(2));
        wc.forEach(b.wet::set);
        return b.build();
    }

    /** A point given at {@code scale}, run to m_b (the engine's input scale). */
    static LowEnergy point(Map<String, Complex> wc, double scale) {
        WilsonCoefficients.Builder at = WilsonCoefficients.builder(scale);
        wc.forEach(at::set);
        WilsonCoefficients run = WetRunning.forInputs(sm).run(at.build(), sm.mDown(2));
        return point(run.nonZero());
    }

    static Complex complex(JsonNode n) {
        return n.isArray() ? new Complex(n.get(0).asDouble(), n.get(1).asDouble()) : new Complex(n.asDouble());
    }

    /** One comparison row: point, observable, ours NP/SM, flavio NP/SM, relative difference, tolerance. */
    record Row(String point, String key, String name, double ours, double flavio, double diff, double tol,
               boolean absolute) {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        JsonNode smPeer = peer.get("sm");
        for (JsonNode pt : peer.get("points")) {
            Map<String, Complex> wc = new LinkedHashMap<>();
            boolean known = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = pt.get("wc").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                known &= WetNames.isKnown(e.getKey());
                wc.put(e.getKey(), complex(e.getValue()));
            }
            if (!known || wc.isEmpty()) {
                continue;        // the SM point is the denominator; C7_mumu is not a WetNames coefficient
            }
            Inputs in = new Inputs(point(wc, pt.get("scale").asDouble()), sm);
            for (Iterator<Map.Entry<String, JsonNode>> it = pt.get("predictions").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Object[] m = MAP.get(e.getKey());
                if (m == null) {
                    continue;
                }
                String name = (String) m[0];
                double tol = (Double) m[1];
                double flavioNp = e.getValue().asDouble();
                double flavioSm = smPeer.get(e.getKey()).asDouble();
                double np = reg.get(name).function().evaluate(in);
                double s = reg.get(name).function().evaluate(smInputs);
                if (e.getKey().startsWith("AFB")) {     // crosses zero: |ours - flavio| / |AFB_SM(flavio)|
                    rows.add(new Row(pt.get("name").asText(), e.getKey(), name, np, flavioNp,
                            (np - flavioNp) / Math.abs(flavioSm), tol, true));
                } else if (flavioSm == 0) {
                    rows.add(new Row(pt.get("name").asText(), e.getKey(), name, np, flavioNp,
                            flavioNp == 0 ? np : np / flavioNp - 1, tol, true));
                } else if (flavioNp != flavioSm || np != s) {
                    double ours = np / s;
                    double theirs = flavioNp / flavioSm;
                    rows.add(new Row(pt.get("name").asText(), e.getKey(), name, ours, theirs, ours / theirs - 1, tol,
                            false));
                }
            }
        }
        return rows;
    }

    @Test
    void everyPeerObservableIsMappedOrExplained() {
        for (Iterator<String> it = peer.get("sm").fieldNames(); it.hasNext(); ) {
            String k = it.next();
            assertThat(MAP.containsKey(k) || NOT_COMPUTED.containsKey(k)).as(k).isTrue();
        }
        MAP.values().forEach(m -> assertThat(reg.find((String) m[0])).as((String) m[0]).isPresent());
    }

    @Test
    void npOverSmRatiosAgreeWithFlavioWithinTheDocumentedTolerance() {
        List<Row> rows = rows();
        StringBuilder table = new StringBuilder();
        for (Row r : rows) {
            table.append(String.format("%-30s %-28s ours %.5g flavio %.5g diff %+.2f%% (tol %.1f%%)%s%n", r.point(),
                    r.name(), r.ours(), r.flavio(), 100 * r.diff(), 100 * r.tol(), r.absolute() ? " [absolute]" : ""));
        }
        System.out.print(table);
        assertThat(rows).hasSizeGreaterThan(30);
        for (Row r : rows) {
            assertThat(Math.abs(r.diff())).as(r.point() + " " + r.name() + "\n" + table).isLessThanOrEqualTo(r.tol());
        }
    }

    /**
     * The scale matters for the scalar operators: reading the 4.8 GeV points as if given at m_b (no running) makes
     * BR(Bc -> tau nu) 3.1% lower than flavio at CSL = -0.3 (the scalar amplitude divides by m_b(mu) + m_c(mu)),
     * with the running 0.6% (docs/validation.md#scale).
     */
    @Test
    void readingThePointsAtMbInsteadOfRunningCostsThreePercentInBcTauNu() {
        JsonNode s = peer.get("sm");
        for (JsonNode pt : peer.get("points")) {
            if (!pt.get("name").asText().equals("CSL_bctaunutau=-0.3")) {
                continue;
            }
            Map<String, Complex> wc = Map.of("CSL_bctaunutau", complex(pt.get("wc").get("CSL_bctaunutau")));
            double theirs = pt.get("predictions").get("BR_Bc_taunu").asDouble() / s.get("BR_Bc_taunu").asDouble();
            double sm0 = reg.get("BR(Bc->taunu)").function().evaluate(smInputs);
            double unrun = reg.get("BR(Bc->taunu)").function().evaluate(new Inputs(point(wc), sm)) / sm0;
            double run = reg.get("BR(Bc->taunu)").function().evaluate(new Inputs(point(wc, 4.8), sm)) / sm0;
            assertThat(unrun / theirs - 1).isBetween(-0.034, -0.028);
            assertThat(run / theirs - 1).isBetween(-0.01, 0.01);
        }
    }

    @Test
    void smValuesOfFlavioAreReproducedForTheFormFactorObservables() {
        // flavio 2.7.0 SM values (same file, "sm"); same form factors (HQE fit of arXiv:1908.09398), so 0.3%.
        JsonNode s = peer.get("sm");
        assertThat(reg.get("Rtaul(B->Dlnu)").function().evaluate(smInputs))
                .isCloseTo(s.get("RD").asDouble(), org.assertj.core.data.Percentage.withPercentage(0.3));
        assertThat(reg.get("Rtaul(B->D*lnu)").function().evaluate(smInputs))
                .isCloseTo(s.get("RDst").asDouble(), org.assertj.core.data.Percentage.withPercentage(0.3));
        assertThat(reg.get("FLtot(B0->D*taunu)").function().evaluate(smInputs))
                .isCloseTo(s.get("FL_Dst_tau").asDouble(), org.assertj.core.data.Percentage.withPercentage(0.3));
        // lepton-mass effects in R_K(*) SM: absolute agreement to 0.01 (the QCDF corrections we omit are small here)
        assertThat(reg.get("<Rmue>(B+->Kll)[1.1,6]").function().evaluate(smInputs))
                .isCloseTo(s.get("RK_1.1_6").asDouble(), org.assertj.core.data.Offset.offset(0.002));
        assertThat(reg.get("<Rmue>(B0->K*ll)[1.1,6]").function().evaluate(smInputs))
                .isCloseTo(s.get("RKst_1.1_6").asDouble(), org.assertj.core.data.Offset.offset(0.003));
        assertThat(reg.get("<Rmue>(B0->K*ll)[0.045,1.1]").function().evaluate(smInputs))
                .isCloseTo(s.get("RKst_0.045_1.1").asDouble(), org.assertj.core.data.Offset.offset(0.015));
    }
}
