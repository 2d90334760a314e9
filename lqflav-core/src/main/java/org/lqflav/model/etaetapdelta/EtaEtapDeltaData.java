package org.lqflav.model.etaetapdelta;

import org.lqflav.math.CMatrix3;

/**
 * What model {@code EtaEtapDelta} hands to its own observables ({@link org.lqflav.eft.LowEnergy#modelData}).
 *
 * @param g        the g used (given, or solved from neutrino data by eq. (II.7)), [quark][lepton]
 * @param r        R_i of eq. (II.6), GeV
 * @param alpha1   mixing angle of (II.4), rad (given, or from the mu term)
 * @param alpha2   mixing angle of (II.4), rad
 * @param deltaMK  Delta m_K of eq. (II.20), (ijkl) = (1221), as printed (signed), GeV
 * @param deltaMBd Delta m_Bd, (1331), GeV
 * @param deltaMBs Delta m_Bs, (2332), GeV
 * @param deltaMD  Delta m_D of eq. (II.21), (2112), GeV
 */
public record EtaEtapDeltaData(CMatrix3 g, double[] r, double alpha1, double alpha2, double deltaMK,
                               double deltaMBd, double deltaMBs, double deltaMD) {
    public EtaEtapDeltaData {
        r = r.clone();
    }

    @Override
    public double[] r() {
        return r.clone();
    }

    /** max_ij |g_ij|; the text below eq. (II.7) asks for g &lt;~ sqrt(4 pi). */
    public double maxAbsG() {
        double m = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m = Math.max(m, g.get(i, j).norm());
            }
        }
        return m;
    }
}
