package org.lqflav.obs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ObservableDocsTest {
    @Test
    void committedObservableListMatchesTheRegistry() throws IOException {
        // Maven runs tests in the module folder; the docs live one level up.
        String committed = Files.readString(Path.of("..", "docs", "observables.md"), StandardCharsets.UTF_8);
        assertThat(committed)
                .as("docs/observables.md is stale: regenerate with org.lqflav.obs.ObservableDocs (see its javadoc)")
                .isEqualTo(ObservableDocs.markdown());
    }
}
