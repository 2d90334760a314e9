package org.lqflav.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lqflav.model.s1s3omega.S1S3Omega;

/** The models LQFlav knows, by model-file name. */
public final class ModelCatalogue {
    private static final Map<String, ModelType> MODELS = new LinkedHashMap<>();

    static {
        add(new S1S3Omega());
        add(new org.lqflav.model.s1r2xi.S1R2Xi());
        add(new org.lqflav.model.etaetapdelta.EtaEtapDelta());
        add(new org.lqflav.model.s1zprime.S1Zprime());
    }

    private ModelCatalogue() {
    }

    private static void add(ModelType t) {
        if (MODELS.put(t.name(), t) != null) {
            throw new IllegalStateException("duplicate model " + t.name());
        }
    }

    public static Optional<ModelType> find(String name) {
        return Optional.ofNullable(MODELS.get(name));
    }

    public static ModelType get(String name) {
        ModelType t = MODELS.get(name);
        if (t == null) {
            throw new IllegalArgumentException("unknown model " + name);
        }
        return t;
    }

    public static List<String> names() {
        return List.copyOf(MODELS.keySet());
    }
}
