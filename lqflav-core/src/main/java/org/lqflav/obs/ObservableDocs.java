package org.lqflav.obs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes docs/observables.md from the registry, so the list cannot drift from the code. A test compares the
 * committed file with {@link #markdown()}; regenerate with
 * {@code java -cp lqflav-cli/target/lqflav.jar org.lqflav.obs.ObservableDocs docs/observables.md}.
 */
public final class ObservableDocs {
    private ObservableDocs() {
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Observables\n\n")
                .append("Generated from the registry (`org.lqflav.obs.ObservableDocs`); do not edit by hand.\n")
                .append("Names follow flavio where flavio has the observable; `_NP` marks a new-physics-only value.\n")
                .append("Units: empty means dimensionless. Conventions: [conventions.md](conventions.md).\n\n")
                .append("A name may have a model's own entry (that paper's formula) besides the generic one; the model's\n")
                .append("entry wins. A generic entry is computed for every model whose matching provides what it needs.\n\n")
                .append("| name | unit | description | equation | applies to |\n|---|---|---|---|---|\n");
        for (ObservableSpec s : ObservableRegistry.standard().all()) {
            String appliesTo = s.models().isEmpty()
                    ? "models providing " + s.needs().stream().map(Enum::name).sorted().toList()
                    : "model " + String.join(", ", s.models().stream().sorted().toList());
            sb.append("| `").append(s.name()).append("` | ").append(s.unit()).append(" | ")
                    .append(escape(s.description())).append(" | ").append(escape(s.equation())).append(" | ")
                    .append(appliesTo).append(" |\n");
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), markdown(), StandardCharsets.UTF_8);
    }
}
