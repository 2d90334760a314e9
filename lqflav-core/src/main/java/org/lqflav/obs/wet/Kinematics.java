package org.lqflav.obs.wet;

/** Two-body kinematics shared by the semileptonic decays. */
public final class Kinematics {
    private Kinematics() {
    }

    /** Kallen function lambda(a, b, c) = a^2 + b^2 + c^2 - 2(ab + bc + ca). */
    public static double lambda(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * (a * b + b * c + c * a);
    }
}
