/**
 * Measurement sets and the likelihood built from them (docs/data.md).
 *
 * <p>A {@link org.lqflav.data.MeasurementSet} is a versioned, cited YAML file ({@code seeds2021}: what the seed papers
 * used; {@code current}: 2025/26 values; or a user file) mapping each measurement to an observable name of the
 * registry. Three kinds: {@link org.lqflav.data.GaussianMeasurement} (symmetric or asymmetric errors),
 * {@link org.lqflav.data.CorrelatedGaussian} (e.g. R_D with R_D*) and {@link org.lqflav.data.LimitMeasurement}
 * (upper limit at a confidence level). The theory uncertainty of the SM prediction is added in quadrature.
 * {@link org.lqflav.data.Likelihood} turns predictions into chi^2, per-observable contributions and pulls;
 * {@link org.lqflav.data.SmPoint} is the reference point of Delta chi^2 (all new couplings zero).
 * No formula here calls the physics: values in, numbers out.
 */
package org.lqflav.data;
