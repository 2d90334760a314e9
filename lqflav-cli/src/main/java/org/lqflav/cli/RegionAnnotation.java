package org.lqflav.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A band across the plot: between two values of the x axis (a vertical band) or of the y axis (a horizontal one),
 * filled translucently (a measurement's 1-sigma band) or hatched (a region a limit excludes), with a short label.
 * Drawn over the points, translucent, clipped to the plot area; works on log axes (XChart maps the values).
 */
final class RegionAnnotation extends Annotation {
    private final boolean alongX;
    private final double from;
    private final double to;
    private final Color color;
    private final boolean hatched;
    private final String label;

    /**
     * @param alongX true: the band spans x in [from, to] (vertical band); false: y in [from, to]
     */
    RegionAnnotation(boolean alongX, double from, double to, Color color, boolean hatched, String label) {
        super(false);
        this.alongX = alongX;
        this.from = Math.min(from, to);
        this.to = Math.max(from, to);
        this.color = color;
        this.hatched = hatched;
        this.label = label;
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible) {
            return;
        }
        double x0 = getXAxisScreenValueForMin();
        double x1 = getXAxisScreenValueForMax();
        double y0 = getYAxisScreenValueForMax();
        double y1 = getYAxisScreenValueForMin();
        Rectangle2D plot = new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0),
                Math.abs(y1 - y0));
        double a;
        double b;
        if (alongX) {
            a = chart.getScreenXFromChart(from);
            b = chart.getScreenXFromChart(to);
        } else {
            a = chart.getScreenYFromChart(from);
            b = chart.getScreenYFromChart(to);
        }
        if (!Double.isFinite(a)) {
            a = alongX ? plot.getMinX() : plot.getMaxY();
        }
        if (!Double.isFinite(b)) {
            b = alongX ? plot.getMaxX() : plot.getMinY();
        }
        Rectangle2D band = alongX
                ? new Rectangle2D.Double(Math.min(a, b), plot.getMinY(), Math.abs(b - a), plot.getHeight())
                : new Rectangle2D.Double(plot.getMinX(), Math.min(a, b), plot.getWidth(), Math.abs(b - a));
        Rectangle2D r = band.createIntersection(plot);
        if (r.getWidth() <= 0 || r.getHeight() <= 0) {
            return;
        }
        Shape oldClip = g.getClip();
        g.clip(r);
        g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), hatched ? 40 : 60));
        g.fill(r);
        if (hatched) {
            g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 150));
            g.setStroke(new BasicStroke(1.2f));
            double step = 9;
            for (double s = -r.getHeight(); s < r.getWidth(); s += step) {
                g.draw(new Line2D.Double(r.getMinX() + s, r.getMaxY(), r.getMinX() + s + r.getHeight(), r.getMinY()));
            }
        }
        g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 200));
        g.setStroke(new BasicStroke(1.5f));
        if (alongX) {
            g.draw(new Line2D.Double(a, r.getMinY(), a, r.getMaxY()));
            g.draw(new Line2D.Double(b, r.getMinY(), b, r.getMaxY()));
        } else {
            g.draw(new Line2D.Double(r.getMinX(), a, r.getMaxX(), a));
            g.draw(new Line2D.Double(r.getMinX(), b, r.getMaxX(), b));
        }
        g.setClip(oldClip);
        if (label != null && !label.isEmpty()) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.setColor(new Color(color.getRed() / 2, color.getGreen() / 2, color.getBlue() / 2));
            int w = g.getFontMetrics().stringWidth(label);
            if (alongX) {
                // x bands are labelled at the bottom, y bands at the top right: the two never overlap
                double x = Math.min(Math.max(r.getMinX() + 4, plot.getMinX() + 4), plot.getMaxX() - w - 4);
                g.drawString(label, (float) x, (float) (plot.getMaxY() - 6));
            } else {
                double y = Math.min(Math.max(r.getMinY() + 16, plot.getMinY() + 16), plot.getMaxY() - 6);
                g.drawString(label, (float) (plot.getMaxX() - w - 6), (float) y);
            }
        }
    }
}
