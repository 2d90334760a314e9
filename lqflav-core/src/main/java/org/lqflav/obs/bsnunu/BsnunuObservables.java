package org.lqflav.obs.bsnunu;

import org.lqflav.obs.ObservableRegistry;

/** Registration of the bsnunu observables. */
public final class BsnunuObservables {
    private BsnunuObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
