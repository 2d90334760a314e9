package org.lqflav.model.s1r2xi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lqflav.InputException;
import org.lqflav.Lqflav;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.ModelFile;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;

/**
 * Bad input for model S1R2xi: every user error is a one-line InputException naming file and field. Matrix
 * shape, unknown names, option values and non-finite numbers are caught by the generic model-file validation
 * (driven by S1R2Xi's metadata); the normalisation rules are the model's own (S1R2Xi#normalisation).
 */
class S1R2XiInputTest {
    private static final String HEAD = "model: S1R2xi\nparameters: seeds2021\nmasses: {R2: 1000, S1: 1500}\n";

    private static ModelSpec parse(String body) {
        return ModelFile.parse(HEAD + body, "bad.yaml");
    }

    /** Reads and matches: errors of the model's own rules show up when the point is evaluated. */
    private static void evaluate(String body) {
        Lqflav.predict(parse(body));
    }

    private static void oneLine(Throwable t, String... fragments) {
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(t.getMessage()).startsWith("bad.yaml: ").doesNotContain("\n");
        for (String f : fragments) {
            assertThat(t.getMessage()).contains(f);
        }
    }

    @Test
    void wrongMatrixShapeNamesTheCoupling() {
        Throwable t = catchIt(() -> parse("couplings:\n  fL: [[0, 0], [0, 0, 0], [0, 0, 0]]\n"));
        oneLine(t, "couplings.fL", "3x3", "row 1 has 2 entries");
        Throwable t2 = catchIt(() -> parse("couplings:\n  yR: [[0, 0, 0], [0, 0, 0]]\n"));
        oneLine(t2, "couplings.yR", "2 rows");
    }

    @Test
    void couplingOfAnotherModelIsUnknown() {
        oneLine(catchIt(() -> parse("couplings:\n  yS: [[0, 0, 0], [0, 0, 0], [0, 0, 0]]\n")),
                "couplings.yS", "[fL, fR, yL, yR]");
    }

    @Test
    void unknownOptionAndUnknownValueAreRejected() {
        oneLine(catchIt(() -> parse("options: {fl_sign: flipped}\n")), "options.fl_sign", "fL_sign");
        oneLine(catchIt(() -> parse("options: {fL_sign: minus}\n")), "options.fL_sign", "[flipped, eq2]", "minus");
        oneLine(catchIt(() -> parse("options: {neutrino_normalisation: angles}\n")),
                "options.neutrino_normalisation", "[m0I0, mixing]");
    }

    @Test
    void nonFiniteNormalisationInAFileIsRejected() {
        oneLine(catchIt(() -> parse("potential: {m0I0: .nan}\n")), "potential.m0I0", "finite");
        oneLine(catchIt(() -> parse("potential: {m0I0: .inf}\n")), "potential.m0I0", "finite");
        oneLine(catchIt(() -> parse("potential: {m0I0: \"1e-6+2e-6i\"}\n")), "potential.m0I0");
        oneLine(catchIt(() -> parse("potential: {mu1: 1}\n")), "potential.mu1", "m0I0");
    }

    @Test
    void nonFiniteNormalisationInAHandBuiltSpecIsRejectedByTheModel() {
        // ModelSpec can be built in code, bypassing the file validation: the model checks m0I0 itself.
        ModelSpec s = S1R2XiTest.spec(1000, 1500, Map.of(S1R2Xi.M0I0, Double.NaN), Map.of(), Map.of());
        Throwable t = catchIt(() -> new S1R2Xi().match(s, S1R2XiTest.SM));
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(t.getMessage()).contains("test.yaml: potential.m0I0").contains("finite").doesNotContain("\n");
        ModelSpec badOption = S1R2XiTest.spec(1000, 1500, Map.of(), Map.of(), Map.of(S1R2Xi.OPT_FL_SIGN, "minus"));
        assertThat(catchIt(() -> new S1R2Xi().match(badOption, S1R2XiTest.SM)))
                .isInstanceOf(InputException.class).hasMessageContaining("options.fL_sign");
    }

    @Test
    void normalisationOverflowingTheMassMatrixIsRejected() {
        // Finite inputs whose product overflows: M_etau = 2 m0I0 yL_te fL_ttau 1e9 = inf.
        Throwable t = catchIt(() -> evaluate("potential: {m0I0: 1e300}\ncouplings:\n  yL: [[0, 0, 0], [0, 0, 0], [1e10, 0, 0]]\n"
                + "  fL: [[0, 0, 0], [0, 0, 0], [0, 0, 1]]\n"));
        oneLine(t, "potential.m0I0", "finite neutrino mass matrix", "M_nu[1][3]");
    }

    @Test
    void mixingEntriesAreRejectedWhenM0I0DefinesTheNormalisation() {
        oneLine(catchIt(() -> evaluate("potential: {m0I0: 1e-6, theta_xi: 0.5}\n")), "potential.theta_xi",
                "neutrino_normalisation: mixing");
    }

    @Test
    void m0I0IsRejectedWhenTheMixingDefinesTheNormalisation() {
        oneLine(catchIt(() -> evaluate("potential: {m0I0: 1e-6, theta_xi: 0.5, phi_xi: 0.5, M_xi13: 1100, M_xi23: 1050}\n"
                + "options: {neutrino_normalisation: mixing}\n")), "potential.m0I0", "computes m0 I0");
    }

    @Test
    void mixingNormalisationNeedsBothXiMasses() {
        oneLine(catchIt(() -> evaluate("potential: {theta_xi: 0.5, phi_xi: 0.5, M_xi23: 1050}\n"
                + "options: {neutrino_normalisation: mixing}\n")), "potential.M_xi13", "a mass in GeV", "got 0.0");
        oneLine(catchIt(() -> evaluate("potential: {theta_xi: 0.5, phi_xi: 0.5, M_xi13: 1100, M_xi23: -5}\n"
                + "options: {neutrino_normalisation: mixing}\n")), "potential.M_xi23", "> 0", "-5");
    }

    @Test
    void missingLeptoquarkMassIsReported() {
        Throwable t = catchIt(() -> ModelFile.parse("model: S1R2xi\nmasses: {R2: 1000}\n", "bad.yaml"));
        oneLine(t, "masses.S1");
    }

    @Test
    void aParameterSetWithoutTheSeed001MassesIsReportedInOneLine(@TempDir Path dir) throws IOException {
        // A user copy of seeds2021 whose seed-001 include is empty: the model names the missing key.
        for (String f : new String[] {"seeds2021.yaml", "seeds2021-seed002.yaml", "seeds2021-seed004.yaml",
            "seeds2021-wet.yaml"}) {
            Files.writeString(dir.resolve(f), resource("/org/lqflav/param/" + f));
        }
        Files.writeString(dir.resolve("seeds2021-seed001.yaml"), "parameters: {}\n");
        ModelSpec s = S1R2XiTest.spec(1000, 1500, Map.of(), Map.of("fL", CMatrix3.ZERO), Map.of());
        ParameterSet p = ParameterSet.load(dir.resolve("seeds2021.yaml").toString(), null);
        Throwable t = catchIt(() -> Lqflav.predict(s, p, null));
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(t.getMessage()).contains("parameters.seed001_").contains("expected a value").doesNotContain("\n");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = S1R2XiInputTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Throwable catchIt(Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("expected an exception");
    }
}
