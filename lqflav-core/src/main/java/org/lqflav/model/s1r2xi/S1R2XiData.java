package org.lqflav.model.s1r2xi;

import org.lqflav.math.CMatrix3;

/**
 * What the S1R2xi observables read besides the WET and dipoles ({@code LowEnergy.modelData}). Couplings in the
 * paper's up-quark mass basis, [quark][lepton] (docs/conventions.md#s1r2xi).
 *
 * @param fL      coupling of ubar_R l_L R^{5/3} (the {@code fL_sign} option applied), [u,c,t][e,mu,tau]
 * @param fR      coupling of ubar_L l_R R^{5/3}
 * @param fHat    V^dagger fR: coupling of dbar_L l_R R^{2/3}, [d,s,b][e,mu,tau]
 * @param yL      coupling of ubar^c_L l_L S1
 * @param yR      coupling of ubar^c_R l_R S1
 * @param yHat    -V^T yL: coupling of dbar^c_L nu_L S1, [d,s,b][nu_e,nu_mu,nu_tau]
 * @param mR2     R2 mass, GeV
 * @param mS1     S1 mass, GeV
 * @param mUpLoop m_u(2 GeV), m_c(m_c), m_t(m_t): chirality flip in the loops, GeV
 * @param m0      m0 of seed001 eq. (3), GeV
 * @param m0I0    the normalisation m0 I0 the neutrino mass used, GeV
 * @param gF      Fermi constant, GeV^-2
 */
record S1R2XiData(CMatrix3 fL, CMatrix3 fR, CMatrix3 fHat, CMatrix3 yL, CMatrix3 yR, CMatrix3 yHat, double mR2,
                  double mS1, double[] mUpLoop, double m0, double m0I0, double gF) {
    S1R2XiData {
        mUpLoop = mUpLoop.clone();
    }

    @Override
    public double[] mUpLoop() {
        return mUpLoop.clone();
    }

    /** I0 = m0I0 / m0 (dimensionless). */
    double i0() {
        return m0I0 / m0;
    }
}
