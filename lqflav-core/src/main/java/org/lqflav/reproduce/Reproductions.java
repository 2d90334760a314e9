package org.lqflav.reproduce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lqflav.InputException;

/** The reproductions LQFlav ships, by name. */
public final class Reproductions {
    private static final Map<String, Reproduction> ALL = new LinkedHashMap<>();

    static {
        for (Reproduction r : new Reproduction[] {new Seed000Reproduction(), new Seed001Reproduction(),
            new Seed002Reproduction(), new Seed004Reproduction()}) {
            ALL.put(r.name(), r);
        }
    }

    private Reproductions() {
    }

    public static Reproduction get(String name) {
        Reproduction r = ALL.get(name);
        if (r == null) {
            throw InputException.field("reproduce", "one of " + names(), name);
        }
        return r;
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }
}
