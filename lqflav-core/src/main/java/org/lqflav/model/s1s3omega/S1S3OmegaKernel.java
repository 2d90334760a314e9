package org.lqflav.model.s1s3omega;

import java.util.EnumSet;
import java.util.Set;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;
import org.lqflav.eft.WetNames;
import org.lqflav.eft.WetRunning;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.MatchingKernel;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.SmInputs;

/**
 * The seed-000 matching on a reusable workspace: couplings as primitive arrays, the output in a
 * {@link LowEnergy.Reusable}. {@link S1S3Omega#match} loads a fresh kernel from the model file and matches once;
 * a scan thread keeps one kernel, sets the varied numbers and matches every point in place. Every formula of
 * {@link S1S3OmegaMatching} is written with primitive arithmetic into the reusable storage, so matching a point
 * allocates nothing (the WET evolution is rebuilt only when the matching scale M_S1 changes).
 */
public final class S1S3OmegaKernel implements MatchingKernel {
    private static final double PI2 = Math.PI * Math.PI;
    private static final String[] COUPLINGS = {"yL", "yR", "yS", "yomega"};
    private static final String[] MASSES = {"S1", "S3", "omega"};
    private static final String[] POTENTIAL = {"mu1", "mu3"};

    /** WET indices resolved once: C9_bs{lp}{l} at [l][lp], CSL/CT/CVL_bc{f}nu{i} at [f][i], CL_bsnu{i}nu{f} at [f][i]. */
    private static final int[][] C9 = new int[3][3];
    private static final int[][] C10 = new int[3][3];
    private static final int[][] CSL = new int[3][3];
    private static final int[][] CT = new int[3][3];
    private static final int[][] CVL = new int[3][3];
    private static final int[][] CL = new int[3][3];
    /** Cgamma_{initial final} and Cgamma_{final initial} for (initial, final) = (mu, e), (tau, e), (tau, mu). */
    private static final int[][] GAMMA_PAIRS = {{1, 0}, {2, 0}, {2, 1}};
    private static final int[] CGAMMA_IF = new int[3];
    private static final int[] CGAMMA_FI = new int[3];
    private static final int CVLL_BSBS = WetNames.index("CVLL_bsbs");

    static {
        for (int a = 0; a < 3; a++) {
            for (int c = 0; c < 3; c++) {
                String pair = WetNames.lepton(c) + WetNames.lepton(a);
                C9[a][c] = WetNames.index("C9_bs" + pair);
                C10[a][c] = WetNames.index("C10_bs" + pair);
                String bc = "_bc" + WetNames.lepton(a) + "nu" + WetNames.lepton(c);
                CSL[a][c] = WetNames.index("CSL" + bc);
                CT[a][c] = WetNames.index("CT" + bc);
                CVL[a][c] = WetNames.index("CVL" + bc);
                CL[a][c] = WetNames.index("CL_bsnu" + WetNames.lepton(c) + "nu" + WetNames.lepton(a));
            }
        }
        for (int p = 0; p < 3; p++) {
            String initial = WetNames.lepton(GAMMA_PAIRS[p][0]);
            String fin = WetNames.lepton(GAMMA_PAIRS[p][1]);
            CGAMMA_IF[p] = WetNames.index("Cgamma_" + initial + fin);
            CGAMMA_FI[p] = WetNames.index("Cgamma_" + fin + initial);
        }
    }

    /** A complex 3x3 matrix as primitive arrays, entry [a][b] at 3a + b. */
    static final class Mat {
        final double[] re = new double[9];
        final double[] im = new double[9];

