package org.lqflav.reproduce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lqflav.InputException;

/** The reproductions LQFlav ships, by name. */
public final class Reproductions {
    private static final Map<String, Reproduction> ALL = new LinkedHashMap<>();

    static {
        Reproduction s0 = new Seed000Reproduction();
        ALL.put(s0.name(), s0);
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
