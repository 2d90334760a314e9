package org.lqflav.obs.lfv;

import org.lqflav.obs.ObservableRegistry;

/** Registration of the lfv observables. */
public final class LfvObservables {
    private LfvObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
