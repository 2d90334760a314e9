package org.lqflav.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Output formats; each command accepts a subset. Written lower-case on the command line. */
enum Format {
    TABLE, JSON, CSV;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Format parse(String text, Set<Format> allowed) {
        for (Format f : allowed) {
            if (f.toString().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        String names = allowed.stream().map(Format::toString).collect(Collectors.joining(", "));
        throw new TypeConversionException("expected one of " + names + ", got '" + text + "'");
    }

    /** table, json or csv. */
    static final class Any implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return parse(value, EnumSet.allOf(Format.class));
        }
    }

    /** table or json. */
    static final class TableOrJson implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return parse(value, EnumSet.of(TABLE, JSON));
        }
    }
}
