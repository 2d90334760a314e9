package org.lqflav.model.s1r2xi;

import org.lqflav.obs.ObservableRegistry;

/** Observables only model S1R2xi provides (ObservableSpec.forModel). PLACEHOLDER (issue 3). */
public final class S1R2XiObservables {
    private S1R2XiObservables() {
    }

    public static void register(ObservableRegistry r) {
    }
}
