package org.lqflav.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.lqflav.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code lqflav} command: global options, subcommands, and the exit-code policy.
 *
 * <p>Exit codes: 0 success; 2 the user's fault (bad usage, or an {@link InputException} from the library: one
 * line on stderr); 1 our bug (any other exception: one line on stderr, the stack trace with {@code --debug}).
 */
@Command(name = "lqflav",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        version = "lqflav " + LqflavCommand.VERSION,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Leptoquark flavour phenomenology: predictions for a model file or a WCxf file, fits and "
                + "scans against measurement sets, plots, and the seed papers' tables recomputed.",
        subcommands = {PredictCommand.class, ObservablesCommand.class, ModelsCommand.class, ReproduceCommand.class,
                WcxfCommand.class, FitCommand.class, ScanCommand.class, PlotCommand.class,
                ReproduceFiguresCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:internal error (a bug; --debug shows the stack trace)",
                "2:bad usage or bad input (message on stderr)"})
public final class LqflavCommand implements Callable<Integer> {
    public static final String VERSION = "0.1.0";

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USER_ERROR = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace.")
    boolean debug;

    /** No subcommand: usage on stderr. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USER_ERROR;
    }

    /** Runs the command line and returns the exit code; never calls {@link System#exit}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return execute(new CommandLine(new LqflavCommand()), args, out, err);
    }

    /** As {@link #run}, on a given command tree (tests add subcommands). */
    static int execute(CommandLine cl, String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine.Help.Ansi ansi = out == System.out ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF;
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler(LqflavCommand::badUsage);
        cl.setExecutionExceptionHandler((ex, sub, parsed) -> failure(ex, e, debug(parsed)));
        try {
            return cl.execute(args);
        } catch (RuntimeException ex) {
            // only reachable if a handler itself fails
            return failure(ex, e, List.of(args).contains("--debug"));
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** A picocli usage error: one line naming the problem and where to get help. */
    private static int badUsage(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String where = cl.getCommandSpec().qualifiedName();
        cl.getErr().println("lqflav: " + oneLine(usageMessage(ex)) + " (see " + where + " --help)");
        cl.getErr().flush();
        return USER_ERROR;
    }

    private static String usageMessage(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            boolean commandExpected = !ex.getCommandLine().getSubcommands().isEmpty()
                    && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-");
            if (commandExpected) {
                // picocli's suggestions are good for command names (its option suggestions are not)
                List<String> s = u.getSuggestions();
                String hint = s.isEmpty() ? ""
                        : "; did you mean " + String.join(" or ", s.subList(0, Math.min(3, s.size()))) + "?";
                return "unknown command '" + unmatched.get(0) + "'" + hint;
            }
        }
        return ex.getMessage();
    }

    /** An exception from a command: the user's ({@link InputException}, exit 2) or ours (exit 1). */
    static int failure(Exception thrown, PrintWriter err, boolean debug) {
        Throwable ex = thrown instanceof ExecutionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        InputException input = inputCause(ex);
        int code;
        if (input != null) {
            err.println("lqflav: " + oneLine(input.getMessage()));
            code = USER_ERROR;
        } else {
            String msg = ex.getMessage() == null ? ex.getClass().getName() : oneLine(ex.getMessage());
            err.println("lqflav: internal error: " + msg
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            code = INTERNAL_ERROR;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The InputException behind a failure, if any (the library may wrap one). */
    private static InputException inputCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputException ie) {
                return ie;
            }
        }
        return null;
    }

    /** Whether --debug was given, before or after the subcommand name. */
    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
