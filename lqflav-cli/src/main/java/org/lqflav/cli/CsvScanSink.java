package org.lqflav.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.lqflav.analysis.ScanSink;

/**
 * Scan rows as CSV: a header {@code point,COLUMN,...} (column names quoted where they hold commas), then one line
 * per passing point, numbers in full precision ({@link Output#exact}: empty for NaN). Rows are formatted on the
 * worker threads; each chunk of whole lines reaches the file in one write, so a killed scan leaves only complete
 * lines, and flushed. With gzip every chunk is compressed on its worker thread into a gzip member of its own
 * (RFC 1952 allows a file of several members; gzip, zcat and Java read them as one stream): compression runs in
 * parallel, and a killed scan leaves only complete members. The shard files of a gzip scan concatenate as well.
 */
final class CsvScanSink implements ScanSink<byte[]>, AutoCloseable {
    private final OutputStream out;
    private final boolean gzip;
    private final boolean header;
    private final boolean closeOut;
    private boolean closed;

    /**
     * @param out      destination (a file stream, or stdout)
     * @param gzip     compress
     * @param header   write the header line (shard 1 only, so that shard files concatenate to the whole scan)
     * @param closeOut close {@code out} at the end (not for stdout)
     */
    CsvScanSink(OutputStream out, boolean gzip, boolean header, boolean closeOut) {
        this.out = out;
        this.gzip = gzip;
        this.header = header;
        this.closeOut = closeOut;
    }

    @Override
    public synchronized void header(List<String> columns) throws IOException {
        if (!header || closed) {
            return;
        }
        StringBuilder sb = new StringBuilder("point");
        for (String c : columns) {
            sb.append(',').append(Output.csvField(c));
        }
        sb.append('\n');
        out.write(bytes(sb));
        out.flush();
    }

    /** UTF-8 bytes of the text, as one gzip member when compressing. */
    private byte[] bytes(CharSequence text) {
        byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
        if (!gzip) {
            return raw;
        }
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(raw.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(b, 1 << 16)) {
            z.write(raw);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    @Override
    public byte[] encode(long[] points, double[] rows, int count, int width) {
        StringBuilder sb = new StringBuilder(count * (width + 1) * 12);
        for (int r = 0; r < count; r++) {
            sb.append(points[r]);
            int base = r * width;
            for (int k = 0; k < width; k++) {
                sb.append(',');
                double v = rows[base + k];
                if (Double.isFinite(v)) {
                    sb.append(v);
                }
            }
            sb.append('\n');
        }
        return count == 0 ? new byte[0] : bytes(sb);
    }

    @Override
    public synchronized void write(byte[] chunk) throws IOException {
        if (closed || chunk.length == 0) {
            return;
        }
        out.write(chunk);
        out.flush();
    }

    /** {@link #close} for a shutdown hook: the process is ending, an error can only be dropped. */
    void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // nothing left to do
        }
    }

    /** Flushes (and closes a file); idempotent, safe from a shutdown hook. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.flush();
        if (closeOut) {
            out.close();
        }
    }
}
