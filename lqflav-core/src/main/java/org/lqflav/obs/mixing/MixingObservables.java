package org.lqflav.obs.mixing;

import org.lqflav.obs.ObservableRegistry;

/** Registration of the mixing observables. */
public final class MixingObservables {
    private MixingObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
