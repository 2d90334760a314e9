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

    /**
     * Groups of quantities a model may compute. An observable needs some; {@code predict} lists only those whose
     * groups the model provides, so a quantity a model does not compute never shows up as a zero.
     */
    public enum Part {
        /** {@link #wet()}: every WET coefficient the model generates (absent ones are zero). */
        WET,
        /** Lepton dipoles sigma_L, sigma_R. */
        DIPOLES,
        /** Photon and Z penguins of l -> 3l (seed000 eqs. (50)-(59)). */
        LFV_PENGUINS,
        /** delta g of the Z couplings to charged leptons and neutrinos. */
        Z_COUPLINGS,
        /** g_LV^(u) of mu - e conversion. */
        MU_E_CONVERSION,
        /** alpha_P of tau -> l P. */
        TAU_TO_LEPTON_MESON,
        /** C1 of Bs mixing in seed000's normalisation. */
        BS_MIXING,
        /** The Majorana neutrino mass matrix. */
        NEUTRINO_MASS
    }

    private final Complex[][] dipoleL;
    private final Complex[][] dipoleR;
    private final Complex[][] t1L;
    private final Complex[][] t1R;
    private final Complex[][] t2L;
    private final Complex[][] t2R;
    private final Complex[][] zL;
    private final Complex[][] zR;
    private final Complex[][] dgL;
    private final Complex[][] dgR;
    private final Complex[][] dgNu;
    private final Complex[][] gLVu;
    private final Complex[][] alphaTauP;
    private final Complex c1Bs;
    private final CMatrix3 neutrinoMass;
    private final WilsonCoefficients wet;
    private final WilsonCoefficients wetAtMatching;
    private final Object modelData;
    private final java.util.Set<Part> provided;

    private LowEnergy(Builder b) {
        dipoleL = copy(b.dipoleL);
        dipoleR = copy(b.dipoleR);
        t1L = copy(b.t1L);
        t1R = copy(b.t1R);
        t2L = copy(b.t2L);
        t2R = copy(b.t2R);
        zL = copy(b.zL);
        zR = copy(b.zR);
        dgL = copy(b.dgL);
        dgR = copy(b.dgR);
        dgNu = copy(b.dgNu);
        gLVu = copy(b.gLVu);
        alphaTauP = copy(b.alphaTauP);
        c1Bs = b.c1Bs;
        neutrinoMass = b.neutrinoMass;
        wet = b.wet == null ? WilsonCoefficients.ZERO : b.wet.build();
        wetAtMatching = b.wetAtMatching == null ? WilsonCoefficients.ZERO : b.wetAtMatching.build();
        modelData = b.modelData;
        provided = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(b.provided));
    }

    /** The groups of quantities the model computed. */
    public boolean provides(Part part) {
        return provided.contains(part);
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

    /** New-physics WET coefficients at mu = m_b (flavio basis, docs/conventions.md#wet). */
    public WilsonCoefficients wet() { return wet; }

    /** The same before running: at the matching scale ({@link WilsonCoefficients#scale()}). */
    public WilsonCoefficients wetAtMatching() { return wetAtMatching; }

    /**
     * Model-specific low-energy data for observables registered by that model (null when the model has none).
     *
     * @throws IllegalStateException when the model's data is not of the asked type (an observable registered for
     *                               the wrong model: a bug)
     */
    public <T> T modelData(Class<T> type) {
        if (!type.isInstance(modelData)) {
            throw new IllegalStateException("low-energy data is " + modelData + ", not " + type.getSimpleName());
        }
        return type.cast(modelData);
    }

    /**
     * C9 of (sbar gamma P_L b)(lbar_l gamma l_lp) at m_b (seed000 eqs. (23)-(25)). WCxf names put the barred
     * lepton second (C9_bsemu is (sbar b)(mubar gamma e), wet.flavio.basis.yml), so this is C9_bs{lp}{l}.
     */
    public Complex c9(int l, int lp) { return wet.get(C9[l][lp]); }

    /** C10 of (sbar gamma P_L b)(lbar_l gamma gamma5 l_lp) at m_b: C10_bs{lp}{l}. */
    public Complex c10(int l, int lp) { return wet.get(C10[l][lp]); }

    /** CVL_bc l_f nu_i at m_b (seed000 eq. (26)). */
    public Complex cVL(int f, int i) { return wet.get(CVL[f][i]); }

    /** CSL_bc l_f nu_i at m_b. */
    public Complex cSL(int f, int i) { return wet.get(CSL[f][i]); }

    /** CT_bc l_f nu_i at m_b. */
    public Complex cT(int f, int i) { return wet.get(CT[f][i]); }

    /** C_L of (sbar gamma P_L b)(nubar_f gamma (1-gamma5) nu_i) (seed000 eq. (82)): CL_bsnu{i}nu{f} in WCxf. */
    public Complex cLnunu(int f, int i) { return wet.get(CL[f][i]); }

    private static final int[][] C9 = transpose(indices("C9_bs%s%s"));
    private static final int[][] C10 = transpose(indices("C10_bs%s%s"));
    private static final int[][] CVL = indices("CVL_bc%snu%s");
    private static final int[][] CSL = indices("CSL_bc%snu%s");
    private static final int[][] CT = indices("CT_bc%snu%s");
    private static final int[][] CL = transpose(indices("CL_bsnu%snu%s"));

    /** WET indices of a lepton-pair family: idx[a][b] is the name with a first and b second. */
    private static int[][] indices(String pattern) {
        int[][] idx = new int[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                idx[a][b] = WetNames.index(String.format(pattern, WetNames.lepton(a), WetNames.lepton(b)));
            }
        }
        return idx;
    }

    private static int[][] transpose(int[][] idx) {
        int[][] t = new int[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                t[a][b] = idx[b][a];
            }
        }
        return t;
    }

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
        public final Complex[][] dgL = zeros(3);
        public final Complex[][] dgR = zeros(3);
        public final Complex[][] dgNu = zeros(3);
        public final Complex[][] gLVu = zeros(3);
        public final Complex[][] alphaTauP = zeros(TauMeson.values().length, 2);
        public Complex c1Bs = Complex.ZERO;
        public CMatrix3 neutrinoMass = CMatrix3.ZERO;
        /** WET coefficients at m_b; created by {@link #scales}, which a model providing WET calls first. */
        public WilsonCoefficients.Builder wet;
        /** The same at the matching scale, before running. */
        public WilsonCoefficients.Builder wetAtMatching;
        public Object modelData;
        private final java.util.EnumSet<Part> provided = java.util.EnumSet.noneOf(Part.class);

        private Builder() {
        }

        /** Declares which groups of quantities this model computes (see {@link Part}). */
        public Builder provides(Part... parts) {
            provided.addAll(java.util.List.of(parts));
            return this;
        }

        /** Starts the two coefficient sets at their scales (GeV); call before setting coefficients. */
        public Builder scales(double matching, double low) {
            wetAtMatching = WilsonCoefficients.builder(matching);
            wet = WilsonCoefficients.builder(low);
            return this;
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
