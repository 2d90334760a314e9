package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotCommandTest {
    @TempDir
    static Path dir;
    static Path scan;
    static Path grid;

    @BeforeAll
    static void files() throws IOException {
        System.setProperty("java.awt.headless", "true");
        StringBuilder s = new StringBuilder("point,Rtaul(B->Dlnu),Rtaul(B->D*lnu),DeltaM_s/DeltaM_s_SM,"
                + "BR(tau->mugamma)\n");
        for (int i = 0; i < 300; i++) {
            double u = i / 300.0;
            s.append(i).append(',').append(0.28 + 0.1 * u).append(',').append(0.24 + 0.06 * Math.sin(7 * u))
                    .append(',').append(1 + 0.6 * u).append(',').append(1e-10 * Math.exp(8 * u)).append('\n');
        }
        scan = dir.resolve("scan.csv");
        Files.writeString(scan, s);
        // a paraboloid on a 21 x 21 grid: delta_chi2 = x^2 + y^2, so the 2.30 contour is a circle of radius 1.52
        StringBuilder g = new StringBuilder("\"yL[3,3]\",\"yR[2,3]\",chi2,delta_chi2\n");
        for (int j = 0; j <= 20; j++) {
            for (int i = 0; i <= 20; i++) {
                double x = -3 + 0.3 * i;
                double y = -3 + 0.3 * j;
                g.append(x).append(',').append(y).append(',').append(5 + x * x + y * y).append(',')
                        .append(x * x + y * y).append('\n');
            }
        }
        grid = dir.resolve("grid.csv");
        Files.writeString(grid, g);
    }

    @Test
    void scatterWithColourBinsAndBandsAsPng() throws IOException {
        Path out = dir.resolve("fig.png");
        Cli.Result r = Cli.run("plot", scan.toString(), "--x", "Rtaul(B->Dlnu)", "--y", "Rtaul(B->D*lnu)",
                "--color-bins", "DeltaM_s/DeltaM_s_SM:1,1.1,1.2,1.5", "--data", "seeds2021", "--out", out.toString(),
                "--size", "640x480");
        assertThat(r.code()).isZero();
        // 1.5 is the last edge and included: 1 + 0.6 i/300 <= 1.5 for i <= 250, so 251 points are drawn and the
        // others reported
        assertThat(r.out()).contains("plot written to").contains("(251 points from 300 rows)");
        assertThat(r.err()).contains("outside the colour bins not drawn");
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(480);
    }

    @Test
    void logAxesLimitsAndSvg() throws IOException {
        Path svg = dir.resolve("fig.svg");
        Cli.Result r = Cli.run("plot", scan.toString(), "--x", "Rtaul(B->Dlnu)", "--y", "BR(tau->mugamma)",
                "--logy", "--color", "DeltaM_s/DeltaM_s_SM", "--data", "current", "--out", svg.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(svg)).contains("<svg");
    }

    @Test
    void pdf() throws IOException {
        Path pdf = dir.resolve("fig.pdf");
        assertThat(Cli.run("plot", scan.toString(), "--x", "Rtaul(B->Dlnu)", "--y", "Rtaul(B->D*lnu)", "--out",
                pdf.toString()).code()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void contoursOfAFitGrid() {
        Path out = dir.resolve("contours.png");
        Cli.Result r = Cli.run("plot", grid.toString(), "--x", "yL[3,3]", "--y", "yR[2,3]", "--contour",
                "delta_chi2", "--out", out.toString());
        assertThat(r.code()).isZero();
        // one closed line per level
        assertThat(r.out()).contains("(2 contour lines");
        assertThat(out).exists();
    }

    @Test
    void contourLinesLieOnTheLevel() {
        double[] xs = new double[441];
        double[] ys = new double[441];
        double[] zs = new double[441];
        for (int j = 0, k = 0; j <= 20; j++) {
            for (int i = 0; i <= 20; i++, k++) {
                xs[k] = -3 + 0.3 * i;
                ys[k] = -3 + 0.3 * j;
                zs[k] = xs[k] * xs[k] + ys[k] * ys[k];
            }
        }
        var lines = Contours.lines(Contours.Grid.of(xs, ys, zs), 2.30);
        assertThat(lines).hasSize(1);
        // linear interpolation of r^2 along cell edges: radius within 2% of sqrt(2.30) = 1.517
        for (double[] p : lines.get(0)) {
            assertThat(Math.hypot(p[0], p[1])).isBetween(1.517 * 0.98, 1.517 * 1.02);
        }
    }

    @Test
    void userErrorsAreOneLine() {
        String[][] cases = {
            {"--x", "R_D", "--y", "Rtaul(B->D*lnu)"},
            {"--x", "Rtaul(B->Dlnu)", "--y", "Rtaul(B->D*lnu)", "--out", "fig.gif"},
            {"--x", "Rtaul(B->Dlnu)", "--y", "Rtaul(B->D*lnu)", "--color-bins", "DeltaM_s/DeltaM_s_SM:1.2,1.1"},
            {"--x", "Rtaul(B->Dlnu)", "--y", "Rtaul(B->D*lnu)", "--data", "today"},
            {"--x", "Rtaul(B->Dlnu)", "--y", "Rtaul(B->D*lnu)", "--xrange", "1,0"},
            {"--x", "Rtaul(B->Dlnu)", "--y", "Rtaul(B->D*lnu)", "--band", "BR(tau->mugamma)", "--data", "current"}};
        for (String[] c : cases) {
            boolean hasOut = String.join(" ", c).contains("--out");
            String[] args = new String[c.length + (hasOut ? 2 : 4)];
            args[0] = "plot";
            args[1] = scan.toString();
            System.arraycopy(c, 0, args, 2, c.length);
            if (!hasOut) {
                args[c.length + 2] = "--out";
                args[c.length + 3] = dir.resolve("never.png").toString();
            }
            Cli.Result r = Cli.run(args);
            assertThat(r.code()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.errLines()).as(String.join(" ", c)).singleElement().asString().startsWith("lqflav: ");
        }
        assertThat(dir.resolve("never.png")).doesNotExist();
        Cli.Result missing = Cli.run("plot", dir.resolve("none.csv").toString(), "--x", "a", "--y", "b");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.errLines()).singleElement().asString().endsWith("none.csv: no such file");
    }
}
