package org.lqflav.cli;

/** Entry point of {@code lqflav.jar}; all logic (and the exit code) lives in {@link LqflavCommand#run}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(LqflavCommand.run(args, System.out, System.err));
    }
}
