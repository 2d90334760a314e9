package org.lqflav.obs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lqflav.InputException;

/**
 * All observables by name, in registration order. Entries are added by explicit calls from {@link #standard()}
 * (no class-loading side effects), so tests can list and check every entry. One name may have a generic entry and
 * model-specific ones (a paper's own formula for its model); {@link #resolve} prefers the model-specific one.
 */
public final class ObservableRegistry {
    private final Map<String, List<ObservableSpec>> specs = new LinkedHashMap<>();

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
        org.lqflav.model.s1r2xi.S1R2XiObservables.register(r);
        org.lqflav.model.etaetapdelta.EtaEtapDeltaObservables.register(r);
        org.lqflav.model.s1zprime.S1ZprimeObservables.register(r);
        return r;
    }

    /** Adds an entry; two entries of one name that could apply to the same model are a bug. */
    public void add(ObservableSpec spec) {
        List<ObservableSpec> same = specs.computeIfAbsent(spec.name(), k -> new ArrayList<>());
        for (ObservableSpec s : same) {
            boolean bothGeneric = s.models().isEmpty() && spec.models().isEmpty();
            boolean shareModel = s.models().stream().anyMatch(spec.models()::contains);
            if (bothGeneric || shareModel) {
                throw new IllegalStateException("duplicate observable " + spec.name());
            }
        }
        same.add(spec);
    }

    public Optional<ObservableSpec> find(String name) {
        List<ObservableSpec> s = specs.get(name);
        return s == null ? Optional.empty() : Optional.of(s.get(0));
    }

    /** The first entry of a name (for listings), or an {@link InputException} naming the closest known names. */
    public ObservableSpec get(String name) {
        return find(name).orElseThrow(
                () -> InputException.field("observable", "a known name (closest: " + org.lqflav.Suggestions.closest(specs.keySet(), name, 3) + ")", name));
    }

    /** The entry to evaluate for a model: its own entry if it registered one, else the generic one if it applies. */
    public Optional<ObservableSpec> resolve(String name, String model, org.lqflav.eft.LowEnergy le) {
        ObservableSpec generic = null;
        for (ObservableSpec s : specs.getOrDefault(name, List.of())) {
            if (s.models().contains(model)) {
                return Optional.of(s);
            }
            if (s.models().isEmpty() && s.appliesTo(model, le)) {
                generic = s;
            }
        }
        return Optional.ofNullable(generic);
    }

    /**
     * The parts of {@link org.lqflav.eft.LowEnergy} the named observables can read for a model: the union of their
     * generic entries' needs, and every part when the model has its own entry (it may read anything).
     */
    public java.util.Set<org.lqflav.eft.LowEnergy.Part> partsNeeded(List<String> names, String model) {
        java.util.EnumSet<org.lqflav.eft.LowEnergy.Part> parts = java.util.EnumSet.noneOf(org.lqflav.eft.LowEnergy.Part.class);
        for (String n : names) {
            for (ObservableSpec s : specs.getOrDefault(n, List.of())) {
                if (s.models().contains(model)) {
                    return java.util.EnumSet.allOf(org.lqflav.eft.LowEnergy.Part.class);
                }
                if (s.models().isEmpty()) {
                    parts.addAll(s.needs());
                }
            }
        }
        return parts;
    }

    /** Every entry, in registration order. */
    public Collection<ObservableSpec> all() {
        List<ObservableSpec> all = new ArrayList<>();
        specs.values().forEach(all::addAll);
        return all;
    }

    public List<String> names() {
        return List.copyOf(specs.keySet());
    }
}
