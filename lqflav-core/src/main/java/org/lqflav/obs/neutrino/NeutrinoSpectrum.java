package org.lqflav.obs.neutrino;

import org.lqflav.math.CMatrix3;

/**
 * Masses, mixing angles and phases from a complex symmetric Majorana mass matrix (flavour basis e, mu, tau),
 * docs/conventions.md#neutrinos. PLACEHOLDER: implemented in the neutrino work package.
 */
public record NeutrinoSpectrum(double m1, double m2, double m3, boolean normalOrdering, CMatrix3 pmns,
                               double theta12, double theta23, double theta13, double deltaCp,
                               double alpha21, double alpha31) {
    public static NeutrinoSpectrum of(CMatrix3 massMatrixEv) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
