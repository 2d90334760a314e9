package org.lqflav.data;

import java.util.List;

/**
 * One measurement (or average, or limit) of one or more observables, turned into a chi^2.
 *
 * <p>Methods take the predictions of the whole likelihood ({@code values}) and the positions of this
 * measurement's observables in it ({@code index}, aligned with {@link #observables()}), so that a scan evaluates
 * chi^2 without copying or allocating.
 */
public sealed interface Measurement permits SingleMeasurement, CorrelatedGaussian {
    /** Identifier from the reference data, e.g. {@code RD_RDs_HFLAV_spring2019}. */
    String id();

    /** Observable names (registry names), in the order of {@code index}. */
    List<String> observables();

    Provenance provenance();

    /** Kind as written in set files: gaussian, correlated_gaussian, upper_limit. */
    String kind();

    /** chi^2 of this measurement. */
    double chi2(double[] values, int[] index);

    /** Signed pull of observable {@code i} in units of its (total) sigma: (prediction - measured) / sigma. */
    double pull(double[] values, int[] index, int i);

    /**
     * Share of observable {@code i} in {@link #chi2}; the shares of one measurement add up to its chi^2
     * (for a single observable, the share is the chi^2).
     */
    double contribution(double[] values, int[] index, int i);

    /** Total 1-sigma width used for observable {@code i} at this prediction (experiment and theory combined). */
    double sigma(double[] values, int[] index, int i);
}
