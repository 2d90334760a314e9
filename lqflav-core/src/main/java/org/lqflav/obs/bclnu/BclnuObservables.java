package org.lqflav.obs.bclnu;

import org.lqflav.obs.ObservableRegistry;

/** Registration of the bclnu observables. */
public final class BclnuObservables {
    private BclnuObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
