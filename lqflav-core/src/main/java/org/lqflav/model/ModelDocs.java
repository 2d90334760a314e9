package org.lqflav.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What each model's file may contain, from the models' own metadata: writes docs/models.md (a test keeps the
 * committed file current) and backs {@code lqflav models}. Regenerate with
 * {@code java -cp lqflav-cli/target/lqflav.jar org.lqflav.model.ModelDocs docs/models.md}.
 */
public final class ModelDocs {
    private ModelDocs() {
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder("# Models\n\n")
                .append("Generated from the model catalogue (`org.lqflav.model.ModelDocs`); do not edit by hand. ")
                .append("The file format: [model-files.md](model-files.md); bases and readings: ")
                .append("[conventions.md](conventions.md).\n");
        for (String name : ModelCatalogue.names()) {
            ModelType t = ModelCatalogue.get(name);
            sb.append("\n## `").append(name).append("`\n\n").append(t.description()).append(".\n\n");
            sb.append("- masses (GeV, required): ").append(codes(t.massNames())).append('\n');
            sb.append("- potential (optional, default 0): ").append(codes(t.potentialNames())).append('\n');
            sb.append("- couplings (3x3, optional, default zero):\n");
            for (CouplingSpec c : t.couplings()) {
                sb.append("  - `").append(c.name()).append('`').append(c.symmetric() ? " (symmetric)" : "")
                        .append(": ").append(c.description()).append('\n');
            }
            sb.append("- options (first value is the default, the paper's reading):");
            if (t.options().isEmpty()) {
                sb.append(" none");
            }
            sb.append('\n');
            for (Map.Entry<String, List<String>> o : t.options().entrySet()) {
                sb.append("  - `").append(o.getKey()).append("`: ").append(String.join(" | ", o.getValue())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String codes(List<String> names) {
        return names.isEmpty() ? "none" : "`" + String.join("`, `", names) + "`";
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), markdown(), StandardCharsets.UTF_8);
    }
}
