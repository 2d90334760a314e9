package org.lqflav.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelDocsTest {
    @Test
    void committedModelListMatchesTheCatalogue() throws IOException {
        String committed = Files.readString(Path.of("..", "docs", "models.md"), StandardCharsets.UTF_8);
        assertThat(committed)
                .as("docs/models.md is stale: regenerate with org.lqflav.model.ModelDocs (see its javadoc)")
                .isEqualTo(ModelDocs.markdown());
    }

    @Test
    void everyModelAppearsWithItsCouplings() {
        String md = ModelDocs.markdown();
        for (String name : ModelCatalogue.names()) {
            assertThat(md).contains("## `" + name + "`");
            ModelCatalogue.get(name).couplings().forEach(c -> assertThat(md).contains("`" + c.name() + "`"));
        }
    }
}
