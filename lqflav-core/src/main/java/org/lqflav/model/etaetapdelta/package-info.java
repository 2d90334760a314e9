/**
 * Seed 002: eta + eta' + Delta leptoquarks with a one-loop neutrino mass ({@link
 * org.lqflav.model.etaetapdelta.EtaEtapDelta}), its formulas ({@code EtaEtapDeltaFormulas}, one per equation), the
 * inversion of eq. (II.7) ({@link org.lqflav.model.etaetapdelta.EtaEtapDeltaInversion}) and its own observables
 * (meson mixing, perturbativity of g). Conventions: docs/conventions.md#etaetapdelta.
 */
package org.lqflav.model.etaetapdelta;
