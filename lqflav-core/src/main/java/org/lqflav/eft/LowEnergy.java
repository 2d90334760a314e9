package org.lqflav.eft;

import org.hipparchus.complex.Complex;
import org.lqflav.math.CMatrix3;

/**
 * What a UV model hands to the observables: Wilson coefficients and other low-energy quantities, each in the
 * normalisation of docs/conventions.md. All new physics only. Lepton indices are 0-based (e, mu, tau);
 * for a transition the first index is the initial (decaying) lepton. Immutable when built with {@link Builder} or
 * returned by a model's {@code match}; a scan thread's {@link #reusable()} storage is refilled in place per point.
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

    /**
     * Storage: each 3x3 complex quantity is a double[18] (entry [a][b] at 2 (3a + b), imaginary part next to it),
     * alpha_P a double[12] ([p][f] at 2 (2p + f)). A LowEnergy built by {@link Builder#build} owns copies; one made
     * by {@link #reusable()} shares its arrays with the {@link Reusable} that refills them in place (scan loops).
     */
    private final double[] dipoleL;
    private final double[] dipoleR;
    private final double[] t1L;
    private final double[] t1R;
    private final double[] t2L;
    private final double[] t2R;
    private final double[] zL;
    private final double[] zR;
    private final double[] dgL;
    private final double[] dgR;
    private final double[] dgNu;
    private final double[] gLVu;
    private final double[] alphaTauP;
    /** C1(Bs): re, im. */
    private final double[] c1Bs;
    /** Neutrino mass matrix, eV, in the CMatrix3 layout of the other matrices. */
    private final double[] neutrinoMass;
    private final WilsonCoefficients wet;
    private final WilsonCoefficients wetAtMatching;
    private Object modelData;
    private final java.util.EnumSet<Part> provided;

    private LowEnergy(Reusable r) {
        dipoleL = r.dipoleL;
        dipoleR = r.dipoleR;
        t1L = r.t1L;
        t1R = r.t1R;
        t2L = r.t2L;
        t2R = r.t2R;
        zL = r.zL;
        zR = r.zR;
        dgL = r.dgL;
        dgR = r.dgR;
        dgNu = r.dgNu;
        gLVu = r.gLVu;
        alphaTauP = r.alphaTauP;
        c1Bs = r.c1Bs;
        neutrinoMass = r.neutrinoMass;
        wet = WilsonCoefficients.view(r.wetRe, r.wetIm);
        wetAtMatching = WilsonCoefficients.view(r.wetAtMatchingRe, r.wetAtMatchingIm);
        provided = r.provided;
    }

    private static LowEnergy fromBuilder(Builder b) {
        Reusable r = new Reusable();
        put(b.dipoleL, r.dipoleL);
        put(b.dipoleR, r.dipoleR);
        put(b.t1L, r.t1L);
        put(b.t1R, r.t1R);
        put(b.t2L, r.t2L);
        put(b.t2R, r.t2R);
        put(b.zL, r.zL);
        put(b.zR, r.zR);
        put(b.dgL, r.dgL);
        put(b.dgR, r.dgR);
        put(b.dgNu, r.dgNu);
        put(b.gLVu, r.gLVu);
        put(b.alphaTauP, r.alphaTauP);
        r.c1Bs[0] = b.c1Bs.getReal();
        r.c1Bs[1] = b.c1Bs.getImaginary();
        r.setNeutrinoMass(b.neutrinoMass);
        WilsonCoefficients wet = b.wet == null ? WilsonCoefficients.ZERO : b.wet.build();
        WilsonCoefficients atMatching = b.wetAtMatching == null ? WilsonCoefficients.ZERO : b.wetAtMatching.build();
        for (int k = 0; k < WetNames.size(); k++) {
            r.wetRe[k] = wet.re(k);
            r.wetIm[k] = wet.im(k);
            r.wetAtMatchingRe[k] = atMatching.re(k);
            r.wetAtMatchingIm[k] = atMatching.im(k);
        }
        r.scales(atMatching.scale(), wet.scale());
        r.provided.addAll(b.provided);
        r.le.modelData = b.modelData;
        return r.le;
    }

    private static void put(Complex[][] from, double[] to) {
        int n = from[0].length;
        for (int a = 0; a < from.length; a++) {
            for (int c = 0; c < n; c++) {
                to[2 * (n * a + c)] = from[a][c].getReal();
                to[2 * (n * a + c) + 1] = from[a][c].getImaginary();
            }
        }
    }

    private static Complex z(double[] m, int a, int b) {
        return new Complex(m[2 * (3 * a + b)], m[2 * (3 * a + b) + 1]);
    }

    /** A LowEnergy whose storage is refilled in place by its owner (one per scan thread; not thread-safe). */
    public static Reusable reusable() {
        return new Reusable();
    }

    /** The groups of quantities the model computed. */
    public boolean provides(Part part) {
        return provided.contains(part);
    }

    /** sigma_L^{if} of seed000 eq. (20), GeV^-1: dipole for l_i -> l_f gamma (i = f: magnetic moment). */
    public Complex dipoleL(int i, int f) { return z(dipoleL, i, f); }

    /** sigma_R^{if} of seed000 eq. (20), GeV^-1. */
    public Complex dipoleR(int i, int f) { return z(dipoleR, i, f); }

    /** Photon-penguin form factors T_{1L,1R,2L,2R} of seed000 eqs. (48)-(56) for l_i -> l_f, GeV^-2. */
    public Complex t1L(int i, int f) { return z(t1L, i, f); }
    public Complex t1R(int i, int f) { return z(t1R, i, f); }
    public Complex t2L(int i, int f) { return z(t2L, i, f); }
    public Complex t2R(int i, int f) { return z(t2R, i, f); }

    /** Z-penguin form factors Z_{L,R} of seed000 eqs. (57)-(59) for l_i -> l_f, GeV^-2. */
    public Complex zL(int i, int f) { return z(zL, i, f); }
    public Complex zR(int i, int f) { return z(zR, i, f); }

    /** Re and Im of the penguin form factors (no allocation). */
    public double t1LRe(int i, int f) { return t1L[2 * (3 * i + f)]; }

    public double t1LIm(int i, int f) { return t1L[2 * (3 * i + f) + 1]; }

    public double t1RRe(int i, int f) { return t1R[2 * (3 * i + f)]; }

    public double t1RIm(int i, int f) { return t1R[2 * (3 * i + f) + 1]; }

    public double t2LRe(int i, int f) { return t2L[2 * (3 * i + f)]; }

    public double t2LIm(int i, int f) { return t2L[2 * (3 * i + f) + 1]; }

    public double t2RRe(int i, int f) { return t2R[2 * (3 * i + f)]; }

    public double t2RIm(int i, int f) { return t2R[2 * (3 * i + f) + 1]; }

    public double zLRe(int i, int f) { return zL[2 * (3 * i + f)]; }

    public double zLIm(int i, int f) { return zL[2 * (3 * i + f) + 1]; }

    public double zRRe(int i, int f) { return zR[2 * (3 * i + f)]; }

    public double zRIm(int i, int f) { return zR[2 * (3 * i + f) + 1]; }

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

    /** Re and Im of {@link #c9}, {@link #c10}, {@link #cVL}, {@link #cSL}, {@link #cT}, {@link #cLnunu} (no allocation). */
    public double c9Re(int l, int lp) { return wet.re(C9[l][lp]); }

    public double c9Im(int l, int lp) { return wet.im(C9[l][lp]); }

    public double c10Re(int l, int lp) { return wet.re(C10[l][lp]); }

    public double c10Im(int l, int lp) { return wet.im(C10[l][lp]); }

    public double cVLRe(int f, int i) { return wet.re(CVL[f][i]); }

    public double cVLIm(int f, int i) { return wet.im(CVL[f][i]); }

    public double cSLRe(int f, int i) { return wet.re(CSL[f][i]); }

    public double cSLIm(int f, int i) { return wet.im(CSL[f][i]); }

    public double cTRe(int f, int i) { return wet.re(CT[f][i]); }

    public double cTIm(int f, int i) { return wet.im(CT[f][i]); }

    public double cLnunuRe(int f, int i) { return wet.re(CL[f][i]); }

    public double cLnunuIm(int f, int i) { return wet.im(CL[f][i]); }

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
    public Complex dgL(int i, int j) { return z(dgL, i, j); }

    /** delta g_R^{ij} of the Z coupling to charged leptons, seed000 eqs. (63)-(64). */
    public Complex dgR(int i, int j) { return z(dgR, i, j); }

    /** delta g_{nu L}^{ij} of the Z coupling to neutrinos, seed000 eq. (71). */
    public Complex dgNu(int i, int j) { return z(dgNu, i, j); }

    /** Re and Im of {@link #dgNu} (no allocation). */
    public double dgNuRe(int i, int j) { return dgNu[2 * (3 * i + j)]; }

    public double dgNuIm(int i, int j) { return dgNu[2 * (3 * i + j) + 1]; }

    /** g_LV^(u) for mu (i) -> e (f) conversion, in units of G_F, seed000 eqs. (73)-(74). */
    public Complex gLVu(int i, int f) { return z(gLVu, i, f); }

    /** Re and Im of {@link #gLVu} (no allocation). */
    public double gLVuRe(int i, int f) { return gLVu[2 * (3 * i + f)]; }

    public double gLVuIm(int i, int f) { return gLVu[2 * (3 * i + f) + 1]; }

    /** Re and Im of {@link #alphaTauP} (no allocation). */
    public double alphaTauPRe(TauMeson p, int f) { return alphaTauP[2 * (2 * p.ordinal() + f)]; }

    public double alphaTauPIm(TauMeson p, int f) { return alphaTauP[2 * (2 * p.ordinal() + f) + 1]; }

    /** alpha_P of seed000 eq. (85) for tau -> l_f P, GeV^-1 (f = 0, 1). */
    public Complex alphaTauP(TauMeson p, int f) { return new Complex(alphaTauP[2 * (2 * p.ordinal() + f)], alphaTauP[2 * (2 * p.ordinal() + f) + 1]); }

    /** C_1^NP of the Bs mixing operator (bbar_L gamma s_L)^2, GeV^-2, seed000 eqs. (93)-(94). */
    public Complex c1Bs() { return new Complex(c1Bs[0], c1Bs[1]); }

    /** Re C_1^NP(Bs) (see {@link #c1Bs()}); primitive accessors like this one let hot loops read without allocating. */
    public double c1BsRe() { return c1Bs[0]; }

    public double c1BsIm() { return c1Bs[1]; }

    /** Majorana neutrino mass matrix in the flavour basis (e, mu, tau), eV. */
    public CMatrix3 neutrinoMass() {
        double[][] re = new double[3][3];
        double[][] im = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                re[a][b] = neutrinoMass[2 * (3 * a + b)];
                im[a][b] = neutrinoMass[2 * (3 * a + b) + 1];
            }
        }
        return CMatrix3.of(re, im);
    }

    /** Re and Im of the neutrino mass matrix entry [a][b], eV. */
    public double neutrinoMassRe(int a, int b) { return neutrinoMass[2 * (3 * a + b)]; }

    public double neutrinoMassIm(int a, int b) { return neutrinoMass[2 * (3 * a + b) + 1]; }

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
            return fromBuilder(this);
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

    /**
     * The writable storage behind a {@link LowEnergy} ({@link #lowEnergy()}), for a model's matching to fill in
     * place without allocating: the same arrays the getters read, in the layout described at the fields of
     * LowEnergy. A model's {@code match} fills a fresh one; a scan thread keeps one and refills it per point.
     */
    public static final class Reusable {
        public final double[] dipoleL = new double[18];
        public final double[] dipoleR = new double[18];
        public final double[] t1L = new double[18];
        public final double[] t1R = new double[18];
        public final double[] t2L = new double[18];
        public final double[] t2R = new double[18];
        public final double[] zL = new double[18];
        public final double[] zR = new double[18];
        public final double[] dgL = new double[18];
        public final double[] dgR = new double[18];
        public final double[] dgNu = new double[18];
        public final double[] gLVu = new double[18];
        public final double[] alphaTauP = new double[12];
        public final double[] c1Bs = new double[2];
        public final double[] neutrinoMass = new double[18];
        /** WET at the low scale and at the matching scale, indexed by {@link WetNames#index}. */
        public final double[] wetRe = new double[WetNames.size()];
        public final double[] wetIm = new double[WetNames.size()];
        public final double[] wetAtMatchingRe = new double[WetNames.size()];
        public final double[] wetAtMatchingIm = new double[WetNames.size()];
        private final java.util.EnumSet<Part> provided = java.util.EnumSet.noneOf(Part.class);
        private final LowEnergy le;

        private Reusable() {
            le = new LowEnergy(this);
        }

        /** The view the observables read (the same object for the life of this storage). */
        public LowEnergy lowEnergy() {
            return le;
        }

        /** Sets every entry to zero and the provided parts to {@code parts}. */
        public void clear(java.util.Set<Part> parts) {
            java.util.Arrays.fill(dipoleL, 0);
            java.util.Arrays.fill(dipoleR, 0);
            java.util.Arrays.fill(t1L, 0);
            java.util.Arrays.fill(t1R, 0);
            java.util.Arrays.fill(t2L, 0);
            java.util.Arrays.fill(t2R, 0);
            java.util.Arrays.fill(zL, 0);
            java.util.Arrays.fill(zR, 0);
            java.util.Arrays.fill(dgL, 0);
            java.util.Arrays.fill(dgR, 0);
            java.util.Arrays.fill(dgNu, 0);
            java.util.Arrays.fill(gLVu, 0);
            java.util.Arrays.fill(alphaTauP, 0);
            java.util.Arrays.fill(c1Bs, 0);
            java.util.Arrays.fill(neutrinoMass, 0);
            java.util.Arrays.fill(wetRe, 0);
            java.util.Arrays.fill(wetIm, 0);
            java.util.Arrays.fill(wetAtMatchingRe, 0);
            java.util.Arrays.fill(wetAtMatchingIm, 0);
            scales(Double.NaN, Double.NaN);
            if (!provided.equals(parts)) {
                provided.clear();
                provided.addAll(parts);
            }
        }

        /** The scales (GeV) of the two WET sets. */
        public void scales(double matching, double low) {
            le.wetAtMatching.setScale(matching);
            le.wet.setScale(low);
        }

        /** Stores the neutrino mass matrix (eV). */
        public void setNeutrinoMass(CMatrix3 m) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    neutrinoMass[2 * (3 * a + b)] = m.re(a, b);
                    neutrinoMass[2 * (3 * a + b) + 1] = m.im(a, b);
                }
            }
        }

        /** Model-specific data for the model's own observables ({@link LowEnergy#modelData}). */
        public void modelData(Object data) {
            le.modelData = data;
        }
    }
}
