package org.lqflav.obs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.lqflav.InputException;
import org.junit.jupiter.api.Test;

class ObservableRegistryTest {
    /** The machine contract of issue 2 (flavio's names where flavio has the observable). */
    private static final List<String> CONTRACT = List.of("Dm2_21", "Dm2_31", "theta_12", "theta_23", "theta_13",
            "delta_CP", "sum_m_nu", "m_betabeta", "Delta_a_mu", "Delta_a_e", "C9_bsmumu", "C10_bsmumu",
            "Rtaul(B->Dlnu)", "Rtaul(B->D*lnu)", "BR(mu->egamma)", "BR(tau->egamma)", "BR(tau->mugamma)",
            "BR(mu->eee)", "BR(tau->mumumu)", "BR(tau->muee)", "CR(mu->e, Au)", "delta_gL(Z->tautau)",
            "delta_gR(Z->tautau)", "delta_gL(Z->ee)", "delta_gR(Z->ee)", "delta_gL(Z->mumu)", "delta_gR(Z->mumu)",
            "BR(Z->mutau)", "BR(Z->emu)", "BR(Z->etau)", "N_nu", "BR(Bs->mumu)", "BR(Bs->mutau,taumu)",
            "BR(Bs->tautau)", "BR(B+->Kmutau,taumu)", "Rnunu(B->K*)", "Rnunu(B->K)", "BR(Bc->taunu)",
            "DeltaM_s/DeltaM_s_SM", "BR(tau->phimu)", "BR(tau->etamu)", "BR(tau->eta'mu)");

    @Test
    void everyContractNameIsRegistered() {
        assertThat(ObservableRegistry.standard().names()).containsAll(CONTRACT);
    }

    @Test
    void everyEntryHasDescriptionAndEquation() {
        for (ObservableSpec s : ObservableRegistry.standard().all()) {
            assertThat(s.description()).as(s.name()).isNotBlank();
            assertThat(s.equation()).as(s.name()).isNotBlank();
        }
    }

    @Test
    void unknownNameSuggestsTheClosest() {
        assertThatThrownBy(() -> ObservableRegistry.standard().get("BR(tau->mugama)"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("BR(tau->mugamma)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void duplicateRegistrationIsABug() {
        ObservableRegistry r = new ObservableRegistry();
        ObservableSpec s = new ObservableSpec("x", "", "d", "e", java.util.Set.of(), in -> 0);
        r.add(s);
        assertThatThrownBy(() -> r.add(s)).isInstanceOf(IllegalStateException.class);
    }
}
