package org.lqflav.analysis;

import java.util.Map;
import org.hipparchus.complex.Complex;
import org.lqflav.math.CMatrix3;
import org.lqflav.math.ComplexNumbers;
import org.lqflav.model.ModelSpec;

/**
 * Writes a {@link ModelSpec} as a model file (docs/model-files.md) that {@code ModelFile.read} reads back to an
 * equal spec: numbers in full precision, complex entries as strings, every coupling matrix, the options.
 */
public final class ModelFileWriter {
    private ModelFileWriter() {
    }

    /** YAML text; {@code header} lines are written as comments first (may be empty). */
    public static String write(ModelSpec spec, String header) {
        StringBuilder sb = new StringBuilder();
        if (header != null && !header.isBlank()) {
            for (String line : header.strip().split("\\R")) {
                sb.append("# ").append(line).append('\n');
            }
        }
        sb.append("model: ").append(spec.model()).append('\n');
        sb.append("parameters: ").append(quoted(spec.parameters())).append('\n');
        if (!spec.masses().isEmpty()) {
            sb.append("masses: {").append(map(spec.masses())).append("}   # GeV\n");
        }
        if (!spec.potential().isEmpty()) {
            sb.append("potential: {").append(map(spec.potential())).append("}\n");
        }
        if (!spec.couplings().isEmpty()) {
            sb.append("couplings:\n");
            for (Map.Entry<String, CMatrix3> e : spec.couplings().entrySet()) {
                sb.append("  ").append(e.getKey()).append(": ").append(matrix(e.getValue())).append('\n');
            }
        }
        if (!spec.options().isEmpty()) {
            sb.append("options: {");
            boolean first = true;
            for (Map.Entry<String, String> e : spec.options().entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append(": ").append(quoted(e.getValue()));
                first = false;
            }
            sb.append("}\n");
        }
        return sb.toString();
    }

    private static String map(Map<String, Double> m) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Map.Entry<String, Double> e : m.entrySet()) {
            sb.append(first ? "" : ", ").append(e.getKey()).append(": ").append(number(e.getValue()));
            first = false;
        }
        return sb.toString();
    }

    private static String matrix(CMatrix3 m) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 3; i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < 3; j++) {
                if (j > 0) {
                    sb.append(", ");
                }
                if (m.im(i, j) == 0.0) {
                    sb.append(number(m.re(i, j)));
                } else {
                    sb.append('"').append(ComplexNumbers.format(new Complex(m.re(i, j), m.im(i, j)))).append('"');
                }
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    /** Shortest text that reads back to the same double ({@link Double#toString}), integers without ".0". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String quoted(String s) {
        if (s.matches("[A-Za-z0-9_.\\-]+")) {
            return s;
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