        void load(CMatrix3 m) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    re[3 * a + b] = m.re(a, b);
                    im[3 * a + b] = m.im(a, b);
                }
            }
        }
    }

    private final SmInputs sm;
    private final boolean physicalLogs;
    private final boolean eq64Conjugate;
    private final WetRunning running;
    private WetRunning.Evolution evolution;
    /** V* (CKM conjugated), seed000 eqs. (12)-(13). */
    private final Mat vStar = new Mat();
    private final double[] mUp = new double[3];
    private final double[] mDown = new double[3];
    private final double[] mLepton = new double[3];

    /** The workspace: yL, yR, yS, yomega; masses S1, S3, omega; mu1, mu3. */
    private final Mat[] y = {new Mat(), new Mat(), new Mat(), new Mat()};
    private final double[] masses = new double[3];
    private final double[] potential = new double[2];

    /** Derived per point. */
    private final Mat w = new Mat();
    private final Mat wS = new Mat();
    private final double[] logUp1 = new double[3];
    private final double[] logUp3 = new double[3];
    private final double[] logDown3 = new double[3];
    private final double[] dipoleLog = new double[3];

    private final LowEnergy.Reusable out = LowEnergy.reusable();

    /** A kernel loaded with the numbers and options of {@code spec}. */
    public S1S3OmegaKernel(ModelSpec spec, SmInputs sm) {
        this.sm = sm;
        this.physicalLogs = spec.option(S1S3Omega.OPT_LIGHT_LOGS, "mLQ").equals("physical");
        this.eq64Conjugate = spec.option(S1S3Omega.OPT_EQ64, "conjugate").equals("conjugate");
        this.running = WetRunning.forInputs(sm);
        vStar.load(sm.ckm.conjugate());
        for (int q = 0; q < 3; q++) {
            mUp[q] = sm.mUp(q);
            mDown[q] = sm.mDown(q);
            mLepton[q] = sm.mLepton(q);
        }
        for (int k = 0; k < COUPLINGS.length; k++) {
            y[k].load(spec.coupling(COUPLINGS[k]));
        }
        for (int k = 0; k < MASSES.length; k++) {
            masses[k] = spec.mass(MASSES[k]);
        }
        for (int k = 0; k < POTENTIAL.length; k++) {
            potential[k] = spec.potential(POTENTIAL[k]);
        }
    }

    // Handles: coupling c, entry (a, b), imaginary flag im -> 1 + ((c * 9 + 3a + b) * 2 + im); masses -> -1 - k;
    // potential -> -100 - k.
    @Override
    public int couplingHandle(String name, int row, int column, boolean imaginary) {
        int c = indexOf(COUPLINGS, name);
        return 1 + ((c * 9 + 3 * row + column) * 2 + (imaginary ? 1 : 0));
    }

    @Override
    public int massHandle(String name) {
        return -1 - indexOf(MASSES, name);
    }

    @Override
    public int potentialHandle(String name) {
        return -100 - indexOf(POTENTIAL, name);
    }

    private static int indexOf(String[] names, String name) {
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no number " + name + " in model " + S1S3Omega.NAME);
    }

    @Override
    public void set(int handle, double value) {
        if (handle > 0) {
            int h = handle - 1;
            boolean imaginary = (h & 1) == 1;
            int c = (h >> 1) / 9;
            int e = (h >> 1) % 9;
            double[] part = imaginary ? y[c].im : y[c].re;
            part[e] = value;
            if (c == 3) {   // yomega is symmetric
                part[3 * (e % 3) + e / 3] = value;
            }
        } else if (handle > -100) {
            masses[-1 - handle] = value;
        } else {
            potential[-100 - handle] = value;
        }
    }

    /** The parts computed for {@code needed}: WET also needs the dipoles and C1, exported as Cgamma and CVLL_bsbs. */
    @Override
    public EnumSet<Part> parts(Set<Part> needed) {
        EnumSet<Part> parts = EnumSet.noneOf(Part.class);
        parts.addAll(needed);
        if (parts.contains(Part.WET)) {
            parts.add(Part.DIPOLES);
            parts.add(Part.BS_MIXING);
        }
        return parts;
    }

    @Override
    public LowEnergy match(EnumSet<Part> parts) {
        out.clear(parts);
        Mat yL = y[0];
        Mat yR = y[1];
        Mat yS = y[2];
        double m1 = masses[0];
        double m3 = masses[1];
        times(vStar, yL, w);     // seed000 eq. (12)
        times(vStar, yS, wS);    // seed000 eq. (13)
        logs(mUp, m1, true, logUp1);
        logs(mUp, m3, true, logUp3);
        logs(mDown, m3, false, logDown3);
        for (int q = 0; q < 3; q++) {
            dipoleLog[q] = 7.0 / 6 + 2.0 / 3 * logUp1[q];   // seed000 eqs. (21), (41)-(42)
        }
        if (parts.contains(Part.DIPOLES)) {
            for (int i = 0; i < 3; i++) {
                for (int f = 0; f < 3; f++) {
                    S1S3OmegaMatching.dipoles(w, yR, wS, yS, i, f, m1, m3, mUp, dipoleLog, mLepton[i], mLepton[f],
                            out.dipoleL, out.dipoleR);
                }
            }
        }
        if (parts.contains(Part.LFV_PENGUINS)) {
            for (int i = 0; i < 3; i++) {
                for (int f = 0; f < 3; f++) {
                    S1S3OmegaMatching.photonPenguins(w, yR, wS, yS, i, f, m1, m3, mUp, logUp1, logUp3, mLepton[i],
                            out.t1R, out.t2L, out.t2R);
                    S1S3OmegaMatching.zPenguinR(w, wS, yS, i, f, m1, m3, mUp, mDown, logUp1, logUp3, logDown3,
                            mLepton[i], sm.mZ, sm.s2w, out.zR);
                }
            }
        }
        if (parts.contains(Part.Z_COUPLINGS)) {
            S1S3Omega.zCouplings(out, eq64Conjugate, yL, yR, yS, w, wS, m1, m3, sm);
        }
        if (parts.contains(Part.MU_E_CONVERSION) || parts.contains(Part.TAU_TO_LEPTON_MESON)) {
            S1S3OmegaMatching.lowEnergyLeptonic(yS, w, wS, m1, m3, sm.v, mLepton[2], out.gLVu, out.alphaTauP);
        }
        if (parts.contains(Part.BS_MIXING)) {
            S1S3OmegaMatching.bsMixing(yL, yS, m1, m3, out.c1Bs);
        }
        if (parts.contains(Part.NEUTRINO_MASS)) {
            // seed000 eq. (16): S1 (yL, mu1) plus S3 (yS, mu3) terms, GeV -> eV
            S1S3OmegaMatching.neutrinoMassTerm(yL, y[3], potential[0], m1, masses[2], mDown, 1e9, out.neutrinoMass);
            S1S3OmegaMatching.neutrinoMassTerm(yS, y[3], potential[1], m3, masses[2], mDown, 1e9, out.neutrinoMass);
        }
        if (parts.contains(Part.WET)) {
            wet(m1, m3);
        }
        return out.lowEnergy();
    }

    /**
     * WET coefficients at the matching scale M_S1 (seed000 eqs. (25), (27)-(28), (82); dipoles and C1 exported as
     * Cgamma and CVLL_bsbs), then run to m_b with {@link WetRunning} (the evolution kept while M_S1 is unchanged).
     */
    private void wet(double m1, double m3) {
        double mb = mDown[2];
        out.scales(m1, mb);
        S1S3OmegaMatching.semileptonic(y[0], y[1], y[2], w, wS, m1, m3, sm, C9, C10, CSL, CT, CVL, CL,
                out.wetAtMatchingRe, out.wetAtMatchingIm);
        double eCharge = Math.sqrt(4 * Math.PI * sm.alphaEm);
        for (int p = 0; p < 3; p++) {
            int k = 2 * (3 * GAMMA_PAIRS[p][0] + GAMMA_PAIRS[p][1]);
            S1S3OmegaMatching.cgamma(out.dipoleL[k], out.dipoleL[k + 1], out.dipoleR[k], out.dipoleR[k + 1], eCharge,
                    CGAMMA_IF[p], CGAMMA_FI[p], out.wetAtMatchingRe, out.wetAtMatchingIm);
        }
        // seed000 eq. (93) vs flavio's H = -CVLL_bsbs O_VLL: CVLL_bsbs = -C1 at the matching scale
        // (S1S3Omega#match documents the sign).
        out.wetAtMatchingRe[CVLL_BSBS] = -out.c1Bs[0];
        out.wetAtMatchingIm[CVLL_BSBS] = -out.c1Bs[1];
        if (evolution == null || evolution.from() != m1 || evolution.to() != mb) {
            evolution = running.evolution(m1, mb);
        }
        evolution.apply(out.wetAtMatchingRe, out.wetAtMatchingIm, out.wetRe, out.wetIm);
    }

    /** c = a b for 3x3 complex matrices. */
    private static void times(Mat a, Mat b, Mat c) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < 3; k++) {
                    double ar = a.re[3 * i + k];
                    double ai = a.im[3 * i + k];
                    double br = b.re[3 * k + j];
                    double bi = b.im[3 * k + j];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                c.re[3 * i + j] = re;
                c.im[3 * i + j] = im;
            }
        }
    }

    /** log x_q = log(m_q^2/M^2); for q != t replaced by log(mu_LQ^2/M^2) = 0 unless physical logs are asked for. */
    private void logs(double[] m, double mLq, boolean hasTop, double[] l) {
        for (int q = 0; q < 3; q++) {
            l[q] = physicalLogs || (hasTop && q == 2) ? Math.log(m[q] * m[q] / (mLq * mLq)) : 0;
        }
    }
}
