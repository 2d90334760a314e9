package org.lqflav.obs.neutrino;

import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.obs.ObservableRegistry;
import org.lqflav.obs.ObservableSpec;

/**
 * Registration of the neutrino-sector observables: masses, mass-squared differences, PMNS angles and phases of
 * the point's Majorana mass matrix, read off {@link NeutrinoSpectrum} (docs/conventions.md#neutrinos).
 */
public final class NeutrinoObservables {
    private static final String PDG = "PDG review 'Neutrino masses, mixing and oscillations', standard parametrisation";
    private static final String CONVENTION = "; M = U* diag(m) U^dagger (docs/conventions.md#neutrinos)";

    private NeutrinoObservables() {
    }

    public static void register(ObservableRegistry r) {
        String takagi = "Takagi factorisation M = W diag(m) W^T, U = W^* (Takagi 1925; arXiv:0812.1594 App. D)";
        add(r, "m_nu1", "eV", "Mass of nu_1", takagi, NeutrinoSpectrum.Workspace::m1);
        add(r, "m_nu2", "eV", "Mass of nu_2", takagi, NeutrinoSpectrum.Workspace::m2);
        add(r, "m_nu3", "eV", "Mass of nu_3 (lightest for inverted ordering)", takagi, NeutrinoSpectrum.Workspace::m3);
        add(r, "Dm2_21", "eV^2", "Solar mass-squared difference", "m2^2 - m1^2 (" + PDG + ")",
                NeutrinoSpectrum.Workspace::dm2_21);
        add(r, "Dm2_31", "eV^2", "Atmospheric mass-squared difference, negative for inverted ordering",
                "m3^2 - m1^2 (" + PDG + ")", NeutrinoSpectrum.Workspace::dm2_31);
        add(r, "theta_12", "deg", "Solar mixing angle", "tan theta12 = |U_e2| / |U_e1| (" + PDG + ")",
                NeutrinoSpectrum.Workspace::theta12);
        add(r, "theta_23", "deg", "Atmospheric mixing angle", "tan theta23 = |U_mu3| / |U_tau3| (" + PDG + ")",
                NeutrinoSpectrum.Workspace::theta23);
        add(r, "theta_13", "deg", "Reactor mixing angle", "sin theta13 = |U_e3| (" + PDG + ")",
                NeutrinoSpectrum.Workspace::theta13);
        add(r, "delta_CP", "deg", "Dirac CP phase of the PMNS matrix, in [0, 360)",
                "U_e1 U_mu3 U_e3^* U_mu1^* = -c12 s12 c23 s23 c13^2 s13 e^{i delta} - c12^2 c13^2 s23^2 s13^2 ("
                        + PDG + ")", NeutrinoSpectrum.Workspace::deltaCp);
        add(r, "alpha_21", "deg", "Majorana phase alpha_21, in [0, 360); 0 if m1 or m2 vanishes",
                "U = P V(theta, delta) diag(1, e^{i alpha21/2}, e^{i alpha31/2}), P row phases (" + PDG + ")",
                NeutrinoSpectrum.Workspace::alpha21);
        add(r, "alpha_31", "deg",
                "Majorana phase alpha_31, in [0, 360); 0 if m3 vanishes, alpha31 - alpha21 if m1 does",
                "U = P V(theta, delta) diag(1, e^{i alpha21/2}, e^{i alpha31/2}), P row phases (" + PDG + ")",
                NeutrinoSpectrum.Workspace::alpha31);
        add(r, "sum_m_nu", "eV", "Sum of the neutrino masses", "m1 + m2 + m3", NeutrinoSpectrum.Workspace::sumMasses);
        add(r, "m_betabeta", "eV", "Effective Majorana mass of neutrinoless double beta decay",
                "|sum_i U_ei^2 m_i| (PDG review 'Neutrino masses, mixing and oscillations', 0nu2beta section)",
                NeutrinoSpectrum.Workspace::mBetaBeta);
    }

    private static void add(ObservableRegistry r, String name, String unit, String description, String equation,
                            ToDoubleFunction<NeutrinoSpectrum.Workspace> f) {
        r.add(new ObservableSpec(name, unit, description, equation + CONVENTION,
                Set.of(Part.NEUTRINO_MASS),
                    in -> f.applyAsDouble(in.neutrinoWorkspace())));
    }
}
