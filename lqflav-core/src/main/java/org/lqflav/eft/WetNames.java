package org.lqflav.eft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weak-effective-theory coefficients LQFlav computes, by their WCxf names in the flavio basis
 * (wcxf-bases: wet.flavio.basis.yml), each with a fixed index so hot code reads them without lookups.
 * docs/conventions.md#wet gives the normalisations. Sectors: b -> s l l' and b -> d l l' (C9, C9p, C10, C10p,
 * CS, CSp, CP, CPp for every lepton pair), b -> c l nu (CVL, CVR, CSL, CSR, CT for every lepton and neutrino
 * flavour), d_i -> d_j nu nu (CL, CR for bs, bd, sd and every neutrino pair), Delta F = 2 (bsbs, bdbd, sdsd,
 * ucuc), radiative lepton decays (Cgamma).
 */
public final class WetNames {
    private static final String[] LEPTONS = {"e", "mu", "tau"};
    private static final List<String> NAMES;
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        List<String> n = new ArrayList<>();
        for (String q : new String[] {"bs", "bd"}) {
            for (String op : new String[] {"C9", "C9p", "C10", "C10p", "CS", "CSp", "CP", "CPp"}) {
                for (String l : LEPTONS) {
                    for (String lp : LEPTONS) {
                        n.add(op + "_" + q + l + lp);
                    }
                }
            }
        }
        for (String op : new String[] {"CVL", "CVR", "CSL", "CSR", "CT"}) {
            for (String l : LEPTONS) {
                for (String nu : LEPTONS) {
                    n.add(op + "_bc" + l + "nu" + nu);
                }
            }
        }
        for (String q : new String[] {"bs", "bd", "sd"}) {
            for (String op : new String[] {"CL", "CR"}) {
                for (String a : LEPTONS) {
                    for (String b : LEPTONS) {
                        n.add(op + "_" + q + "nu" + a + "nu" + b);
                    }
                }
            }
        }
        for (String q : new String[] {"bsbs", "bdbd", "sdsd", "ucuc"}) {
            for (String op : new String[] {"CVLL", "CVRR", "CVLR", "CSLL", "CSRR", "CSLR", "CTLL", "CTRR"}) {
                n.add(op + "_" + q);
            }
        }
        // Both chiralities: Cgamma_{fi} is sigma_R of l_i -> l_f gamma, Cgamma_{if} (e.g. emu) carries sigma_L.
        for (String pair : new String[] {"mue", "taue", "taumu", "emu", "etau", "mutau"}) {
            n.add("Cgamma_" + pair);
        }
        NAMES = Collections.unmodifiableList(n);
        for (int i = 0; i < n.size(); i++) {
            INDEX.put(n.get(i), i);
        }
    }

    private WetNames() {
    }

    /** Index of a known name; unknown names are a programming error here (user input goes through {@link #isKnown}). */
    public static int index(String name) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalArgumentException("not a WET coefficient LQFlav knows: " + name);
        }
        return i;
    }

    public static boolean isKnown(String name) {
        return INDEX.containsKey(name);
    }

    public static String name(int index) {
        return NAMES.get(index);
    }

    public static int size() {
        return NAMES.size();
    }

    public static List<String> all() {
        return NAMES;
    }

    /** Lepton name used in WCxf names: 0 = e, 1 = mu, 2 = tau. */
    public static String lepton(int l) {
        return LEPTONS[l];
    }
}
