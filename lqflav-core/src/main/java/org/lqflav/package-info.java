/**
 * LQFlav core: from a leptoquark model file to flavour observables. Entry point: {@link org.lqflav.Lqflav}.
 * Conventions: docs/conventions.md.
 */
package org.lqflav;
