package org.lqflav.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits observable-name lists given on the command line. Names themselves contain commas inside parentheses
 * ({@code BR(Bs->mutau,taumu)}), so only commas outside (), [] and {} separate names.
 */
final class NameList {
    private NameList() {
    }

    /** The names in one argument, trimmed, blanks dropped, in order. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                add(out, cur);
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        add(out, cur);
        return out;
    }

    /** The names in several arguments (an option given more than once), first occurrence kept. */
    static List<String> split(List<String> texts) {
        Set<String> names = new LinkedHashSet<>();
        for (String t : texts) {
            names.addAll(split(t));
        }
        return List.copyOf(names);
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().trim();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
