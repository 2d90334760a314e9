package org.lqflav.obs;

/** Charged-lepton indices and names used in observable names (0 = e, 1 = mu, 2 = tau). */
public final class Leptons {
    public static final int E = 0;
    public static final int MU = 1;
    public static final int TAU = 2;
    private static final String[] NAMES = {"e", "mu", "tau"};

    private Leptons() {
    }

    public static String name(int l) {
        return NAMES[l];
    }
}
