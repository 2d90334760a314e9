package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
    @TempDir
    static Path dir;
    static Path scan;

    @BeforeAll
    static void files() throws IOException {
        Files.copy(Path.of("../examples/seed000/bm1.yaml"), dir.resolve("bm1.yaml"));
        scan = dir.resolve("scan.yaml");
        Files.writeString(scan, """
                model: bm1.yaml
                data: seeds2021
                points: 40
                seed: 3
                parameters:
                  yL[3,3]: [-0.25, 0.25]
                  yR[2,3]: [-1.7, 1.7]
                observables: ["Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)", "BR(Bs->mutau,taumu)"]
                cuts: ["Rtaul(B->D*lnu) within 3 sigma"]
                """);
    }

    @Test
    void writesCsvWithHeaderAndSummary() throws IOException {
        Path out = dir.resolve("all.csv");
        Cli.Result r = Cli.run("scan", scan.toString(), "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("40 points (random, seed 3, shard 1/1)")
                .contains("Rtaul(B->D*lnu) within 3 sigma").contains("rows written");
        var lines = Files.readAllLines(out);
        // names with commas are quoted (RFC 4180)
        assertThat(lines.get(0)).isEqualTo("point,\"yL[3,3]\",\"yR[2,3]\",Rtaul(B->Dlnu),Rtaul(B->D*lnu),"
                + "\"BR(Bs->mutau,taumu)\"");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.split(",").length == 6);
        assertThat(lines.size()).isGreaterThan(5);
    }

    @Test
    void gzipAndShardsConcatenateToTheWholeScan() throws IOException {
        Path all = dir.resolve("whole.csv");
        assertThat(Cli.run("scan", scan.toString(), "--out", all.toString()).code()).isZero();
        Path gz = dir.resolve("whole.csv.gz");
        assertThat(Cli.run("scan", scan.toString(), "--out", gz.toString(), "--threads", "1").code()).isZero();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(all));
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            Path part = dir.resolve("part" + i + ".csv");
            Cli.Result r = Cli.run("scan", scan.toString(), "--shard", i + "/3", "--out", part.toString());
            assertThat(r.code()).isZero();
            if (i > 1) {
                assertThat(r.err()).contains("no header line");
            }
            joined.append(Files.readString(part));
        }
        assertThat(joined.toString()).isEqualTo(Files.readString(all));
    }

    @Test
    void csvGoesToStandardOutputWithoutOut() {
        Cli.Result r = Cli.run("scan", scan.toString(), "--points", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("point,");
        assertThat(r.err()).contains("3 points");
    }

    @Test
    void userErrorsAreOneLine() throws IOException {
        for (String shard : new String[] {"3/2", "0/2", "a/b", "2"}) {
            Cli.Result r = Cli.run("scan", scan.toString(), "--shard", shard);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.errLines()).singleElement().asString().startsWith("lqflav: --shard: expected I/N");
        }
        Cli.Result missing = Cli.run("scan", dir.resolve("none.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.errLines()).singleElement().asString().endsWith("none.yaml: no such scan file");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "model: bm1.yaml\npoints: 5\nparameters:\n  yL[3,4]: [0, 1]\n");
        Cli.Result r = Cli.run("scan", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("lqflav: " + bad + ": parameters.yL[3,4]: expected coupling indices from 1 to 3");

        Files.writeString(bad, "model: bm1.yaml\npoints: 5\nparameters:\n  yL[3,3]: [0, 1]\n"
                + "cuts: [\"BR(tau->mugamma) =< 1\"]\n");
        Cli.Result cut = Cli.run("scan", bad.toString());
        assertThat(cut.code()).isEqualTo(2);
        assertThat(cut.errLines()).singleElement().asString().contains(bad + ": cuts[1]: ");
    }
}
