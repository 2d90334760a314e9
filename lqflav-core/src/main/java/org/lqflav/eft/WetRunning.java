package org.lqflav.eft;

import java.util.ArrayList;
import java.util.List;
import org.lqflav.param.SmInputs;

/**
 * Runs a whole set of WET coefficients ({@link WetNames}, flavio basis) between two scales
 * (docs/conventions.md#wet-running). Leading-log QCD ({@link QcdRunning}) for every operator class, plus the
 * one-loop QED running of the charged-current b -> c l nu operators, where it is the leading correction to the
 * QCD result (the tensor coefficient moves by +1.9% from 1.2 TeV to m_b). What runs:
 *
 * <ul>
 *   <li>b -> c l nu: CVL (QED only, gamma_e = -4), CVR (QED, -2), CSR (QCD -8, QED 4/3), and (CSL, CT) together
 *       (QCD diag(-8, 8/3); QED [[4/3, 1/6], [8, -40/9]], CT feeding CSL): the one-loop QCD and QED anomalous
 *       dimensions of arXiv:1704.06639 (wilson, {@code wilson/run/wet/adm.py}, sector II; the flavio operators are
 *       the hermitian conjugates of wilson's JMS S_RL, S_RR, T_RR, V_LL, V_LR ones, same Dirac structure).</li>
 *   <li>Delta F = 2 (bsbs, bdbd, sdsd, ucuc): VLL and VRR gamma = 4; (VLR, SLR) [[2, 12], [0, -16]]; (SLL, TLL)
 *       and (SRR, TRR) [[-10, -1/6], [40, 34/3]] (Buras-Misiak-Urban, hep-ph/0005183 eqs. (2.4), (4.1)-(4.3), N = 3;
 *       the S-T signs flipped because BMU's tensor operator uses sigma = [gamma, gamma]/2, flavio's i/2 [gamma,
 *       gamma], so C_TLL(flavio) = -C_2^SLL(BMU)).</li>
 *   <li>Not run: C9, C9p, C10, C10p (conserved quark currents), CS, CSp, CP, CPp of b -> s(d) l l (their flavio
 *       normalisation m_b(mu) (s-bar P_R b) makes them QCD invariant), CL, CR of d_i -> d_j nu nu, Cgamma (only QED
 *       would run them, by a few per cent; not included).</li>
 * </ul>
 * QED uses a fixed alpha (the parameter set's {@code alpha_em}). Immutable; an evolution matrix is computed only for
 * sectors with a non-zero coefficient, and cached by inputs and scales (matrices are never handed out).
 */
public final class WetRunning {
    private static final String[] LEPTONS = {"e", "mu", "tau"};

    /** QCD anomalous dimensions of the b -> c l nu operators, (CSL, CT) and single ones. */
    static final double[][] GAMMA_S_SL_T = {{-8, 0}, {0, 8.0 / 3}};
    static final double[][] GAMMA_E_SL_T = {{4.0 / 3, 1.0 / 6}, {8, -40.0 / 9}};
    static final double GAMMA_S_SCALAR = -8;
    static final double GAMMA_E_SR = 4.0 / 3;
    static final double GAMMA_E_VL = -4;
    static final double GAMMA_E_VR = -2;
    /** Delta F = 2, BMU hep-ph/0005183, N = 3, in the flavio operator basis. */
    static final double GAMMA_VLL = 4;
    static final double[][] GAMMA_LR = {{2, 12}, {0, -16}};
    static final double[][] GAMMA_SLL_TLL = {{-10, -1.0 / 6}, {40, 34.0 / 3}};

    private final QcdRunning qcd;
    private final double alphaEm;

    /** Evolution matrices by inputs, scales and sector, shared by all instances (they are pure functions). */
    private record Key(QcdRunning qcd, double alphaEm, double from, double to, String sector) {
    }

