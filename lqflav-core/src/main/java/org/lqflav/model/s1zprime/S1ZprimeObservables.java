package org.lqflav.model.s1zprime;

import org.lqflav.obs.ObservableRegistry;

/** Observables only model S1Zprime provides (ObservableSpec.forModel). PLACEHOLDER (issue 3). */
public final class S1ZprimeObservables {
    private S1ZprimeObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
