package org.lqflav;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the known names closest to what the user typed, for one-line error messages. */
public final class Suggestions {
    private Suggestions() {
    }

    /** Up to {@code n} candidates by Levenshtein distance (case-insensitive), ties in alphabetical order. */
    public static List<String> closest(Collection<String> candidates, String name, int n) {
        String target = name.toLowerCase(Locale.ROOT);
        List<String> all = new ArrayList<>(candidates);
        all.sort(Comparator.comparingInt((String s) -> distance(s.toLowerCase(Locale.ROOT), target))
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    /** Levenshtein distance. */
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
