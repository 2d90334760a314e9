/**
 * Fits, profile likelihood, scans (docs/scans-and-fits.md).
 *
 * <p>A point of parameter space is a vector of numbers addressed by {@link org.lqflav.analysis.ParameterAddress}
 * ({@code yL[3,2]}, {@code masses.S1}, {@code potential.mu1}) on top of a base model file.
 * A {@link org.lqflav.analysis.PointEvaluator} turns such a vector into observable values written into a caller's
 * buffer; one evaluator per worker thread is reused for every point, so an allocation-free implementation can
 * replace {@link org.lqflav.analysis.PredictEvaluator} (which goes through {@code Lqflav.predict}) without touching
 * the scan or fit code. {@link org.lqflav.analysis.Scan} samples points (random, Latin hypercube, grid) from
 * (seed, point index) alone, so shards are deterministic; {@link org.lqflav.analysis.Fitter} minimises the chi^2 of
 * a {@link org.lqflav.data.Likelihood} with CMA-ES restarts and BOBYQA polishing and profiles it.
 */
package org.lqflav.analysis;
