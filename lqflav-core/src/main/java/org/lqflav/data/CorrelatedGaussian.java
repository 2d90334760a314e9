package org.lqflav.data;

import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Several observables measured together with a correlation matrix (e.g. the R_D - R_D* average),
 * chi^2 = r^T C^-1 r with r = prediction - value and
 * <pre>
 *   C_ij = rho_ij sigma_i sigma_j + delta_ij theory_i^2
 * </pre>
 * (the SM-prediction theory uncertainties are taken as uncorrelated with each other and with the experiment).
 * The share of observable i is r_i (C^-1 r)_i; the shares add up to chi^2 (a share can be negative when the
 * correlation pulls the other way). The pull of observable i is r_i / sqrt(C_ii), its marginal pull.
 */
public final class CorrelatedGaussian implements Measurement {
    private final String id;
    private final List<String> observables;
    private final double[] values;
    private final double[] sigmas;
    private final double[][] correlation;
    private final double[] theory;
    private final Provenance provenance;
    private final double[][] inverse;
    private final double[] diagonal;

    /**
     * @param correlation symmetric, unit diagonal, positive definite
     * @param theory      absolute SM-prediction uncertainties (0 where none)
     */
    public CorrelatedGaussian(String id, List<String> observables, double[] values, double[] sigmas,
                              double[][] correlation, double[] theory, Provenance provenance) {
        int n = observables.size();
        if (n < 2 || values.length != n || sigmas.length != n || correlation.length != n || theory.length != n) {
            throw new IllegalArgumentException(id + ": need 2 or more observables with matching arrays");
        }
        this.id = id;
        this.observables = List.copyOf(observables);
        this.values = values.clone();
        this.sigmas = sigmas.clone();
        this.theory = theory.clone();
        this.provenance = provenance;
        this.correlation = new double[n][];
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            this.correlation[i] = correlation[i].clone();
            for (int j = 0; j < n; j++) {
                c[i][j] = correlation[i][j] * sigmas[i] * sigmas[j] + (i == j ? theory[i] * theory[i] : 0.0);
            }
        }
        RealMatrix cov = new Array2DRowRealMatrix(c, false);
        // throws MathIllegalArgumentException when C is not symmetric positive definite; callers check first
        this.inverse = new CholeskyDecomposition(cov).getSolver().getInverse().getData();
        this.diagonal = new double[n];
        for (int i = 0; i < n; i++) {
            diagonal[i] = Math.sqrt(c[i][i]);
        }
    }

    /** Whether a correlation matrix is symmetric with unit diagonal, entries in [-1, 1], and positive definite. */
    public static boolean isValidCorrelation(double[][] rho) {
        int n = rho.length;
        for (int i = 0; i < n; i++) {
            if (rho[i].length != n || rho[i][i] != 1.0) {
                return false;
            }
            for (int j = 0; j < n; j++) {
                if (!(Math.abs(rho[i][j]) <= 1.0) || rho[i][j] != rho[j][i]) {
                    return false;
                }
            }
        }
        try {
            new CholeskyDecomposition(new Array2DRowRealMatrix(rho, true));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> observables() {
        return observables;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public String kind() {
        return "correlated_gaussian";
    }

    public double value(int i) {
        return values[i];
    }

    /** Experimental 1-sigma error of observable i. */
    public double experimentalSigma(int i) {
        return sigmas[i];
    }

    public double theory(int i) {
        return theory[i];
    }

    public double correlation(int i, int j) {
        return correlation[i][j];
    }

    @Override
    public double chi2(double[] x, int[] index) {
        int n = values.length;
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double ri = x[index[i]] - values[i];
            for (int j = 0; j < n; j++) {
                chi2 += ri * inverse[i][j] * (x[index[j]] - values[j]);
            }
        }
        return chi2;
    }

    @Override
    public double pull(double[] x, int[] index, int i) {
        return (x[index[i]] - values[i]) / diagonal[i];
    }

    @Override
    public double contribution(double[] x, int[] index, int i) {
        double ri = x[index[i]] - values[i];
        double s = 0;
        for (int j = 0; j < values.length; j++) {
            s += inverse[i][j] * (x[index[j]] - values[j]);
        }
        return ri * s;
    }

    @Override
    public double sigma(double[] x, int[] index, int i) {
        return diagonal[i];
    }
}
