package org.lqflav;

/**
 * An error the user caused (bad file, bad field, bad value). The CLI prints {@link #getMessage()} as one line
 * and exits with code 2; anything else is a bug (exit 1).
 *
 * <p>Messages follow one pattern, built here and nowhere else:
 * {@code FILE: FIELD: expected WHAT, got VALUE}.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private InputException(String message) {
        super(oneLine(message));
    }

    /** {@code where: expected WHAT, got VALUE}; {@code where} names file and field, e.g. {@code bm1.yaml: masses.S1}. */
    public static InputException field(String where, String expected, Object got) {
        return new InputException(where + ": expected " + expected + ", got " + render(got));
    }

    /** A free-form one-line message (e.g. a missing file). */
    public static InputException of(String message) {
        return new InputException(message);
    }

    private static String render(Object got) {
        if (got == null) {
            return "nothing";
        }
        if (got instanceof CharSequence) {
            return "\"" + got + "\"";
        }
        return String.valueOf(got);
    }

    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }
}
