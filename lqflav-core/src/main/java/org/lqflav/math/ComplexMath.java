package org.lqflav.math;

import org.hipparchus.complex.Complex;

/** Small complex helpers used by formulas. */
public final class ComplexMath {
    private ComplexMath() {
    }

    /** |z|^2 without a square root. */
    public static double abs2(Complex z) {
        return z.getReal() * z.getReal() + z.getImaginary() * z.getImaginary();
    }

    /** Re(a b*). */
    public static double reTimesConj(Complex a, Complex b) {
        return a.getReal() * b.getReal() + a.getImaginary() * b.getImaginary();
    }
}
