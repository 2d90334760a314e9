package org.lqflav.model.etaetapdelta;

import java.util.function.ToDoubleFunction;
import org.lqflav.obs.Inputs;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;
import org.lqflav.param.ParameterSet;

/**
 * Observables only model EtaEtapDelta provides (ObservableSpec.forModel): the meson-mixing quantities of seed002
 * eqs. (II.20)-(II.26) and the perturbativity of g. Everything else (neutrinos, l -> l' gamma, g-2, b -> s l l,
 * ...) is the generic entries fed by the model's WET, dipoles and neutrino mass matrix.
 */
public final class EtaEtapDeltaObservables {
    private EtaEtapDeltaObservables() {
    }

    /** GeV -> ps^-1. */
    static double perPicosecond(double gev, double hbar) {
        return gev / hbar * 1e-12;
    }

    /** Measured Delta m_D = x_D / tau_D0, GeV (the bound of eq. (II.26)). */
    static double deltaMDMeasured(double xD, double tauD0Seconds, double hbar) {
        return xD * hbar / tauD0Seconds;
    }

    public static void register(ObservableRegistry r) {
        String printed = "; as printed: signed, negative for real positive couplings (docs/conventions.md#etaetapdelta)";
        mixing(r, "K", "K0", "seed002 eqs. (II.20), (II.22), (ijkl) = (1221)" + printed, EtaEtapDeltaData::deltaMK,
                p -> p.value("seed002_DeltaM_K_exp"), "eq. (II.23) requires this <= 1");
        mixing(r, "d", "Bd", "seed002 eqs. (II.20), (II.22), (ijkl) = (1331)" + printed, EtaEtapDeltaData::deltaMBd,
                p -> p.value("seed002_DeltaM_d_exp"), "eq. (II.24) bounds the signed value by a window");
        mixing(r, "s", "Bs", "seed002 eqs. (II.20), (II.22), (ijkl) = (2332)" + printed, EtaEtapDeltaData::deltaMBs,
                p -> p.value("seed002_DeltaM_s_exp"), "eq. (II.25) bounds the signed value by a window");
        mixing(r, "D", "D0", "seed002 eqs. (II.21), (II.22), (ijkl) = (2112), f^u_Md read as f_D^2" + printed,
                EtaEtapDeltaData::deltaMD,
                p -> perPicosecond(deltaMDMeasured(p.value("seed002_x_D"), p.value("seed002_tau_D0"), p.value("hbar")),
                        p.value("hbar")), "eq. (II.26) requires this <= 1");
        r.add(ObservableSpec.forModel(EtaEtapDelta.NAME, "max_abs_g", "",
                "Largest |g_ij| (given, or solved from the neutrino data); perturbativity asks g <~ sqrt(4 pi)",
                "seed002 eq. (II.7) and the text below it", in -> data(in).maxAbsG()));
    }

    private static void mixing(ObservableRegistry r, String tag, String meson, String equation,
                               ToDoubleFunction<EtaEtapDeltaData> deltaMGeV, ToDoubleFunction<ParameterSet> measuredPs,
                               String bound) {
        r.add(ObservableSpec.forModel(EtaEtapDelta.NAME, "DeltaM_" + tag + "_NP", "ps^-1",
                "New-physics contribution to the " + meson + " mass difference (leptoquark boxes)", equation,
                in -> perPicosecond(deltaMGeV.applyAsDouble(data(in)), hbar(in))));
        r.add(ObservableSpec.forModel(EtaEtapDelta.NAME, "DeltaM_" + tag + "_NP/DeltaM_" + tag + "_exp", "",
                "|new-physics " + meson + " mass difference| over the measured one (seed002 " + bound + ")", equation,
                in -> Math.abs(perPicosecond(deltaMGeV.applyAsDouble(data(in)), hbar(in)))
                        / measuredPs.applyAsDouble(in.sm().parameterSet())));
    }

    private static EtaEtapDeltaData data(Inputs in) {
        return in.le().modelData(EtaEtapDeltaData.class);
    }

    private static double hbar(Inputs in) {
        return in.sm().parameterSet().value("hbar");
    }
}
