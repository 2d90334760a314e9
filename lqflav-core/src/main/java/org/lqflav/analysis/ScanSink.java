package org.lqflav.analysis;

import java.io.IOException;
import java.util.List;

/**
 * Where a scan's rows go. {@link #encode} runs on the worker threads (format text there, in parallel);
 * {@link #write} receives the encoded chunks strictly in point order, one call at a time.
 *
 * @param <E> an encoded chunk (bytes of CSV lines, or a list for tests)
 */
public interface ScanSink<E> {
    /** Called once before any row: the output columns (without the leading point index). */
    void header(List<String> columns) throws IOException;

    /**
     * Encodes the rows of one chunk: {@code count} rows of {@code width} numbers in {@code rows} (row-major), the
     * point index of row r in {@code points[r]}.
     */
    E encode(long[] points, double[] rows, int count, int width);

    /** Writes one encoded chunk; chunks arrive in point order. */
    void write(E chunk) throws IOException;
}
