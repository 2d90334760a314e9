package org.lqflav.model.etaetapdelta;

import org.lqflav.obs.ObservableRegistry;

/** Observables only model EtaEtapDelta provides (ObservableSpec.forModel). PLACEHOLDER (issue 3). */
public final class EtaEtapDeltaObservables {
    private EtaEtapDeltaObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
