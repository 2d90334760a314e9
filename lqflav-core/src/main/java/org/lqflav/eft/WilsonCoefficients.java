package org.lqflav.eft;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.complex.Complex;

/**
 * New-physics WET coefficients at one scale, in the flavio basis ({@link WetNames}); missing ones are zero.
 * Immutable (except the in-place view of a {@link LowEnergy.Reusable}); read in hot code through {@link #re(int)} and {@link #im(int)} with indices resolved once.
 */
public final class WilsonCoefficients {
    public static final WilsonCoefficients ZERO = new WilsonCoefficients(Double.NaN, new double[WetNames.size()],
            new double[WetNames.size()]);

    /** Final except in a {@link LowEnergy.Reusable}'s view, whose owner refills it in place. */
    private double scale;
    private final double[] re;
    private final double[] im;

    private WilsonCoefficients(double scale, double[] re, double[] im) {
        this.scale = scale;
        this.re = re;
        this.im = im;
    }

    /** A view of arrays owned by a {@link LowEnergy.Reusable} (not copied). */
    static WilsonCoefficients view(double[] re, double[] im) {
        return new WilsonCoefficients(Double.NaN, re, im);
    }

    void setScale(double scale) {
        this.scale = scale;
    }

    /** Renormalisation scale in GeV (NaN for the all-zero set, which is the same at every scale). */
    public double scale() {
        return scale;
    }

    public double re(int index) {
        return re[index];
    }

    public double im(int index) {
        return im[index];
    }

    public Complex get(int index) {
        return new Complex(re[index], im[index]);
    }

    public Complex get(String name) {
        return get(WetNames.index(name));
    }

    /** The non-zero coefficients by name, in {@link WetNames} order. */
    public Map<String, Complex> nonZero() {
        Map<String, Complex> m = new LinkedHashMap<>();
        for (int i = 0; i < re.length; i++) {
            if (re[i] != 0 || im[i] != 0) {
                m.put(WetNames.name(i), get(i));
            }
        }
        return m;
    }

    public static Builder builder(double scale) {
        return new Builder(scale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WilsonCoefficients w && Double.compare(w.scale, scale) == 0 && Arrays.equals(re, w.re)
                && Arrays.equals(im, w.im);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(re) * 31 + Arrays.hashCode(im);
    }

    /** Collects coefficients; {@link #add} accumulates so several fields can contribute to one operator. */
    public static final class Builder {
        private final double scale;
        private final double[] re = new double[WetNames.size()];
        private final double[] im = new double[WetNames.size()];

        private Builder(double scale) {
            this.scale = scale;
        }

        public Builder set(String name, Complex value) {
            return set(WetNames.index(name), value);
        }

        public Builder set(int index, Complex value) {
            re[index] = value.getReal();
            im[index] = value.getImaginary();
            return this;
        }

        public Builder add(String name, Complex value) {
            int i = WetNames.index(name);
            re[i] += value.getReal();
            im[i] += value.getImaginary();
            return this;
        }

        public WilsonCoefficients build() {
            return new WilsonCoefficients(scale, re.clone(), im.clone());
        }
    }
}
