package org.lqflav.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lqflav.InputException;

/**
 * A versioned, cited set of measurements (docs/data.md): built in ({@link #BUILT_IN}, resources
 * {@code org/lqflav/data/NAME.yaml}) or a user file of the same layout. Each observable appears in at most one
 * measurement. Immutable.
 */
public final class MeasurementSet {
    /** Bundled sets: the seed papers' data, and the 2025/26 data. */
    public static final List<String> BUILT_IN = List.of("seeds2021", "current");

    private static final Map<String, MeasurementSet> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final String origin;
    private final String description;
    private final List<Measurement> measurements;
    private final List<NotUsed> notUsed;
    private final Map<String, Measurement> byObservable;

    /** A measurement of the reference data that has no observable here (or was left out), and why. */
    public record NotUsed(String quantity, String reason) {
    }

    MeasurementSet(String name, String origin, String description, List<Measurement> measurements,
                   List<NotUsed> notUsed) {
        this.name = name;
        this.origin = origin;
        this.description = description == null ? "" : description;
        this.measurements = List.copyOf(measurements);
        this.notUsed = List.copyOf(notUsed);
        Map<String, Measurement> map = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            for (String o : m.observables()) {
                if (map.put(o, m) != null) {
                    throw new IllegalArgumentException(origin + ": observable " + o + " in two measurements");
                }
            }
        }
        this.byObservable = map;
    }

    /** A built-in set by name, or a YAML file (relative paths against {@code baseDir}, which may be null). */
    public static MeasurementSet load(String nameOrPath, Path baseDir) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw InputException.field("data", "one of " + BUILT_IN + " or a .yaml file", nameOrPath);
        }
        if (BUILT_IN.contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        if (!nameOrPath.endsWith(".yaml") && !nameOrPath.endsWith(".yml") && !nameOrPath.contains("/")) {
            throw InputException.field("data", "one of " + BUILT_IN + " or a .yaml file", nameOrPath);
        }
        Path p = baseDir == null ? Path.of(nameOrPath) : baseDir.resolve(nameOrPath);
        if (Files.isDirectory(p)) {
            throw InputException.of(p + ": is a folder, expected a measurement-set file");
        }
        try {
            return MeasurementSetReader.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
        } catch (NoSuchFileException e) {
            throw InputException.of(p + ": no such measurement-set file");
        } catch (IOException e) {
            throw InputException.of(p + ": cannot read measurement-set file (" + e.getMessage() + ")");
        }
    }

    /** A bundled set; parsed once. */
    public static MeasurementSet builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw InputException.field("data", "one of " + BUILT_IN, name);
        }
        return CACHE.computeIfAbsent(name, MeasurementSet::readBuiltIn);
    }

    private static MeasurementSet readBuiltIn(String name) {
        String resource = "/org/lqflav/data/" + name + ".yaml";
        try (InputStream in = MeasurementSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled measurement set " + name + " missing from the jar");
            }
            return MeasurementSetReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new IllegalStateException("bundled measurement set " + name + " unreadable", e);
        }
    }

    /** YAML text of a set; {@code origin} names it in messages. */
    public static MeasurementSet parse(String yaml, String origin) {
        return MeasurementSetReader.parse(yaml, origin);
    }

    public String name() {
        return name;
    }

    /** File path or built-in name. */
    public String origin() {
        return origin;
    }

    public String description() {
        return description;
    }

    public List<Measurement> measurements() {
        return measurements;
    }

    public List<NotUsed> notUsed() {
        return notUsed;
    }

    /** Every observable with a measurement, in file order. */
    public List<String> observables() {
        return List.copyOf(byObservable.keySet());
    }

    /** The measurement of an observable, if the set has one. */
    public Optional<Measurement> find(String observable) {
        return Optional.ofNullable(byObservable.get(observable));
    }

    /** Measurements whose {@link Provenance#caveat()} is set. */
    public List<Measurement> caveats() {
        return measurements.stream().filter(m -> m.provenance().hasCaveat()).toList();
    }

    /**
     * A subset: {@code only} (if not empty) keeps the measurements naming one of the given observables or ids,
     * then {@code exclude} drops those naming one. Names that match nothing are the user's error
     * ({@code where} names file and field).
     */
    public MeasurementSet select(Collection<String> only, Collection<String> exclude, String where) {
        check(only, where + ".only");
        check(exclude, where + ".exclude");
        List<Measurement> kept = new ArrayList<>();
        for (Measurement m : measurements) {
            boolean in = only == null || only.isEmpty() || matches(m, only);
            boolean out = exclude != null && matches(m, exclude);
            if (in && !out) {
                kept.add(m);
            }
        }
        return new MeasurementSet(name, origin, description, kept, notUsed);
    }

    /** The measurements whose observables are all in {@code available} (what a model computes). */
    public MeasurementSet restrictedTo(Collection<String> available) {
        Set<String> a = Set.copyOf(available);
        List<Measurement> kept = measurements.stream().filter(m -> a.containsAll(m.observables())).toList();
        return new MeasurementSet(name, origin, description, kept, notUsed);
    }

    /** The measurements {@link #restrictedTo} would drop. */
    public List<Measurement> notComputedBy(Collection<String> available) {
        Set<String> a = Set.copyOf(available);
        return measurements.stream().filter(m -> !a.containsAll(m.observables())).toList();
    }

    private static boolean matches(Measurement m, Collection<String> names) {
        if (names.contains(m.id())) {
            return true;
        }
        for (String o : m.observables()) {
            if (names.contains(o)) {
                return true;
            }
        }
        return false;
    }

    private void check(Collection<String> names, String where) {
        if (names == null) {
            return;
        }
        Set<String> known = new LinkedHashSet<>(byObservable.keySet());
        measurements.forEach(m -> known.add(m.id()));
        for (String n : names) {
            if (!known.contains(n)) {
                throw InputException.field(where, "an observable or measurement id of data set " + name
                        + " (one of " + byObservable.keySet() + ")", n);
            }
        }
    }

    @Override
    public String toString() {
        return name + " (" + measurements.size() + " measurements)";
    }
}
