package org.lqflav.cli;

import java.util.concurrent.Callable;
import org.lqflav.InputException;
import picocli.CommandLine.Command;

/** {@code lqflav wcxf MODEL}: the model's WET coefficients in WCxf form. PLACEHOLDER (issue 5). */
@Command(name = "wcxf", description = "Write a model's Wilson coefficients in WCxf format (not yet available).")
final class WcxfCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw InputException.of("wcxf: not yet available");
    }
}
