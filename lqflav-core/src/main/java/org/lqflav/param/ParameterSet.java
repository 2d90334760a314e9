package org.lqflav.param;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lqflav.InputException;

/**
 * A versioned, cited set of SM inputs, read from YAML: either a bundled set by name ({@link #BUILT_IN}) or a
 * user file with the same layout (see docs/conventions.md#sm-inputs). Immutable.
 */
public final class ParameterSet {
    /** Bundled sets, resources {@code org/lqflav/param/NAME.yaml}. */
    public static final List<String> BUILT_IN = List.of("seeds2021", "pdg2024");

    private final String name;
    private final String origin;
    private final String description;
    private final String ckmParametrisation;
    private final Map<String, Parameter> parameters;
    /** The typed view, built once per set (sets are immutable). */
    private volatile SmInputs smInputs;

    private ParameterSet(String name, String origin, String description, String ckmParametrisation,
                         Map<String, Parameter> parameters) {
        this.name = name;
        this.origin = origin;
        this.description = description;
        this.ckmParametrisation = ckmParametrisation;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A bundled set by name, or a YAML file path; {@code baseDir} resolves relative paths (may be null). */
    public static ParameterSet load(String nameOrPath, Path baseDir) {
        if (BUILT_IN.contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        if (!nameOrPath.endsWith(".yaml") && !nameOrPath.endsWith(".yml") && !nameOrPath.contains("/")) {
            throw InputException.field("parameters", "one of " + BUILT_IN + " or a .yaml file", nameOrPath);
        }
        Path p = baseDir == null ? Path.of(nameOrPath) : baseDir.resolve(nameOrPath);
        Path dir = p.toAbsolutePath().getParent();
        try (InputStream in = Files.newInputStream(p)) {
            return parse(in, p.toString(), include -> Files.newInputStream(dir.resolve(include)));
        } catch (NoSuchFileException e) {
            throw InputException.of(p + ": no such parameter file");
        } catch (IOException e) {
            throw InputException.of(p + ": cannot read parameter file (" + e.getMessage() + ")");
        }
    }

    /** Bundled sets are immutable: parse each once. */
    private static final Map<String, ParameterSet> BUILT_IN_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public static ParameterSet builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw InputException.field("parameters", "one of " + BUILT_IN, name);
        }
        return BUILT_IN_CACHE.computeIfAbsent(name, ParameterSet::parseBuiltIn);
    }

    private static ParameterSet parseBuiltIn(String name) {
        String resource = "/org/lqflav/param/" + name + ".yaml";
        try (InputStream in = ParameterSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled parameter set " + name + " missing from the jar");
            }
            return parse(in, name, include -> {
                InputStream part = ParameterSet.class.getResourceAsStream("/org/lqflav/param/" + include);
                if (part == null) {
                    throw new IllegalStateException("bundled parameter file " + include + " missing from the jar");
                }
                return part;
            });
        } catch (IOException e) {
            throw new IllegalStateException("bundled parameter set " + name + " unreadable", e);
        }
    }

    /** Opens a file named in {@code include:}, relative to the including set. */
    @FunctionalInterface
    private interface IncludeOpener {
        InputStream open(String include) throws IOException;
    }

    /**
     * A set file: {@code name}, optional {@code description}, {@code ckm_parametrisation}, {@code parameters}, and
     * optional {@code include: [FILE, ...]} of files holding more {@code parameters} (one per topic or model, so a
     * set grows without one file everyone edits). A name defined twice is an error.
     */
    private static ParameterSet parse(InputStream in, String origin, IncludeOpener includes) throws IOException {
        JsonNode root = readYaml(in, origin);
        String name = text(root, "name", origin);
        String ckm = root.path("ckm_parametrisation").asText("standard");
        if (!List.of("standard", "wolfenstein3").contains(ckm)) {
            throw InputException.field(origin + ": ckm_parametrisation", "standard or wolfenstein3", ckm);
        }
        Map<String, Parameter> map = new LinkedHashMap<>();
        readParameters(root, origin, map);
        for (JsonNode inc : root.path("include")) {
            String file = inc.asText();
            try (InputStream part = includes.open(file)) {
                readParameters(readYaml(part, file), origin + " (include " + file + ")", map);
            } catch (NoSuchFileException e) {
                throw InputException.field(origin + ": include", "an existing parameter file", file);
            }
        }
        return new ParameterSet(name, origin, root.path("description").asText(""), ckm, map);
    }

    private static JsonNode readYaml(InputStream in, String origin) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw InputException.of(origin + ": not valid YAML (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject()) {
            throw InputException.field(origin, "a YAML mapping with 'parameters'", "something else");
        }
        return root;
    }

    private static void readParameters(JsonNode root, String origin, Map<String, Parameter> map) {
        JsonNode params = root.get("parameters");
        if (params == null || !params.isObject()) {
            throw InputException.field(origin + ": parameters", "a mapping NAME: {value, unit, source}", "nothing");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            JsonNode value = v.isObject() ? v.get("value") : v;
            if (value == null || !value.isNumber()) {
                throw InputException.field(origin + ": parameters." + e.getKey() + ".value", "a number",
                        value == null ? null : value.asText());
            }
            if (map.containsKey(e.getKey())) {
                throw InputException.field(origin + ": parameters." + e.getKey(), "a name defined once in the set",
                        "a second definition");
            }
            map.put(e.getKey(), new Parameter(e.getKey(), value.asDouble(),
                    v.path("unit").asText(""), v.path("source").asText("")));
        }
    }

    private static String text(JsonNode root, String field, String origin) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw InputException.field(origin + ": " + field, "a non-empty string", n == null ? null : n.toString());
        }
        return n.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** Value of a parameter; a user file lacking a needed one is a user error. */
    public double value(String key) {
        Parameter p = parameters.get(key);
        if (p == null) {
            throw InputException.field(origin + ": parameters." + key, "a value (this set lacks it)", null);
        }
        return p.value();
    }

    /** A copy with some values replaced (e.g. for variations); unknown names are rejected. */
    public ParameterSet with(Map<String, Double> overrides) {
        Map<String, Parameter> map = new LinkedHashMap<>(parameters);
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            Parameter old = map.get(e.getKey());
            if (old == null) {
                throw InputException.field("parameter " + e.getKey(), "one of " + parameters.keySet(), e.getKey());
            }
            map.put(e.getKey(), new Parameter(old.name(), e.getValue(), old.unit(), old.source() + " (overridden)"));
        }
        return new ParameterSet(name, origin, description, ckmParametrisation, map);
    }

    public String name() {
        return name;
    }

    /** The typed SM inputs of this set, built on first use and then shared (a set never changes). */
    public SmInputs smInputs() {
        SmInputs s = smInputs;
        if (s == null) {
            s = new SmInputs(this);
            smInputs = s;
        }
        return s;
    }

    public String description() {
        return description;
    }

    public String ckmParametrisation() {
        return ckmParametrisation;
    }

    public Map<String, Parameter> parameters() {
        return parameters;
    }
}
