package org.lqflav.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Contour lines of a function sampled on a regular grid (marching squares, linear interpolation along cell edges,
 * saddle cells resolved by the cell-centre average), joined into polylines.
 */
final class Contours {
    private Contours() {
    }

    /** A grid read from scattered (x, y, z) rows that lie on a regular lattice; missing nodes are NaN. */
    record Grid(double[] xs, double[] ys, double[][] z) {
        static Grid of(double[] x, double[] y, double[] z) {
            TreeSet<Double> xs = new TreeSet<>();
            TreeSet<Double> ys = new TreeSet<>();
            for (int i = 0; i < x.length; i++) {
                xs.add(x[i]);
                ys.add(y[i]);
            }
            double[] gx = xs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] gy = ys.stream().mapToDouble(Double::doubleValue).toArray();
            double[][] gz = new double[gy.length][gx.length];
            for (double[] row : gz) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            Map<Double, Integer> ix = new HashMap<>();
            Map<Double, Integer> iy = new HashMap<>();
            for (int i = 0; i < gx.length; i++) {
                ix.put(gx[i], i);
            }
            for (int j = 0; j < gy.length; j++) {
                iy.put(gy[j], j);
            }
            for (int i = 0; i < x.length; i++) {
                gz[iy.get(y[i])][ix.get(x[i])] = z[i];
            }
            return new Grid(gx, gy, gz);
        }
    }

    /** Polylines (each a list of {x, y}) where z = level. */
    static List<List<double[]>> lines(Grid g, double level) {
        List<double[][]> segments = new ArrayList<>();
        for (int j = 0; j + 1 < g.ys().length; j++) {
            for (int i = 0; i + 1 < g.xs().length; i++) {
                double z00 = g.z()[j][i];
                double z10 = g.z()[j][i + 1];
                double z11 = g.z()[j + 1][i + 1];
                double z01 = g.z()[j + 1][i];
                if (Double.isNaN(z00) || Double.isNaN(z10) || Double.isNaN(z11) || Double.isNaN(z01)) {
                    continue;
                }
                double x0 = g.xs()[i];
                double x1 = g.xs()[i + 1];
                double y0 = g.ys()[j];
                double y1 = g.ys()[j + 1];
                // edge crossing points: bottom, right, top, left
                double[][] e = new double[4][];
                if ((z00 < level) != (z10 < level)) {
                    e[0] = new double[] {lerp(x0, x1, z00, z10, level), y0};
                }
                if ((z10 < level) != (z11 < level)) {
                    e[1] = new double[] {x1, lerp(y0, y1, z10, z11, level)};
                }
                if ((z01 < level) != (z11 < level)) {
                    e[2] = new double[] {lerp(x0, x1, z01, z11, level), y1};
                }
                if ((z00 < level) != (z01 < level)) {
                    e[3] = new double[] {x0, lerp(y0, y1, z00, z01, level)};
                }
                List<double[]> pts = new ArrayList<>();
                for (double[] p : e) {
                    if (p != null) {
                        pts.add(p);
                    }
                }
                if (pts.size() == 2) {
                    segments.add(new double[][] {pts.get(0), pts.get(1)});
                } else if (pts.size() == 4) {
                    double centre = 0.25 * (z00 + z10 + z11 + z01);
                    boolean c = centre < level;
                    boolean b00 = z00 < level;
                    if (c == b00) {
                        // corner 00 connected to the centre: cut off corners 10 and 01
                        segments.add(new double[][] {e[0], e[1]});
                        segments.add(new double[][] {e[2], e[3]});
                    } else {
                        segments.add(new double[][] {e[0], e[3]});
                        segments.add(new double[][] {e[1], e[2]});
                    }
                }
            }
        }
        return join(segments);
    }

    private static double lerp(double a, double b, double za, double zb, double level) {
        return a + (level - za) / (zb - za) * (b - a);
    }

    private static String key(double[] p) {
        return Math.round(p[0] * 1e9) + ":" + Math.round(p[1] * 1e9);
    }

    /** Joins segments sharing end points into polylines. */
    private static List<List<double[]>> join(List<double[][]> segments) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            for (double[] p : segments.get(s)) {
                at.computeIfAbsent(key(p), k -> new ArrayList<>()).add(s);
            }
        }
        boolean[] used = new boolean[segments.size()];
        List<List<double[]>> lines = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            if (used[s]) {
                continue;
            }
            used[s] = true;
            java.util.LinkedList<double[]> line = new java.util.LinkedList<>();
            line.add(segments.get(s)[0]);
            line.add(segments.get(s)[1]);
            extend(line, true, segments, at, used);
            extend(line, false, segments, at, used);
            lines.add(new ArrayList<>(line));
        }
        return lines;
    }

    private static void extend(java.util.LinkedList<double[]> line, boolean atEnd, List<double[][]> segments,
                               Map<String, List<Integer>> at, boolean[] used) {
        while (true) {
            double[] tip = atEnd ? line.getLast() : line.getFirst();
            Integer next = null;
            for (int s : at.getOrDefault(key(tip), List.of())) {
                if (!used[s]) {
                    next = s;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            used[next] = true;
            double[][] seg = segments.get(next);
            double[] other = key(seg[0]).equals(key(tip)) ? seg[1] : seg[0];
            if (atEnd) {
                line.addLast(other);
            } else {
                line.addFirst(other);
            }
        }
    }
}
