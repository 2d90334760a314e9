/**
 * Model S1R2xi of seed 001 (S1 + R2 leptoquarks + colour-triplet xi, two-loop neutrino masses): metadata and
 * matching ({@link org.lqflav.model.s1r2xi.S1R2Xi}), the seed-001 formulas ({@code S1R2XiMatching}, with the exact
 * one-loop dipole functions of {@link org.lqflav.math.FermionScalarLoop}), the Table I-II bounds
 * ({@code S1R2XiBounds}) and the model's own observables
 * ({@link org.lqflav.model.s1r2xi.S1R2XiObservables}). Conventions: docs/conventions.md#s1r2xi.
 */
package org.lqflav.model.s1r2xi;