    private static final java.util.Map<Key, double[][]> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param qcd     alpha_s and leading-log QCD running (its {@link QcdRunning.Order} is not used here)
     * @param alphaEm the QED coupling used in the running
     */
    public WetRunning(QcdRunning qcd, double alphaEm) {
        this.qcd = qcd;
        this.alphaEm = alphaEm;
    }

    private record Inputs(double alphaS, double mZ, double mb, double mt, double alphaEm) {
    }

    /** One instance per set of input values, so {@link #SHARED} (keyed by the QcdRunning instance) is reused. */
    private static final java.util.Map<Inputs, WetRunning> BY_INPUTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The project's running for a parameter set: two-loop alpha_s from alpha_s(m_Z), thresholds m_b, m_t. */
    public static WetRunning forInputs(SmInputs sm) {
        return BY_INPUTS.computeIfAbsent(new Inputs(sm.alphaS, sm.mZ, sm.mDown(2), sm.mUp(2), sm.alphaEm),
                k -> new WetRunning(new QcdRunning(k.alphaS(), k.mZ(), k.mb(), k.mt()), k.alphaEm()));
    }

    public QcdRunning qcd() {
        return qcd;
    }

    /** The coefficients run from their scale to {@code scale} (GeV, up or down). */
    public WilsonCoefficients run(WilsonCoefficients wc, double scale) {
        double from = wc.scale();
        int n = WetNames.size();
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = wc.re(i);
            im[i] = wc.im(i);
        }
        double[] outRe = new double[n];
        double[] outIm = new double[n];
        evolution(from, scale).apply(re, im, outRe, outIm);
        WilsonCoefficients.Builder out = WilsonCoefficients.builder(scale);
        for (int i = 0; i < n; i++) {
            out.set(i, new org.hipparchus.complex.Complex(outRe[i], outIm[i]));
        }
        return out.build();
    }

    /**
     * The evolution from {@code from} to {@code to} (GeV); its matrices are computed when first needed and kept, so
     * a scan thread holding one runs every point with {@link Evolution#apply} without allocating.
     */
    public Evolution evolution(double from, double to) {
        if (!Double.isFinite(from) || from <= 0) {
            throw new IllegalArgumentException("coefficients have no scale: " + from);
        }
        if (!Double.isFinite(to) || to <= 0) {
            throw new IllegalArgumentException("target scale must be positive, got " + to);
        }
        return new Evolution(from, to);
    }

    /** The evolution matrices between two scales, each computed (or taken from the shared cache) when first needed. */
    public final class Evolution {
        private final double from;
        private final double to;
        private final double[][][] bySector = new double[SECTORS.length][][];

        private Evolution(double from, double to) {
            this.from = from;
            this.to = to;
        }

        public double from() {
            return from;
        }

        public double to() {
            return to;
        }

        /**
         * Runs a whole coefficient set ({@link WetNames} indices): out = U in for the operators that run, out = in for
         * the others. The output arrays must differ from the input ones.
         */
        public void apply(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
            System.arraycopy(inRe, 0, outRe, 0, outRe.length);   // operators that do not run keep their value
            System.arraycopy(inIm, 0, outIm, 0, outIm.length);
            for (Group g : GROUP_ARRAY) {
                applyGroup(inRe, inIm, outRe, outIm, g);
            }
        }

        /** C_out = U C_in for the group's operators (real U acts on real and imaginary parts alike). */
        private void applyGroup(double[] inRe, double[] inIm, double[] outRe, double[] outIm, Group g) {
            int[] idx = g.idx();
            int n = idx.length;
            boolean any = false;
            for (int k = 0; k < n; k++) {
                any |= inRe[idx[k]] != 0 || inIm[idx[k]] != 0;
            }
            if (!any) {
                return;
            }
            double[][] u = matrix(g.sector());
            for (int j = 0; j < n; j++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < n; k++) {
                    re += u[j][k] * inRe[idx[k]];
                    im += u[j][k] * inIm[idx[k]];
                }
                outRe[idx[j]] = re;
                outIm[idx[j]] = im;
            }
        }

        private double[][] matrix(int sector) {
            double[][] u = bySector[sector];
            if (u == null) {
                String s = SECTORS[sector];
                Key k = new Key(qcd, alphaEm, from, to, s);
                u = SHARED.get(k);
                if (u == null) {
                    if (SHARED.size() > 4096) {
                        SHARED.clear();   // bounded: scans over many scales must not grow it without limit
                    }
                    u = compute(s);
                    SHARED.put(k, u);
                }
                bySector[sector] = u;
            }
            return u;
        }

        private double[][] compute(String sector) {
            return switch (sector) {
                case "SL_T" -> qcd.evolution(GAMMA_S_SL_T, GAMMA_E_SL_T, alphaEm, from, to);
                case "SR" -> qcd.evolution(new double[][] {{GAMMA_S_SCALAR}}, new double[][] {{GAMMA_E_SR}}, alphaEm,
                        from, to);
                case "VL" -> qcd.evolution(new double[][] {{0}}, new double[][] {{GAMMA_E_VL}}, alphaEm, from, to);
                case "VR" -> qcd.evolution(new double[][] {{0}}, new double[][] {{GAMMA_E_VR}}, alphaEm, from, to);
                case "VLL" -> new double[][] {{qcd.diagonalFactor(GAMMA_VLL, from, to)}};
                case "LR" -> qcd.evolution(GAMMA_LR, null, 0, from, to);
                case "SLL_TLL" -> qcd.evolution(GAMMA_SLL_TLL, null, 0, from, to);
                default -> throw new IllegalArgumentException(sector);
            };
        }
    }

    private static final String[] SECTORS = {"SL_T", "SR", "VL", "VR", "VLL", "LR", "SLL_TLL"};

    /** Operators that mix under running, with their sector's evolution matrix; indices resolved once. */
    private record Group(int sector, int[] idx) {
        static Group of(String sector, String... names) {
            int[] idx = new int[names.length];
            for (int k = 0; k < names.length; k++) {
                idx[k] = WetNames.index(names[k]);
            }
            return new Group(java.util.Arrays.asList(SECTORS).indexOf(sector), idx);
        }
    }

    private static final List<Group> GROUPS = groups();
    private static final Group[] GROUP_ARRAY = GROUPS.toArray(new Group[0]);

    private static List<Group> groups() {
        List<Group> g = new ArrayList<>();
        for (String l : LEPTONS) {
            for (String nu : LEPTONS) {
                String s = "_bc" + l + "nu" + nu;
                g.add(Group.of("SL_T", "CSL" + s, "CT" + s));
                g.add(Group.of("SR", "CSR" + s));
                g.add(Group.of("VL", "CVL" + s));
                g.add(Group.of("VR", "CVR" + s));
            }
        }
        for (String q : new String[] {"bsbs", "bdbd", "sdsd", "ucuc"}) {
            g.add(Group.of("VLL", "CVLL_" + q));
            g.add(Group.of("VLL", "CVRR_" + q));
            g.add(Group.of("LR", "CVLR_" + q, "CSLR_" + q));
            g.add(Group.of("SLL_TLL", "CSLL_" + q, "CTLL_" + q));
            g.add(Group.of("SLL_TLL", "CSRR_" + q, "CTRR_" + q));
        }
        return List.copyOf(g);
    }

    /** Names of the operators this class runs (for documentation and tests). */
    static List<String> runningNames() {
        List<String> n = new ArrayList<>();
        for (String l : LEPTONS) {
            for (String nu : LEPTONS) {
                for (String op : new String[] {"CSL", "CT", "CSR", "CVL", "CVR"}) {
                    n.add(op + "_bc" + l + "nu" + nu);
                }
            }
        }
        for (String q : new String[] {"bsbs", "bdbd", "sdsd", "ucuc"}) {
            for (String op : new String[] {"CVLL", "CVRR", "CVLR", "CSLR", "CSLL", "CTLL", "CSRR", "CTRR"}) {
                n.add(op + "_" + q);
            }
        }
        return n;
    }
}
