package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.lqflav.Lqflav;
import org.lqflav.model.ModelFile;
import org.lqflav.obs.ObservableSpec;
import org.junit.jupiter.api.Test;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.reproduce.Reproductions;

/**
 * End-to-end runs on the bundled seed000 benchmark. These need the model-file reader, the matching and the
 * observables (they fail until those land); output shape is all they check.
 */
class PhysicsCliTest {
    private static final String MODEL = "../examples/seed000/bm1.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every registry entry's name (a name with a model's own entry appears more than once). */
    private static List<String> entryNames() {
        List<String> names = ObservableRegistry.standard().all().stream().map(ObservableSpec::name).toList();
        assertThat(names).as("registered observables").isNotEmpty();
        return names;
    }

    /** What the seed-000 model computes: the names predict must print without --only. */
    private static List<String> registryNames() {
        return List.copyOf(Lqflav.predict(ModelFile.read(Path.of(MODEL))).values().keySet());
    }

    @Test
    void observablesListsEveryRegisteredName() throws Exception {
        List<String> names = entryNames();
        Cli.Result table = Cli.run("observables");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains(names.get(0));

        Cli.Result json = Cli.run("observables", "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(JSON.readTree(json.out()).get("observables").findValuesAsText("name"))
                .containsExactlyElementsOf(names);

        Cli.Result csv = Cli.run("observables", "--format", "csv");
        assertThat(csv.code()).isZero();
        assertThat(csv.outLines()).hasSize(names.size() + 1);
    }

    @Test
    void predictJson() throws Exception {
        Cli.Result r = Cli.run("predict", MODEL, "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("model", "parameters", "predictions");
        assertThat(root.get("predictions").fieldNames()).toIterable().containsExactlyElementsOf(registryNames());
    }

    @Test
    void predictCsv() {
        Cli.Result r = Cli.run("predict", MODEL, "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.outLines().get(0)).isEqualTo("observable,value,unit");
        assertThat(r.outLines()).hasSize(registryNames().size() + 1);
    }

    @Test
    void predictTable() {
        Cli.Result r = Cli.run("predict", MODEL);
        assertThat(r.code()).isZero();
        assertThat(r.outLines().get(0)).startsWith("model: ").contains("parameters: ");
        assertThat(r.out()).contains(registryNames().get(0));
    }

    @Test
    void predictOnlyKeepsNamesWithCommas() throws Exception {
        List<String> names = registryNames();
        String withComma = names.stream().filter(n -> n.contains(",")).findFirst().orElse(names.get(0));
        String other = names.stream().filter(n -> !n.equals(withComma)).findFirst().orElse(withComma);
        Cli.Result r = Cli.run("predict", MODEL, "--format", "json", "--only", withComma + "," + other);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(JSON.readTree(r.out()).get("predictions").fieldNames()).toIterable()
                .containsExactlyInAnyOrder(withComma, other);
    }

    @Test
    void paramsOverridesTheModelFile() throws Exception {
        Cli.Result r = Cli.run("predict", MODEL, "--format", "json", "--params", "pdg2024");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(JSON.readTree(r.out()).get("parameters").asText()).isEqualTo("pdg2024");
    }

    @Test
    void reproduceTable() {
        String name = Reproductions.names().get(0);
        Cli.Result r = Cli.run("reproduce", name);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.outLines().get(0)).startsWith(name + ": ");
        assertThat(r.outLines().get(r.outLines().size() - 1)).matches("\\d+ rows: \\d+ agree, \\d+ differ.*");
    }

    @Test
    void reproduceJson() throws Exception {
        Cli.Result r = Cli.run("reproduce", "seed000", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("reproduction", "title", "rows");
        assertThat(root.get("rows")).isNotEmpty();
        assertThat(root.get("rows").get(0).fieldNames()).toIterable().containsExactly("observable", "benchmark",
                "paper", "computed", "ratio", "status", "tolerance", "note");
    }
}
