package org.lqflav.cli;

/** PLACEHOLDER: implemented in the CLI work package. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(1);
    }
}
