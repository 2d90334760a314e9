package org.lqflav.eft;

import org.hipparchus.complex.Complex;
import org.lqflav.math.CMatrix3;

/**
 * What a UV model hands to the observables: Wilson coefficients and other low-energy quantities, each in the
 * normalisation of docs/conventions.md. All new physics only. Lepton indices are 0-based (e, mu, tau);
 * for a transition the first index is the initial (decaying) lepton. Immutable; built with {@link Builder}.
 */
public final class LowEnergy {
    /** Mesons of tau -> l P (seed000 sec. 4.8). */
    public enum TauMeson { PHI, ETA, ETA_PRIME }

    private final Complex[][] dipoleL;
    private final Complex[][] dipoleR;
    private final Complex[][] t1L;
    private final Complex[][] t1R;
    private final Complex[][] t2L;
    private final Complex[][] t2R;
    private final Complex[][] zL;
    private final Complex[][] zR;
    private final Complex[][] c9;
    private final Complex[][] c10;
    private final Complex[][] cVL;
    private final Complex[][] cSL;
    private final Complex[][] cT;
    private final Complex[][] cLnunu;
    private final Complex[][] dgL;
    private final Complex[][] dgR;
    private final Complex[][] dgNu;
    private final Complex[][] gLVu;
    private final Complex[][] alphaTauP;
    private final Complex c1Bs;
    private final CMatrix3 neutrinoMass;

    private LowEnergy(Builder b) {
        dipoleL = copy(b.dipoleL);
        dipoleR = copy(b.dipoleR);
        t1L = copy(b.t1L);
        t1R = copy(b.t1R);
        t2L = copy(b.t2L);
        t2R = copy(b.t2R);
        zL = copy(b.zL);
        zR = copy(b.zR);
        c9 = copy(b.c9);
        c10 = copy(b.c10);
        cVL = copy(b.cVL);
        cSL = copy(b.cSL);
        cT = copy(b.cT);
        cLnunu = copy(b.cLnunu);
        dgL = copy(b.dgL);
        dgR = copy(b.dgR);
        dgNu = copy(b.dgNu);
        gLVu = copy(b.gLVu);
        alphaTauP = copy(b.alphaTauP);
        c1Bs = b.c1Bs;
        neutrinoMass = b.neutrinoMass;
    }

    /** sigma_L^{if} of seed000 eq. (20), GeV^-1: dipole for l_i -> l_f gamma (i = f: magnetic moment). */
    public Complex dipoleL(int i, int f) { return dipoleL[i][f]; }

    /** sigma_R^{if} of seed000 eq. (20), GeV^-1. */
    public Complex dipoleR(int i, int f) { return dipoleR[i][f]; }

    /** Photon-penguin form factors T_{1L,1R,2L,2R} of seed000 eqs. (48)-(56) for l_i -> l_f, GeV^-2. */
    public Complex t1L(int i, int f) { return t1L[i][f]; }
    public Complex t1R(int i, int f) { return t1R[i][f]; }
    public Complex t2L(int i, int f) { return t2L[i][f]; }
    public Complex t2R(int i, int f) { return t2R[i][f]; }

    /** Z-penguin form factors Z_{L,R} of seed000 eqs. (57)-(59) for l_i -> l_f, GeV^-2. */
    public Complex zL(int i, int f) { return zL[i][f]; }
    public Complex zR(int i, int f) { return zR[i][f]; }

    /** C9^{l l'} for b -> s l^- l'^+ at mu = m_b, flavio's C9_bsll' normalisation (seed000 eqs. (23)-(25)). */
    public Complex c9(int l, int lp) { return c9[l][lp]; }

    /** C10^{l l'} for b -> s l l', as {@link #c9}. */
    public Complex c10(int l, int lp) { return c10[l][lp]; }

    /** C_V^{fi} (flavio CVL_bclnu) for b -> c l_f nubar_i at mu = m_b, seed000 eq. (26). */
    public Complex cVL(int f, int i) { return cVL[f][i]; }

    /** C_S^{fi} (flavio CSL_bclnu) at mu = m_b, seed000 eq. (26). */
    public Complex cSL(int f, int i) { return cSL[f][i]; }

    /** C_T^{fi} (flavio CT_bclnu) at mu = m_b, seed000 eq. (26). */
    public Complex cT(int f, int i) { return cT[f][i]; }

    /** C_L^{fi} for b -> s nu_f nubar_i, seed000 eq. (82) (flavio CL_bsnunu normalisation). */
    public Complex cLnunu(int f, int i) { return cLnunu[f][i]; }

    /** delta g_L^{ij} of the Z coupling to charged leptons, seed000 eqs. (63)-(64). */
    public Complex dgL(int i, int j) { return dgL[i][j]; }

    /** delta g_R^{ij} of the Z coupling to charged leptons, seed000 eqs. (63)-(64). */
    public Complex dgR(int i, int j) { return dgR[i][j]; }

    /** delta g_{nu L}^{ij} of the Z coupling to neutrinos, seed000 eq. (71). */
    public Complex dgNu(int i, int j) { return dgNu[i][j]; }

    /** g_LV^(u) for mu (i) -> e (f) conversion, in units of G_F, seed000 eqs. (73)-(74). */
    public Complex gLVu(int i, int f) { return gLVu[i][f]; }

    /** alpha_P of seed000 eq. (85) for tau -> l_f P, GeV^-1 (f = 0, 1). */
    public Complex alphaTauP(TauMeson p, int f) { return alphaTauP[p.ordinal()][f]; }

    /** C_1^NP of the Bs mixing operator (bbar_L gamma s_L)^2, GeV^-2, seed000 eqs. (93)-(94). */
    public Complex c1Bs() { return c1Bs; }

    /** Majorana neutrino mass matrix in the flavour basis (e, mu, tau), eV. */
    public CMatrix3 neutrinoMass() { return neutrinoMass; }

    private static Complex[][] copy(Complex[][] a) {
        Complex[][] c = new Complex[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable collector; every entry starts at zero. */
    public static final class Builder {
        public final Complex[][] dipoleL = zeros(3);
        public final Complex[][] dipoleR = zeros(3);
        public final Complex[][] t1L = zeros(3);
        public final Complex[][] t1R = zeros(3);
        public final Complex[][] t2L = zeros(3);
        public final Complex[][] t2R = zeros(3);
        public final Complex[][] zL = zeros(3);
        public final Complex[][] zR = zeros(3);
        public final Complex[][] c9 = zeros(3);
        public final Complex[][] c10 = zeros(3);
        public final Complex[][] cVL = zeros(3);
        public final Complex[][] cSL = zeros(3);
        public final Complex[][] cT = zeros(3);
        public final Complex[][] cLnunu = zeros(3);
        public final Complex[][] dgL = zeros(3);
        public final Complex[][] dgR = zeros(3);
        public final Complex[][] dgNu = zeros(3);
        public final Complex[][] gLVu = zeros(3);
        public final Complex[][] alphaTauP = zeros(TauMeson.values().length, 2);
        public Complex c1Bs = Complex.ZERO;
        public CMatrix3 neutrinoMass = CMatrix3.ZERO;

        private Builder() {
        }

        public LowEnergy build() {
            return new LowEnergy(this);
        }

        private static Complex[][] zeros(int n) {
            return zeros(n, n);
        }

        private static Complex[][] zeros(int n, int m) {
            Complex[][] z = new Complex[n][m];
            for (Complex[] row : z) {
                java.util.Arrays.fill(row, Complex.ZERO);
            }
            return z;
        }
    }
}
