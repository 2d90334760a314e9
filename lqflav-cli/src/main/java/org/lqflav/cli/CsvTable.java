package org.lqflav.cli;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.lqflav.InputException;

/**
 * A numeric CSV file (a scan or a fit grid), read column-wise: header names (RFC 4180 quoting), numbers (empty =
 * NaN). Several files are read as one (shard files: only the first has a header). A file cut short by a killed
 * scan reads up to its last complete line (gzip: up to the last flushed block); {@link #notes()} says so.
 */
final class CsvTable {
    private final List<String> columns;
    private final double[][] data;
    private final int rows;
    private final List<String> notes;

    private CsvTable(List<String> columns, double[][] data, int rows, List<String> notes) {
        this.columns = columns;
        this.data = data;
        this.rows = rows;
        this.notes = notes;
    }

    static CsvTable read(List<Path> files) {
        List<String> header = null;
        List<double[]> rowList = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                throw InputException.of(f + ": is a folder, expected a CSV file");
            }
            boolean gz = f.getFileName().toString().endsWith(".gz");
            try (InputStream raw = Files.newInputStream(f);
                 Truncatable in = new Truncatable(gz ? new GZIPInputStream(raw, 1 << 16) : raw);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
                String line;
                int lineNo = 0;
                boolean lastAdded = false;
                boolean first = true;
                try {
                    while ((line = r.readLine()) != null) {
                        lineNo++;
                        lastAdded = false;
                        if (line.isBlank()) {
                            continue;
                        }
                        List<String> fields = split(line);
                        if (first) {
                            first = false;
                            if (!isNumber(fields.get(0))) {
                                if (header == null) {
                                    header = fields;
                                } else if (!header.equals(fields)) {
                                    throw InputException.field(f + ": line 1", "the columns of " + files.get(0),
                                            String.join(",", fields));
                                }
                                continue;
                            }
                            if (header == null) {
                                throw InputException.of(f + ": has no header line (shards 2..N have none: give "
                                        + "shard 1's file first, or concatenate the shard files in order)");
                            }
                        }
                        if (fields.size() != header.size()) {
                            notes.add(f + ": line " + lineNo + " has " + fields.size() + " fields, not "
                                    + header.size() + " (a scan cut short?); skipped");
                            continue;
                        }
                        double[] row = new double[fields.size()];
                        for (int i = 0; i < row.length; i++) {
                            String s = fields.get(i).trim();
                            if (s.isEmpty()) {
                                row[i] = Double.NaN;
                            } else {
                                try {
                                    row[i] = Double.parseDouble(s);
                                } catch (NumberFormatException e) {
                                    throw InputException.field(f + ": line " + lineNo + ", column "
                                            + header.get(i), "a number", s);
                                }
                            }
                        }
                        rowList.add(row);
                        lastAdded = true;
                    }
                } catch (EOFException | ZipException e) {
                    in.truncated = true;
                }
                if (in.last != '\n' && lastAdded) {
                    // the last line has no line end: cut by a killed (or running) scan, its last number may be short
                    rowList.remove(rowList.size() - 1);
                    notes.add(f + ": line " + lineNo + " is cut short; skipped");
                }
                if (in.truncated) {
                    notes.add(f + ": ends early (a scan still running or killed); read up to line " + lineNo);
                }
                if (first && header == null) {
                    throw InputException.field(f.toString(), "a CSV file with a header line", "an empty file");
                }
            } catch (NoSuchFileException e) {
                throw InputException.of(f + ": no such file");
            } catch (IOException e) {
                throw InputException.of(f + ": cannot read (" + e.getMessage() + ")");
            }
        }
        int n = header.size();
        double[][] cols = new double[n][rowList.size()];
        for (int r = 0; r < rowList.size(); r++) {
            double[] row = rowList.get(r);
            for (int c = 0; c < n; c++) {
                cols[c][r] = row[c];
            }
        }
        return new CsvTable(List.copyOf(header), cols, rowList.size(), notes);
    }

    /**
     * Ends the stream quietly where a gzip file stops early (no trailer: a scan killed or still running), so the
     * reader keeps every complete line decompressed so far.
     */
    private static final class Truncatable extends java.io.FilterInputStream {
        boolean truncated;
        int last = '\n';

        Truncatable(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                int b = truncated ? -1 : super.read();
                if (b >= 0) {
                    last = b;
                }
                return b;
            } catch (EOFException | ZipException e) {
                truncated = true;
                return -1;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = truncated ? -1 : super.read(b, off, len);
                if (n > 0) {
                    last = b[off + n - 1];
                }
                return n;
            } catch (EOFException | ZipException e) {
                truncated = true;
                return -1;
            }
        }
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Fields of one RFC 4180 line. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    List<String> columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    List<String> notes() {
        return notes;
    }

    /** A column by name; {@code option} names the command-line option in the message. */
    double[] column(String name, String option, String file) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw InputException.field(option, "a column of " + file + " (one of " + columns + ")", name);
        }
        return Arrays.copyOf(data[i], rows);
    }
}
