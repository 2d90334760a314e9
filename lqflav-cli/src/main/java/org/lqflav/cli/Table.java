package org.lqflav.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Aligned text columns for people: a header row, then rows; two spaces between columns, no trailing blanks. */
final class Table {
    private static final String GAP = "  ";

    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers.clone();
        this.right = new boolean[headers.length];
    }

    /** Right-aligns a column (numbers). */
    Table alignRight(int column) {
        right[column] = true;
        return this;
    }

    Table add(String... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("expected " + headers.length + " cells, got " + cells.length);
        }
        String[] clean = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            clean[i] = cells[i] == null ? "" : cells[i].replace('\r', ' ').replace('\n', ' ');
        }
        rows.add(clean);
        return this;
    }

    void write(PrintWriter out) {
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            width[i] = width(headers[i]);
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], width(r[i]));
            }
        }
        line(out, headers, width);
        for (String[] r : rows) {
            line(out, r, width);
        }
    }

    private void line(PrintWriter out, String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(GAP);
            }
            String pad = " ".repeat(width[i] - width(cells[i]));
            b.append(right[i] ? pad + cells[i] : cells[i] + pad);
        }
        out.println(b.toString().stripTrailing());
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
