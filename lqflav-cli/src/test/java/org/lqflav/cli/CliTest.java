package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.lqflav.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parsing and exit codes; none of these needs the physics. */
class CliTest {
    private static final String MODEL = "../examples/seed000/bm1.yaml";

    @Test
    void noCommandPrintsUsageOnStderr() {
        Cli.Result r = Cli.run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Usage: lqflav").contains("predict").contains("observables")
                .contains("reproduce");
    }

    @Test
    void helpAndVersion() {
        Cli.Result help = Cli.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: lqflav").contains("predict");
        assertThat(help.err()).isEmpty();

        Cli.Result version = Cli.run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).isEqualTo("lqflav 0.1.0");

        Cli.Result sub = Cli.run("predict", "--help");
        assertThat(sub.code()).isZero();
        assertThat(sub.out()).contains("Usage: lqflav predict").contains("--only").contains("--params")
                .contains("--format").contains("seeds2021");

        Cli.Result helpCommand = Cli.run("help", "reproduce");
        assertThat(helpCommand.code()).isZero();
        assertThat(helpCommand.out()).contains("Usage: lqflav reproduce").contains("seed000");
    }

    @Test
    void unknownCommandIsOneLine() {
        Cli.Result r = Cli.run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("lqflav: ").contains("'frobnicate'").contains("lqflav --help");
    }

    @Test
    void misspeltCommandGetsASuggestion() {
        Cli.Result r = Cli.run("predcit");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("'predcit'").contains("predict");
    }

    @Test
    void extraArgumentIsTheUsersError() {
        Cli.Result r = Cli.run("predict", MODEL, "other.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("other.yaml");
    }

    @Test
    void unknownOptionIsOneLine() {
        Cli.Result r = Cli.run("predict", "--foo", MODEL);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("lqflav: Unknown option: '--foo' (see lqflav predict --help)");

        Cli.Result top = Cli.run("--foo");
        assertThat(top.code()).isEqualTo(2);
        assertThat(top.errLines()).singleElement().asString().contains("'--foo'");
    }

    @Test
    void badFormatValueIsOneLine() {
        Cli.Result r = Cli.run("predict", "--format", "xml", MODEL);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("lqflav: ").contains("--format").contains("xml").contains("table, json, csv");

        Cli.Result rep = Cli.run("reproduce", "seed000", "--format", "csv");
        assertThat(rep.code()).isEqualTo(2);
        assertThat(rep.errLines()).singleElement().asString().contains("table, json").contains("csv");

        assertThat(Cli.run("observables", "--format", "yaml").code()).isEqualTo(2);
    }

    @Test
    void formatIsCaseInsensitive() {
        assertThat(new Format.Any().convert("JSON")).isEqualTo(Format.JSON);
        assertThat(new Format.TableOrJson().convert("table")).isEqualTo(Format.TABLE);
    }

    @Test
    void missingModelArgument() {
        Cli.Result r = Cli.run("predict");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("MODEL.yaml");
    }

    @Test
    void missingModelFileNamesTheFileWithoutStackTrace() {
        Cli.Result r = Cli.run("predict", "no/such/model.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("lqflav: ").contains("no/such/model.yaml".replace('/', java.io.File.separatorChar));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void folderAsModelFileIsTheUsersError() {
        Cli.Result r = Cli.run("predict", ".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("lqflav: ");
    }

    @Test
    void unknownParameterSetIsTheUsersError() {
        Cli.Result r = Cli.run("predict", MODEL, "--params", "pdg1999");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("lqflav: ").contains("pdg1999");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void missingParameterFileIsTheUsersError() {
        Cli.Result r = Cli.run("predict", MODEL, "--params", "no/such/inputs.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("inputs.yaml");
    }

    @Test
    void unknownObservableIsTheUsersError() {
        Cli.Result r = Cli.run("predict", MODEL, "--only", "BR(no->such,thing),neither");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("lqflav: ").contains("BR(no->such,thing)");
    }

    @Test
    void emptyOnlyIsTheUsersError() {
        Cli.Result r = Cli.run("predict", MODEL, "--only", " , ");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--only");
    }

    @Test
    void unknownReproductionIsTheUsersError() {
        Cli.Result r = Cli.run("reproduce", "seed999");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("seed999").contains("seed000");
    }

    // --- the exit-code policy, on stand-in commands ---

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("kaput");
        }
    }

    @Command(name = "bad")
    static final class Bad implements Callable<Integer> {
        @Override
        public Integer call() {
            throw InputException.of("x.yaml: masses.S1: expected a number, got \"heavy\"");
        }
    }

    @Command(name = "wrapped")
    static final class Wrapped implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new RuntimeException("context", InputException.of("inner.yaml: broken"));
        }
    }

    @Command(name = "nomessage")
    static final class NoMessage implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new NullPointerException();
        }
    }

    private static CommandLine withStandIns() {
        CommandLine cl = new CommandLine(new LqflavCommand());
        cl.addSubcommand(new Boom());
        cl.addSubcommand(new Bad());
        cl.addSubcommand(new Wrapped());
        cl.addSubcommand(new NoMessage());
        return cl;
    }

    @Test
    void internalErrorIsExitOneWithoutStackTrace() {
        Cli.Result r = Cli.run(withStandIns(), "boom");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
                "lqflav: internal error: kaput (run with --debug for the stack trace)");
    }

    @Test
    void internalErrorWithoutMessageNamesTheException() {
        Cli.Result r = Cli.run(withStandIns(), "nomessage");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("NullPointerException");
    }

    @Test
    void debugPrintsTheStackTraceBeforeOrAfterTheCommand() {
        for (String[] args : new String[][] {{"--debug", "boom"}, {"boom", "--debug"}}) {
            Cli.Result r = Cli.run(withStandIns(), args);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines().get(0)).isEqualTo("lqflav: internal error: kaput");
            assertThat(r.err()).contains("IllegalStateException").contains("\tat org.lqflav.cli.CliTest$Boom");
        }
    }

    @Test
    void inputExceptionIsExitTwoWithItsMessage() {
        Cli.Result r = Cli.run(withStandIns(), "bad");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("lqflav: x.yaml: masses.S1: expected a number, got \"heavy\"");
    }

    @Test
    void wrappedInputExceptionIsStillTheUsersError() {
        Cli.Result r = Cli.run(withStandIns(), "wrapped");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("lqflav: inner.yaml: broken");
    }

    @Test
    void modelsListsEveryModelWithItsFields() {
        Cli.Result r = Cli.run("models");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("## `S1S3omega`").contains("## `S1Zprime`").contains("`yomega` (symmetric)");
    }
}
