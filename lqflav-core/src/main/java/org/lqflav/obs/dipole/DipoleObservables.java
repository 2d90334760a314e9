package org.lqflav.obs.dipole;

import org.lqflav.obs.ObservableRegistry;

/** Registration of the dipole observables. */
public final class DipoleObservables {
    private DipoleObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
