package org.lqflav.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lqflav.InputException;
import org.lqflav.model.CouplingSpec;
import org.lqflav.model.ModelCatalogue;
import org.lqflav.model.ModelType;

/**
 * One real number of a model file: a coupling entry {@code yL[3,2]} (real part; {@code yL[3,2].im} the imaginary
 * part), a mass {@code masses.S1} or a scalar-potential coupling {@code potential.mu1}. Indices are 1-based, row =
 * quark generation, column = lepton generation (docs/conventions.md#couplings); {@code yL[3][2]} and
 * {@code yL[3, 2]} are accepted. For a symmetric matrix (yomega) an entry addresses both [i,j] and [j,i].
 *
 * @param row    0-based (couplings only)
 * @param column 0-based (couplings only)
 */
public record ParameterAddress(Kind kind, String name, int row, int column, boolean imaginary, boolean symmetric) {
    public enum Kind { COUPLING, MASS, POTENTIAL }

    private static final Pattern COUPLING = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_]*)\\s*\\[\\s*(\\d+)\\s*(?:,|\\]\\s*\\[)\\s*(\\d+)\\s*\\]\\s*(?:\\.(re|im))?");
    private static final Pattern DOTTED = Pattern.compile("(masses|potential)\\.([A-Za-z0-9_]+)");

    /** The canonical text: {@code yL[3,2]}, {@code yL[3,2].im}, {@code masses.S1}, {@code potential.mu1}. */
    @Override
    public String toString() {
        return switch (kind) {
            case COUPLING -> name + "[" + (row + 1) + "," + (column + 1) + "]" + (imaginary ? ".im" : "");
            case MASS -> "masses." + name;
            case POTENTIAL -> "potential." + name;
        };
    }

    /**
     * Parses and checks a parameter name against a model.
     *
     * @param where file and field for messages, e.g. {@code scan.yaml: parameters.yL[4,2]}
     */
    public static ParameterAddress parse(String text, String model, String where) {
        ModelType type = ModelCatalogue.get(model);
        String t = text == null ? "" : text.trim();
        Matcher c = COUPLING.matcher(t);
        if (c.matches()) {
            String name = c.group(1);
            CouplingSpec spec = type.couplings().stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> InputException.field(where, "a parameter of model " + model + " ("
                            + expected(type) + ")", text));
            int i = Integer.parseInt(c.group(2));
            int j = Integer.parseInt(c.group(3));
            if (i < 1 || i > 3 || j < 1 || j > 3) {
                throw InputException.field(where, "coupling indices from 1 to 3 (row = quark, column = lepton)",
                        text);
            }
            return new ParameterAddress(Kind.COUPLING, name, i - 1, j - 1, "im".equals(c.group(4)),
                    spec.symmetric());
        }
        Matcher d = DOTTED.matcher(t);
        if (d.matches()) {
            boolean mass = d.group(1).equals("masses");
            List<String> names = mass ? type.massNames() : type.potentialNames();
            if (!names.contains(d.group(2))) {
                throw InputException.field(where, "a parameter of model " + model + " (" + expected(type) + ")",
                        text);
            }
            return new ParameterAddress(mass ? Kind.MASS : Kind.POTENTIAL, d.group(2), -1, -1, false, false);
        }
        throw InputException.field(where, "a parameter name like yL[3,2], yL[3,2].im, masses.NAME or "
                + "potential.NAME (" + expected(type) + ")", text);
    }

    private static String expected(ModelType type) {
        StringBuilder sb = new StringBuilder("couplings ");
        sb.append(type.couplings().stream().map(CouplingSpec::name).toList());
        if (!type.massNames().isEmpty()) {
            sb.append(", masses.").append(String.join("|", type.massNames()));
        }
        if (!type.potentialNames().isEmpty()) {
            sb.append(", potential.").append(String.join("|", type.potentialNames()));
        }
        return sb.toString();
    }

    /** Same number of the model (yomega[2,3] and yomega[3,2] are the same parameter). */
    public boolean sameAs(ParameterAddress o) {
        if (kind != o.kind || !name.equals(o.name) || imaginary != o.imaginary) {
            return false;
        }
        if (kind != Kind.COUPLING) {
            return true;
        }
        return (row == o.row && column == o.column) || (symmetric && row == o.column && column == o.row);
    }
}
