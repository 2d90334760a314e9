package org.lqflav.obs.bsll;

import org.lqflav.obs.ObservableRegistry;

/** Registration of the bsll observables. */
public final class BsllObservables {
    private BsllObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
