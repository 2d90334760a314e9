package org.lqflav.obs;

import org.lqflav.eft.LowEnergy;
import org.lqflav.obs.neutrino.NeutrinoSpectrum;
import org.lqflav.param.SmInputs;

/**
 * Everything an observable reads for one point: the model's low-energy quantities and the SM inputs. The
 * neutrino spectrum is diagonalised once, on first use. Not thread-safe (a scan thread keeps one per evaluator).
 */
public final class Inputs {
    private final LowEnergy lowEnergy;
    private final SmInputs sm;
    private NeutrinoSpectrum spectrum;
    private NeutrinoSpectrum.Workspace workspace;
    private boolean workspaceCurrent;

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

    /**
     * Forgets what was derived from the low-energy quantities (the neutrino spectrum): for a scan thread whose
     * {@link LowEnergy#reusable() reusable} LowEnergy was refilled for the next point.
     */
    public void lowEnergyChanged() {
        spectrum = null;
        workspaceCurrent = false;
    }

    /** The neutrino spectrum of this point (immutable; allocates once per point). */
    public NeutrinoSpectrum neutrinos() {
        if (spectrum == null) {
            spectrum = neutrinoWorkspace().toSpectrum();
        }
        return spectrum;
    }

    /**
     * The neutrino spectrum in this Inputs' reusable workspace, diagonalised once per point without allocating
     * (what the neutrino observables read; valid until {@link #lowEnergyChanged()}).
     */
    public NeutrinoSpectrum.Workspace neutrinoWorkspace() {
        if (workspace == null) {
            workspace = new NeutrinoSpectrum.Workspace();
        }
        if (!workspaceCurrent) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    workspace.takagi.mRe[3 * i + j] = lowEnergy.neutrinoMassRe(i, j);
                    workspace.takagi.mIm[3 * i + j] = lowEnergy.neutrinoMassIm(i, j);
                }
            }
            workspace.compute();
            workspaceCurrent = true;
        }
        return workspace;
    }
}
