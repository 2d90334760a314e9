package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lqflav.InputException;

/** Reading scan files, including files cut short by a killed scan. */
class CsvTableTest {
    @TempDir
    Path dir;

    @Test
    void quotedHeaderAndEmptyCells() throws IOException {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "point,\"BR(Bs->mutau,taumu)\",x\n0,1.5,\n1,2.5,3\n");
        CsvTable t = CsvTable.read(List.of(f));
        assertThat(t.columns()).containsExactly("point", "BR(Bs->mutau,taumu)", "x");
        assertThat(t.column("BR(Bs->mutau,taumu)", "--x", "a.csv")).containsExactly(1.5, 2.5);
        assertThat(t.column("x", "--x", "a.csv")[0]).isNaN();
        assertThatThrownBy(() -> t.column("y", "--y", "a.csv")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("--y: expected a column of a.csv");
    }

    @Test
    void aGzipScanKilledMidwayReadsItsCompleteChunks() throws IOException {
        // what a killed scan leaves: the header and a first chunk (each a complete gzip member), then the first
        // bytes of the second chunk's member
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvScanSink sink = new CsvScanSink(bytes, true, true, false);
        sink.header(List.of("a", "b"));
        sink.write(sink.encode(new long[] {0, 1}, new double[] {1, 2, 3, 4}, 2, 2));
        int complete = bytes.size();
        long[] points = new long[100];
        double[] rows = new double[200];
        for (int i = 0; i < 100; i++) {
            points[i] = 2 + i;
            rows[2 * i] = Math.sqrt(i);
            rows[2 * i + 1] = Math.PI * i;
        }
        sink.write(sink.encode(points, rows, 100, 2));
        Path whole = dir.resolve("whole.csv.gz");
        Files.write(whole, bytes.toByteArray());
        assertThat(CsvTable.read(List.of(whole)).rows()).isEqualTo(102);
        // cut inside the second member's compressed data (its 10-byte header is complete)
        assertThat(bytes.size()).isGreaterThan(complete + 100);
        Path f = dir.resolve("killed.csv.gz");
        Files.write(f, Arrays.copyOf(bytes.toByteArray(), complete + 60));
        CsvTable t = CsvTable.read(List.of(f));
        // the first chunk and the complete lines of the second that were decompressed before the cut, never a
        // line without its line end
        assertThat(t.rows()).isBetween(2, 101);
        double[] b = t.column("b", "--y", "f");
        assertThat(b).startsWith(2.0, 4.0);
        for (int i = 2; i < b.length; i++) {
            assertThat(b[i]).isEqualTo(Math.PI * (i - 2));
        }
        assertThat(t.notes()).anyMatch(n -> n.contains("ends early"));
    }

    @Test
    void aPartialLastLineIsSkippedWithANote() throws IOException {
        Path f = dir.resolve("cut.csv");
        Files.writeString(f, "point,a,b\n0,1,2\n1,3");
        CsvTable t = CsvTable.read(List.of(f));
        assertThat(t.rows()).isEqualTo(1);
        assertThat(t.notes()).singleElement().asString().contains("line 3 has 2 fields");
        // all fields there but no line end: the last number may be cut ("3.14" of "3.1415"), so it is dropped
        Files.writeString(f, "point,a,b\n0,1,2\n1,3,3.14");
        CsvTable u = CsvTable.read(List.of(f));
        assertThat(u.rows()).isEqualTo(1);
        assertThat(u.notes()).singleElement().asString().contains("line 3 is cut short");
    }

    @Test
    void shardFilesAfterTheFirstHaveNoHeader() throws IOException {
        Path a = dir.resolve("1.csv");
        Path b = dir.resolve("2.csv");
        Files.writeString(a, "point,a\n0,1\n");
        Files.writeString(b, "1,2\n");
        assertThat(CsvTable.read(List.of(a, b)).column("a", "--x", "1.csv")).containsExactly(1.0, 2.0);
        assertThatThrownBy(() -> CsvTable.read(List.of(b))).isInstanceOf(InputException.class)
                .hasMessageContaining("has no header line");
    }

    @Test
    void progressLine() {
        assertThat(ProgressBar.line(50, 100, 10)).startsWith("[" + "#".repeat(15) + " ".repeat(15) + "]  50% 50/100 5 "
                + "points/s ETA 0:10");
        assertThat(ProgressBar.duration(3725)).isEqualTo("1:02:05");
    }
}
