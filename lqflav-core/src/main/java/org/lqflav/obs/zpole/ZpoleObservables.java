package org.lqflav.obs.zpole;

import org.lqflav.obs.ObservableRegistry;

/** Registration of the zpole observables. */
public final class ZpoleObservables {
    private ZpoleObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
