package org.lqflav.model;

import java.nio.file.Path;

/**
 * Reads and validates model files (docs/model-files.md). PLACEHOLDER: implemented in the model-file work package.
 */
public final class ModelFile {
    private ModelFile() {
    }

    /** Reads and validates a model file; every user error is an {@link org.lqflav.InputException}. */
    public static ModelSpec read(Path file) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Parses YAML text; {@code origin} names the file in messages and resolves relative parameter files. */
    public static ModelSpec parse(String yaml, String origin) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
