package org.lqflav.model.s1zprime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lqflav.model.ModelSpec;

/**
 * The readings of seed 004 a model file can choose ({@code options:}); the first value of each is the default and
 * the paper's reading (docs/conventions.md#s1zprime).
 *
 * @param exactCkm         {@code ckm: exact}: the unitary standard parametrisation instead of the paper's V_ts, V_td
 * @param eq5Couplings     {@code yukawa: eq5}: Y^{S1} from the expansion eq. (5) (and Y_b = y_L3 in eq. (19))
 * @param loRunning        {@code running: lo}: C_S, C_T run at LO from m_S1 to m_b instead of x1.57, x0.86
 * @param exactKLong       {@code kl: sd}: K_L factor from Im X_eff^{S1} instead of eq. (11)'s R^nu
 * @param normalisedKPlus  {@code kplus: normalised}: eq. (10)'s bracket divided by its SM value times BR_SM
 * @param addZprimeToBKnunu {@code bknunu_zprime: add}: BR(B -> K(*) nu nu) + BR(B -> K(*) Z') BR(Z' -> nu nu)
 * @param loopEpsilon      {@code epsilon: loop}: kinetic mixing from the mu and tau loops instead of the file's
 */
public record S1ZprimeOptions(boolean exactCkm, boolean eq5Couplings, boolean loRunning, boolean exactKLong,
                              boolean normalisedKPlus, boolean addZprimeToBKnunu, boolean loopEpsilon) {
    public static final String CKM = "ckm";
    public static final String YUKAWA = "yukawa";
    public static final String RUNNING = "running";
    public static final String KL = "kl";
    public static final String KPLUS = "kplus";
    public static final String BKNUNU_ZPRIME = "bknunu_zprime";
    public static final String EPSILON = "epsilon";

    /** Option name -> allowed values, the paper's reading first. */
    static Map<String, List<String>> allowed() {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put(CKM, List.of("paper", "exact"));
        o.put(YUKAWA, List.of("exact", "eq5"));
        o.put(RUNNING, List.of("paper", "lo"));
        o.put(KL, List.of("eq11", "sd"));
        o.put(KPLUS, List.of("eq10", "normalised"));
        o.put(BKNUNU_ZPRIME, List.of("omit", "add"));
        o.put(EPSILON, List.of("input", "loop"));
        return o;
    }

    static S1ZprimeOptions of(ModelSpec spec) {
        return new S1ZprimeOptions(
                spec.option(CKM, "paper").equals("exact"),
                spec.option(YUKAWA, "exact").equals("eq5"),
                spec.option(RUNNING, "paper").equals("lo"),
                spec.option(KL, "eq11").equals("sd"),
                spec.option(KPLUS, "eq10").equals("normalised"),
                spec.option(BKNUNU_ZPRIME, "omit").equals("add"),
                spec.option(EPSILON, "input").equals("loop"));
    }
}
