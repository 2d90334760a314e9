package org.lqflav.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a scan or fit: free ones with a {@link Prior} (or fit range), fixed ones, and ties
 * ({@code yR[2,3] = factor * yL[2,3]}, to a free or fixed parameter). The full vector handed to a
 * {@link PointEvaluator} is ordered free, then fixed, then tied ({@link #addresses()}).
 */
public final class ParameterSpace {
    private final List<Free> free;
    private final List<Fixed> fixed;
    private final List<Tie> ties;
    private final List<ParameterAddress> addresses;
    private final int[] tieSource;

    public record Free(ParameterAddress address, Prior prior) {
    }

    public record Fixed(ParameterAddress address, double value) {
    }

    /** {@code address = factor * source}. */
    public record Tie(ParameterAddress address, ParameterAddress source, double factor) {
    }

    public ParameterSpace(List<Free> free, List<Fixed> fixed, List<Tie> ties) {
        this.free = List.copyOf(free);
        this.fixed = List.copyOf(fixed);
        this.ties = List.copyOf(ties);
        List<ParameterAddress> all = new ArrayList<>();
        free.forEach(f -> all.add(f.address()));
        fixed.forEach(f -> all.add(f.address()));
        ties.forEach(t -> all.add(t.address()));
        this.addresses = List.copyOf(all);
        this.tieSource = new int[ties.size()];
        for (int t = 0; t < ties.size(); t++) {
            int src = -1;
            for (int k = 0; k < free.size() + fixed.size(); k++) {
                if (all.get(k).sameAs(ties.get(t).source())) {
                    src = k;
                }
            }
            if (src < 0) {
                throw new IllegalArgumentException("tie source " + ties.get(t).source() + " is not free or fixed");
            }
            tieSource[t] = src;
        }
    }

    public List<Free> free() {
        return free;
    }

    public List<Fixed> fixed() {
        return fixed;
    }

    public List<Tie> ties() {
        return ties;
    }

    /** Every parameter set at a point: free, fixed, tied. */
    public List<ParameterAddress> addresses() {
        return addresses;
    }

    public int dimension() {
        return free.size();
    }

    /** Full vector from free-parameter values (physical units). */
    public void fill(double[] freeValues, double[] out) {
        int n = free.size();
        System.arraycopy(freeValues, 0, out, 0, n);
        for (int k = 0; k < fixed.size(); k++) {
            out[n + k] = fixed.get(k).value();
        }
        int base = n + fixed.size();
        for (int t = 0; t < ties.size(); t++) {
            out[base + t] = ties.get(t).factor() * out[tieSource[t]];
        }
    }

    /** Full vector from unit numbers u in [0,1]^n, through each free parameter's prior. */
    public void fillFromUnit(double[] unit, double[] out) {
        for (int k = 0; k < free.size(); k++) {
            out[k] = free.get(k).prior().fromUnit(unit[k]);
        }
        fill(out, out);
    }
}
