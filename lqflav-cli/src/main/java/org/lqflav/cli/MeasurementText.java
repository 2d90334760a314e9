package org.lqflav.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.lqflav.data.CorrelatedGaussian;
import org.lqflav.data.GaussianMeasurement;
import org.lqflav.data.LimitMeasurement;
import org.lqflav.data.Measurement;

/** How a measurement reads in tables and JSON (numbers through {@link Output}). */
final class MeasurementText {
    private MeasurementText() {
    }

    /** e.g. {@code 0.3400 +- 0.03000 (rho -0.38)}, {@code 33.83 +0.8010 -0.7470}, {@code < 4.400e-08 (90% CL)}. */
    static String of(Measurement m, String observable) {
        String s;
        if (m instanceof GaussianMeasurement g) {
            s = Output.number(g.value()) + (g.symmetric() ? " +- " + Output.number(g.plus())
                    : " +" + Output.number(g.plus()) + " -" + Output.number(g.minus()));
            if (g.theory() > 0) {
                s += " (th " + Output.number(g.theory()) + ")";
            }
        } else if (m instanceof CorrelatedGaussian c) {
            int i = c.observables().indexOf(observable);
            s = Output.number(c.value(i)) + " +- " + Output.number(c.experimentalSigma(i));
            if (c.theory(i) > 0) {
                s += " (th " + Output.number(c.theory(i)) + ")";
            }
            StringBuilder rho = new StringBuilder();
            for (int j = 0; j < c.observables().size(); j++) {
                if (j != i) {
                    rho.append(rho.length() == 0 ? "" : ", ").append("rho ")
                            .append(String.format(Locale.ROOT, "%.3g", c.correlation(i, j)))
                            .append(" with ").append(c.observables().get(j));
                }
            }
            s += " [" + rho + "]";
        } else {
            LimitMeasurement l = (LimitMeasurement) m;
            s = "< " + Output.number(l.limit()) + " (" + cl(l.cl()) + " CL)";
        }
        return m.provenance().hasCaveat() ? s + " (!)" : s;
    }

    /** {@code 90%}, {@code 68.27%}. */
    static String cl(double cl) {
        String p = String.format(Locale.ROOT, "%.2f", 100 * cl).replaceAll("\\.?0+$", "");
        return p + "%";
    }

    /** The measurement's numbers as JSON fields. */
    static void json(ObjectNode o, Measurement m, String observable) {
        o.put("id", m.id());
        o.put("kind", m.kind());
        if (m instanceof GaussianMeasurement g) {
            Output.putNumber(o, "value", g.value());
            Output.putNumber(o, "uncertainty_plus", g.plus());
            Output.putNumber(o, "uncertainty_minus", g.minus());
            Output.putNumber(o, "theory", g.theory());
        } else if (m instanceof CorrelatedGaussian c) {
            int i = c.observables().indexOf(observable);
            Output.putNumber(o, "value", c.value(i));
            Output.putNumber(o, "uncertainty", c.experimentalSigma(i));
            Output.putNumber(o, "theory", c.theory(i));
            ObjectNode rho = o.putObject("correlation");
            for (int j = 0; j < c.observables().size(); j++) {
                if (j != i) {
                    Output.putNumber(rho, c.observables().get(j), c.correlation(i, j));
                }
            }
        } else {
            LimitMeasurement l = (LimitMeasurement) m;
            Output.putNumber(o, "limit", l.limit());
            Output.putNumber(o, "cl", l.cl());
            Output.putNumber(o, "theory", l.theory());
        }
        o.put("source", m.provenance().source());
        o.put("verified", m.provenance().verified());
        if (m.provenance().hasCaveat()) {
            o.put("caveat", m.provenance().caveat());
        } else {
            o.putNull("caveat");
        }
    }
}
