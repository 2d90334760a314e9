/**
 * WCxf import and export of WET coefficients in the flavio basis ({@link org.lqflav.wcxf.Wcxf}), a model's
 * coefficients for export ({@link org.lqflav.wcxf.WcxfExport}) and observables from a WCxf file
 * ({@link org.lqflav.wcxf.WcxfPredict}). Conventions: docs/conventions.md#wet; user guide: docs/wcxf.md.
 * Depends on model, obs, eft and param; only the facade and the CLI sit above it.
 */
package org.lqflav.wcxf;
