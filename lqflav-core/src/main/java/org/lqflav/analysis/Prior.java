package org.lqflav.analysis;

/**
 * How a scanned parameter is drawn from a number u in [0, 1] (its inverse cumulative distribution).
 * Uniform on [low, high]; log-uniform on [low, high] with 0 &lt; low &lt; high, optionally for either sign
 * (sign-symmetric: |x| log-uniform on [low, high], the sign + or - with probability 1/2: u &lt; 1/2 gives the
 * negative branch, from -high at u = 0 to -low, and u &gt;= 1/2 the positive one, from low to high).
 */
public sealed interface Prior {
    /** The value at cumulative probability u in [0, 1]. */
    double fromUnit(double u);

    /** Smallest and largest value. */
    double low();

    double high();

    record Uniform(double low, double high) implements Prior {
        @Override
        public double fromUnit(double u) {
            return low + u * (high - low);
        }

        @Override
        public String toString() {
            return "uniform [" + low + ", " + high + "]";
        }
    }

    /** @param sign +1, -1, or 0 for both signs */
    record LogUniform(double lowMagnitude, double highMagnitude, int sign) implements Prior {
        @Override
        public double fromUnit(double u) {
            double ll = Math.log(lowMagnitude);
            double lh = Math.log(highMagnitude);
            if (sign > 0) {
                return Math.exp(ll + u * (lh - ll));
            }
            if (sign < 0) {
                return -Math.exp(ll + u * (lh - ll));
            }
            if (u < 0.5) {
                return -Math.exp(lh - (2 * u) * (lh - ll));
            }
            return Math.exp(ll + (2 * u - 1) * (lh - ll));
        }

        @Override
        public double low() {
            return sign > 0 ? lowMagnitude : -highMagnitude;
        }

        @Override
        public double high() {
            return sign < 0 ? -lowMagnitude : highMagnitude;
        }

        @Override
        public String toString() {
            String s = sign > 0 ? "" : sign < 0 ? "-" : "+-";
            return "log-uniform " + s + "[" + lowMagnitude + ", " + highMagnitude + "]";
        }
    }
}
