package org.lqflav.reproduce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.lqflav.model.ModelFile;
import org.lqflav.model.ModelSpec;

/** The papers' benchmark points, bundled as model files (identical to those in examples/). */
public final class Benchmarks {
    private Benchmarks() {
    }

    /** A seed-000 benchmark: {@code bm1.yaml} (eq. (99)) or {@code bm2.yaml} (eq. (100)). */
    public static ModelSpec seed000(String file) {
        String resource = "/org/lqflav/reproduce/seed000/" + file;
        try (InputStream in = Benchmarks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled benchmark " + resource);
            }
            return ModelFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "seed000/" + file);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable bundled benchmark " + resource, e);
        }
    }
}
