package org.lqflav.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lqflav.InputException;
import org.lqflav.data.CorrelatedGaussian;
import org.lqflav.data.GaussianMeasurement;
import org.lqflav.data.LimitMeasurement;
import org.lqflav.data.Measurement;
import org.lqflav.data.MeasurementSet;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lqflav plot FILE.csv --x COL --y COL}: scatter plots of scans, contours of fit grids. */
@Command(name = "plot", sortOptions = false,
        description = "Plot two columns of a scan or fit-grid CSV file: scatter (coloured by a column or by bins "
                + "of it) or profile-likelihood contours, with the measurement bands and excluded regions of a "
                + "data set. PNG, SVG or PDF by the extension of --out.")
final class PlotCommand implements Callable<Integer> {
    static final Color[] PALETTE = {new Color(231, 84, 128), new Color(31, 119, 180), new Color(230, 171, 2),
            new Color(44, 160, 44), new Color(148, 103, 189), new Color(255, 127, 14), new Color(140, 86, 75),
            new Color(127, 127, 127)};
    static final Color[] VIRIDIS = {new Color(0x44, 0x01, 0x54), new Color(0x41, 0x44, 0x87),
            new Color(0x2A, 0x78, 0x8E), new Color(0x22, 0xA8, 0x84), new Color(0x7A, 0xD1, 0x51),
            new Color(0xFD, 0xE7, 0x25)};
    static final Color X_BAND = new Color(40, 160, 60);
    static final Color Y_BAND = new Color(40, 90, 220);
    static final Color EXCLUDED = new Color(90, 90, 90);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv[.gz]", arity = "1..*",
            description = "Scan output (several files: shards in order) or a fit grid (lqflav fit --grid-out).")
    List<Path> files;

    @Option(names = "--x", required = true, paramLabel = "COL", description = "Column on the x axis.")
    String x;

    @Option(names = "--y", required = true, paramLabel = "COL", description = "Column on the y axis.")
    String y;

    @Option(names = "--color", paramLabel = "COL", description = "Colour points by a column (6 bins over its range).")
    String color;

    @Option(names = "--color-bins", paramLabel = "COL:E0,E1,...",
            description = "Colour points by bins [E0,E1), [E1,E2), ... of a column; points outside are not drawn.")
    String colorBins;

    @Option(names = "--logx", description = "Logarithmic x axis.")
    boolean logx;

    @Option(names = "--logy", description = "Logarithmic y axis.")
    boolean logy;

    @Option(names = "--data", paramLabel = "NAME|FILE",
            description = "Measurement set for bands and excluded regions: seeds2021, current or a YAML file.")
    String data;

    @Option(names = "--band", paramLabel = "OBS",
            description = "Draw the band (or excluded region) of this axis observable only (repeatable); default: "
                    + "both axes when measured in --data.")
    List<String> bands;

    @Option(names = "--sigma", paramLabel = "N", defaultValue = "1",
            description = "Width of the measurement bands in sigmas (default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--contour", paramLabel = "COL",
            description = "Draw contours of COL - min(COL) on the grid of x and y instead of points (fit grids).")
    String contour;

    @Option(names = "--levels", paramLabel = "L1,L2", split = ",", defaultValue = "2.30,6.18",
            description = "Contour levels of COL - min(COL) (default: 2.30,6.18 = 1 and 2 sigma for 2 parameters).")
    List<Double> levels;

    @Option(names = "--absolute", description = "Contour levels are values of COL itself, not of COL - min(COL).")
    boolean absolute;

    @Option(names = "--out", paramLabel = "FIG.png|svg|pdf", defaultValue = "plot.png",
            description = "Output file; the format follows the extension (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title above the plot.")
    String title;

    @Option(names = "--xlabel", paramLabel = "TEXT", description = "x-axis label (default: column and unit).")
    String xlabel;

    @Option(names = "--ylabel", paramLabel = "TEXT", description = "y-axis label (default: column and unit).")
    String ylabel;

    @Option(names = "--xrange", paramLabel = "LOW,HIGH", split = ",", description = "x-axis range.")
    List<Double> xrange;

    @Option(names = "--yrange", paramLabel = "LOW,HIGH", split = ",", description = "y-axis range.")
    List<Double> yrange;

    @Option(names = "--size", paramLabel = "WIDTHxHEIGHT", defaultValue = "900x720",
            description = "Image size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--marker-size", paramLabel = "PX", defaultValue = "4", description = "Point size.")
    int markerSize;

    @Option(names = "--legend", paramLabel = "WHERE", defaultValue = "nw",
            description = "Legend position: nw, ne, sw, se (inside the plot), s or e (outside) (default: "
                    + "${DEFAULT-VALUE}).")
    String legend;

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        String ext = extension(out);
        if (!List.of("png", "svg", "pdf").contains(ext)) {
            throw InputException.field("--out", "a file name ending in .png, .svg or .pdf", out.toString());
        }
        if (out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw InputException.of(out + ": cannot write (no folder " + out.toAbsolutePath().getParent() + ")");
        }
        if (color != null && colorBins != null) {
            throw InputException.field("--color-bins", "either --color or --color-bins", "both");
        }
        if (contour != null && (color != null || colorBins != null)) {
            throw InputException.field("--contour", "contours without --color or --color-bins", "both");
        }
        if (!(sigma > 0)) {
            throw InputException.field("--sigma", "a number of sigmas > 0", sigma);
        }
        int[] wh = size(size);
        if (bands != null) {
            for (String b : bands) {
                if (!b.equals(x) && !b.equals(y)) {
                    throw InputException.field("--band", "the x or y column (" + x + ", " + y + ")", b);
                }
            }
            if (data == null) {
                throw InputException.field("--band", "--data NAME as well (the band comes from a data set)", null);
            }
        }
        checkRange(xrange, "--xrange", logx);
        checkRange(yrange, "--yrange", logy);
        MeasurementSet set = data == null ? null : MeasurementSet.load(data, null);
        String fileName = files.get(0).toString();
        CsvTable table = CsvTable.read(files);
        double[] xs = table.column(x, "--x", fileName);
        double[] ys = table.column(y, "--y", fileName);

        XYChart chart = new XYChartBuilder().width(wh[0]).height(wh[1]).build();
        style(chart);
        chart.setXAxisTitle(xlabel != null ? xlabel : label(x));
        chart.setYAxisTitle(ylabel != null ? ylabel : label(y));
        if (title != null) {
            chart.setTitle(title);
        }
        chart.getStyler().setChartTitleVisible(title != null);
        int drawn;
        double[] xr;
        double[] yr;
        List<String> notes = new ArrayList<>(table.notes());
        if (contour != null) {
            double[] zs = table.column(contour, "--contour", fileName);
            drawn = contours(chart, xs, ys, zs);
            xr = span(xs, logx);
            yr = span(ys, logy);
        } else {
            double[] cs = null;
            double[] edges = null;
            String cname = null;
            if (colorBins != null) {
                int c = colorBins.lastIndexOf(':');
                if (c <= 0) {
                    throw InputException.field("--color-bins", "COLUMN:E0,E1,... (at least two increasing edges)",
                            colorBins);
                }
                cname = colorBins.substring(0, c);
                edges = edges(colorBins.substring(c + 1));
                cs = table.column(cname, "--color-bins", fileName);
            } else if (color != null) {
                cname = color;
                cs = table.column(color, "--color", fileName);
            }
            boolean[] keep = new boolean[xs.length];
            for (int i = 0; i < xs.length; i++) {
                keep[i] = Double.isFinite(xs[i]) && Double.isFinite(ys[i]) && (!logx || xs[i] > 0)
                        && (!logy || ys[i] > 0);
            }
            int dropped = count(keep, false);
            if (dropped > 0) {
                notes.add(dropped + " rows not drawn (not a number" + (logx || logy ? ", or <= 0 on a log axis" : "")
                        + ")");
            }
            xr = span(xs, keep, logx);
            yr = span(ys, keep, logy);
            drawn = scatter(chart, xs, ys, keep, cs, cname, edges, notes);
        }
        if (set != null) {
            bands(chart, set, xr, yr, notes);
        }
        axes(chart, xr, yr);
        if (contour == null && drawn == 0) {
            notes.add("no points to draw");
        }
        save(chart, ext);
        var o = spec.commandLine().getOut();
        o.println("plot written to " + out + " (" + drawn + (contour != null ? " contour lines" : " points")
                + " from " + table.rows() + " rows)");
        notes.forEach(n -> spec.commandLine().getErr().println("lqflav plot: " + n));
        return LqflavCommand.OK;
    }

    // ------------------------------------------------------------------------------------------ chart parts

    private void style(XYChart chart) {
        Styler s = chart.getStyler();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarkerSize(markerSize);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(Color.DARK_GRAY);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        s.setLegendBorderColor(Color.LIGHT_GRAY);
        s.setLegendPosition(switch (legend.toLowerCase(Locale.ROOT)) {
            case "nw" -> Styler.LegendPosition.InsideNW;
            case "ne" -> Styler.LegendPosition.InsideNE;
            case "sw" -> Styler.LegendPosition.InsideSW;
            case "se" -> Styler.LegendPosition.InsideSE;
            case "s" -> Styler.LegendPosition.OutsideS;
            case "e" -> Styler.LegendPosition.OutsideE;
            default -> throw InputException.field("--legend", "nw, ne, sw, se, s or e", legend);
        });
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 225));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.getStyler().setXAxisLogarithmic(logx);
        chart.getStyler().setYAxisLogarithmic(logy);
        chart.getStyler().setXAxisLabelRotation(0);
        s.setAntiAlias(true);
        // XChart's custom tick formatter would put linear ticks on a log axis: log axes keep XChart's decades
        if (!logx) {
            chart.setCustomXAxisTickLabelsFormatter(PlotCommand::tick);
        }
        if (!logy) {
            chart.setCustomYAxisTickLabelsFormatter(PlotCommand::tick);
        }
    }

    private int scatter(XYChart chart, double[] xs, double[] ys, boolean[] keep, double[] cs, String cname,
                        double[] edges, List<String> notes) {
        if (cs == null) {
            add(chart, "points (" + count(keep, true) + ")", xs, ys, keep, PALETTE[1]);
            chart.getStyler().setLegendVisible(false);
            return count(keep, true);
        }
        Color[] colors = PALETTE;
        if (edges == null) {
            edges = autoEdges(cs, keep);
            colors = VIRIDIS;
        }
        int drawn = 0;
        int outside = 0;
        // last bin first, so that the first bin (e.g. the smallest new-physics share) is drawn on top
        for (int b = edges.length - 2; b >= 0; b--) {
            boolean[] in = new boolean[xs.length];
            boolean last = b + 2 == edges.length;
            for (int i = 0; i < xs.length; i++) {
                in[i] = keep[i] && cs[i] >= edges[b] && (cs[i] < edges[b + 1] || (last && cs[i] == edges[b + 1]));
            }
            int n = count(in, true);
            drawn += n;
            String name = cname + " in [" + tick(edges[b]) + ", " + tick(edges[b + 1]) + (last ? "]" : ")")
                    + " (" + n + ")";
            if (n > 0) {
                add(chart, name, xs, ys, in, colors[b % colors.length]);
            }
        }
        for (int i = 0; i < xs.length; i++) {
            if (keep[i] && !(cs[i] >= edges[0] && cs[i] <= edges[edges.length - 1])) {
                outside++;
            }
        }
        if (outside > 0) {
            notes.add(outside + " points with " + cname + " outside the colour bins not drawn");
        }
        return drawn;
    }

    private static void add(XYChart chart, String name, double[] xs, double[] ys, boolean[] keep, Color c) {
        int n = count(keep, true);
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0, k = 0; i < xs.length; i++) {
            if (keep[i]) {
                px[k] = xs[i];
                py[k++] = ys[i];
            }
        }
        XYSeries s = chart.addSeries(name, px, py);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(c);
    }

    private int contours(XYChart chart, double[] xs, double[] ys, double[] zs) {
        double min = Double.POSITIVE_INFINITY;
        int at = -1;
        for (int i = 0; i < zs.length; i++) {
            if (zs[i] < min) {
                min = zs[i];
                at = i;
            }
        }
        if (at < 0) {
            throw InputException.field("--contour", "a column with numbers", contour);
        }
        double[] rel = new double[zs.length];
        for (int i = 0; i < zs.length; i++) {
            rel[i] = absolute ? zs[i] : zs[i] - min;
        }
        Contours.Grid g = Contours.Grid.of(xs, ys, rel);
        if (g.xs().length < 2 || g.ys().length < 2) {
            throw InputException.field("--contour", "a grid (rows on a lattice of x and y values)", files.get(0).toString());
        }
        Color[] colors = absolute ? VIRIDIS
                : new Color[] {new Color(20, 60, 160), new Color(90, 150, 230), new Color(150, 200, 250)};
        int lines = 0;
        for (int l = 0; l < levels.size(); l++) {
            double level = levels.get(l);
            int k = 0;
            for (List<double[]> line : Contours.lines(g, level)) {
                double[] px = line.stream().mapToDouble(p -> p[0]).toArray();
                double[] py = line.stream().mapToDouble(p -> p[1]).toArray();
                String name = (absolute ? contour + " = " : contour + " - min = ") + tick(level)
                        + (k == 0 ? "" : " #" + k);
                XYSeries s = chart.addSeries(name, px, py);
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(colors[Math.min(l, colors.length - 1)]);
                s.setLineStyle(new BasicStroke(2.5f));
                s.setShowInLegend(k == 0);
                k++;
                lines++;
            }
        }
        if (!absolute) {
            XYSeries best = chart.addSeries("minimum on the grid", new double[] {xs[at]}, new double[] {ys[at]});
            best.setMarker(SeriesMarkers.DIAMOND);
            best.setMarkerColor(Color.BLACK);
            chart.getStyler().setMarkerSize(Math.max(markerSize, 10));
        }
        return lines;
    }

    /** Measurement bands and excluded regions of the axis observables. */
    private void bands(XYChart chart, MeasurementSet set, double[] xr, double[] yr, List<String> notes) {
        for (String axis : new String[] {x, y}) {
            boolean isX = axis.equals(x);
            if (bands != null && !bands.contains(axis)) {
                continue;
            }
            Measurement m = set.find(axis).orElse(null);
            if (m == null) {
                if (bands != null) {
                    throw InputException.field("--band", "an axis column measured in data set " + set.name(), axis);
                }
                continue;
            }
            double[] r = isX ? xr : yr;
            if (m instanceof LimitMeasurement l) {
                chart.addAnnotation(new RegionAnnotation(isX, l.limit(), Double.POSITIVE_INFINITY, EXCLUDED, true,
                        "excluded (" + MeasurementText.cl(l.cl()) + " CL, " + set.name() + ")"));
                if (l.limit() < r[1] * (isX ? (logx ? 10 : 2) : (logy ? 10 : 2))) {
                    r[1] = Math.max(r[1], l.limit() * ((isX ? logx : logy) ? 3 : 1.15));
                }
            } else {
                double lo;
                double hi;
                if (m instanceof GaussianMeasurement g) {
                    lo = g.value() - sigma * g.minus();
                    hi = g.value() + sigma * g.plus();
                } else {
                    CorrelatedGaussian c = (CorrelatedGaussian) m;
                    int i = c.observables().indexOf(axis);
                    lo = c.value(i) - sigma * c.experimentalSigma(i);
                    hi = c.value(i) + sigma * c.experimentalSigma(i);
                }
                chart.addAnnotation(new RegionAnnotation(isX, lo, hi, isX ? X_BAND : Y_BAND, false,
                        tick(sigma) + " sigma, " + set.name()));
                r[0] = Math.min(r[0], lo);
                r[1] = Math.max(r[1], hi);
            }
            if (m.provenance().hasCaveat()) {
                notes.add("caveat (!) " + axis + ": " + m.provenance().caveat());
            }
        }
    }

    private void axes(XYChart chart, double[] xr, double[] yr) {
        double[] xa = xrange != null ? new double[] {xrange.get(0), xrange.get(1)} : pad(xr, logx);
        double[] ya = yrange != null ? new double[] {yrange.get(0), yrange.get(1)} : pad(yr, logy);
        chart.getStyler().setXAxisMin(xa[0]);
        chart.getStyler().setXAxisMax(xa[1]);
        chart.getStyler().setYAxisMin(ya[0]);
        chart.getStyler().setYAxisMax(ya[1]);
    }

    private void save(XYChart chart, String ext) throws IOException {
        String path = out.toString();
        switch (ext) {
            case "png" -> BitmapEncoder.saveBitmap(chart, path, BitmapEncoder.BitmapFormat.PNG);
            case "svg" -> VectorGraphicsEncoder.saveVectorGraphic(chart, path,
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            case "pdf" -> VectorGraphicsEncoder.saveVectorGraphic(chart, path,
                    VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
            default -> throw new IllegalStateException(ext);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Axis label: the column, with the observable's unit in brackets (GeV for masses). */
    static String label(String column) {
        if (column.startsWith("masses.") || column.startsWith("potential.mu")) {
            return column + " [GeV]";
        }
        return ObservableRegistry.standard().find(column).map(ObservableSpec::unit)
                .filter(u -> !u.isBlank()).map(u -> column + " [" + u + "]").orElse(column);
    }

    /** Tick text: up to 3 significant digits, 1.5e-08 style below 1e-3 and from 1e4. */
    static String tick(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Output.number(v);
        }
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e4) {
            String s = String.format(Locale.ROOT, "%.2e", v);
            String mant = s.substring(0, s.indexOf('e')).replaceAll("\\.?0+$", "");
            String exp = s.substring(s.indexOf('e') + 1);
            int e = Integer.parseInt(exp);
            return mant + "e" + (e < 0 ? "-" : "") + String.format(Locale.ROOT, "%02d", Math.abs(e));
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    private static int[] size(String text) {
        String[] p = text.toLowerCase(Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(p[0].trim());
            int h = Integer.parseInt(p[1].trim());
            if (p.length == 2 && w >= 200 && h >= 150 && w <= 8000 && h <= 8000) {
                return new int[] {w, h};
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw InputException.field("--size", "WIDTHxHEIGHT in pixels, e.g. 900x720 (200..8000)", text);
    }

    private static void checkRange(List<Double> r, String option, boolean log) {
        if (r == null) {
            return;
        }
        if (r.size() != 2 || !(r.get(0) < r.get(1)) || (log && !(r.get(0) > 0))) {
            throw InputException.field(option, "LOW,HIGH with LOW < HIGH" + (log ? " and LOW > 0 (log axis)" : ""),
                    r.toString());
        }
    }

    private static double[] edges(String text) {
        String[] p = text.split(",");
        double[] e = new double[p.length];
        try {
            for (int i = 0; i < p.length; i++) {
                e[i] = Double.parseDouble(p[i].trim());
            }
        } catch (NumberFormatException ex) {
            throw InputException.field("--color-bins", "COLUMN:E0,E1,... with numbers as edges", text);
        }
        if (e.length < 2) {
            throw InputException.field("--color-bins", "at least two bin edges", text);
        }
        for (int i = 1; i < e.length; i++) {
            if (!(e[i] > e[i - 1])) {
                throw InputException.field("--color-bins", "increasing bin edges", text);
            }
        }
        return e;
    }

    private static double[] autoEdges(double[] cs, boolean[] keep) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cs.length; i++) {
            if (keep[i] && Double.isFinite(cs[i])) {
                lo = Math.min(lo, cs[i]);
                hi = Math.max(hi, cs[i]);
            }
        }
        if (!(lo < hi)) {
            return new double[] {lo - 0.5, hi + 0.5};
        }
        double[] e = new double[VIRIDIS.length + 1];
        boolean log = lo > 0 && hi / lo > 100;
        for (int i = 0; i < e.length; i++) {
            double f = (double) i / VIRIDIS.length;
            e[i] = log ? Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo))) : lo + f * (hi - lo);
        }
        e[e.length - 1] = hi;
        return e;
    }

    private static int count(boolean[] b, boolean value) {
        int n = 0;
        for (boolean v : b) {
            n += v == value ? 1 : 0;
        }
        return n;
    }

    private static double[] span(double[] v, boolean log) {
        boolean[] keep = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            keep[i] = Double.isFinite(v[i]) && (!log || v[i] > 0);
        }
        return span(v, keep, log);
    }

    private static double[] span(double[] v, boolean[] keep, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            if (keep[i] && (!log || v[i] > 0)) {
                lo = Math.min(lo, v[i]);
                hi = Math.max(hi, v[i]);
            }
        }
        if (lo > hi) {
            return log ? new double[] {0.1, 10} : new double[] {0, 1};
        }
        return new double[] {lo, hi};
    }

    private static double[] pad(double[] r, boolean log) {
        if (log) {
            double lo = Math.log10(r[0]);
            double hi = Math.log10(r[1]);
            double d = Math.max(0.05 * (hi - lo), 0.05);
            return new double[] {Math.pow(10, lo - d), Math.pow(10, hi + d)};
        }
        double d = r[1] > r[0] ? 0.04 * (r[1] - r[0]) : Math.max(Math.abs(r[0]) * 0.1, 1e-12);
        // a non-negative quantity (a branching ratio) keeps 0 as the lower end
        return new double[] {r[0] >= 0 ? Math.max(0, r[0] - d) : r[0] - d, r[1] + d};
    }
}
