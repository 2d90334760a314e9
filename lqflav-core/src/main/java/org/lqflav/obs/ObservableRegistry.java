package org.lqflav.obs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lqflav.InputException;

/**
 * All observables by name, in registration order. Entries are added by explicit calls from {@link #standard()}
 * (no class-loading side effects), so tests can list and check every entry.
 */
public final class ObservableRegistry {
    private final Map<String, ObservableSpec> specs = new LinkedHashMap<>();

    private static final ObservableRegistry STANDARD = build();

    public static ObservableRegistry standard() {
        return STANDARD;
    }

    private static ObservableRegistry build() {
        ObservableRegistry r = new ObservableRegistry();
        org.lqflav.obs.neutrino.NeutrinoObservables.register(r);
        org.lqflav.obs.dipole.DipoleObservables.register(r);
        org.lqflav.obs.bsll.BsllObservables.register(r);
        org.lqflav.obs.bclnu.BclnuObservables.register(r);
        org.lqflav.obs.lfv.LfvObservables.register(r);
        org.lqflav.obs.zpole.ZpoleObservables.register(r);
        org.lqflav.obs.bsnunu.BsnunuObservables.register(r);
        org.lqflav.obs.mixing.MixingObservables.register(r);
        return r;
    }

    /** Adds an entry; a duplicate name is a bug. */
    public void add(ObservableSpec spec) {
        if (specs.putIfAbsent(spec.name(), spec) != null) {
            throw new IllegalStateException("duplicate observable " + spec.name());
        }
    }

    public Optional<ObservableSpec> find(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    /** The entry, or an {@link InputException} naming the closest known names. */
    public ObservableSpec get(String name) {
        ObservableSpec s = specs.get(name);
        if (s == null) {
            throw InputException.field("observable", "a known name (closest: " + closest(name) + ")", name);
        }
        return s;
    }

    public Collection<ObservableSpec> all() {
        return List.copyOf(specs.values());
    }

    public List<String> names() {
        return List.copyOf(specs.keySet());
    }

    private List<String> closest(String name) {
        List<String> all = new ArrayList<>(specs.keySet());
        all.sort(Comparator.comparingInt(n -> distance(n.toLowerCase(), name.toLowerCase())));
        return all.subList(0, Math.min(3, all.size()));
    }

    /** Levenshtein distance, for suggestions only. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
