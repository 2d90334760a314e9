/**
 * The WET engine: observables computed from first principles (form factors, q^2 integrals, decay constants,
 * bag parameters) from new-physics WET coefficients at mu = m_b in the flavio basis ({@code in.le().wet()}),
 * the SM being added inside each observable. Each observable is a quadratic form in the coefficients whose
 * matrix is computed once per parameter set ({@link org.lqflav.obs.wet.WetTables}) and evaluated per point
 * without allocation. Conventions: docs/conventions.md#wet-engine (docs/conventions.md until merged).
 * Entry point: {@link org.lqflav.obs.wet.WetObservables#registry()}.
 */
package org.lqflav.obs.wet;
