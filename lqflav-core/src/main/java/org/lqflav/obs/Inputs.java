package org.lqflav.obs;

import org.lqflav.eft.LowEnergy;
import org.lqflav.obs.neutrino.NeutrinoSpectrum;
import org.lqflav.param.SmInputs;

/**
 * Everything an observable reads for one point: the model's low-energy quantities and the SM inputs. The
 * neutrino spectrum is diagonalised once, on first use.
 */
public final class Inputs {
    private final LowEnergy lowEnergy;
    private final SmInputs sm;
    private NeutrinoSpectrum spectrum;

    public Inputs(LowEnergy lowEnergy, SmInputs sm) {
        this.lowEnergy = lowEnergy;
        this.sm = sm;
    }

    public LowEnergy le() {
        return lowEnergy;
    }

    public SmInputs sm() {
        return sm;
    }

    public NeutrinoSpectrum neutrinos() {
        if (spectrum == null) {
            spectrum = NeutrinoSpectrum.of(lowEnergy.neutrinoMass());
        }
        return spectrum;
    }
}
