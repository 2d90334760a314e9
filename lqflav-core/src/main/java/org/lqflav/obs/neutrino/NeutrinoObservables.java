package org.lqflav.obs.neutrino;

import org.lqflav.obs.ObservableRegistry;

/** Registration of the neutrino-sector observables. PLACEHOLDER. */
public final class NeutrinoObservables {
    private NeutrinoObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
