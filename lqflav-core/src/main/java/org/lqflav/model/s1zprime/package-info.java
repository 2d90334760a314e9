/**
 * Seed 004: the S1 leptoquark with a gauged U(1)_{Lmu-Ltau} and its light Z' (model {@code S1Zprime}): the model type
 * and matching ({@link org.lqflav.model.s1zprime.S1Zprime}), the paper's formulas
 * ({@link org.lqflav.model.s1zprime.S1ZprimeFormulas}), its inputs and options, and its own observables
 * ({@link org.lqflav.model.s1zprime.S1ZprimeObservables}). Conventions: docs/conventions.md#s1zprime.
 */
package org.lqflav.model.s1zprime;
