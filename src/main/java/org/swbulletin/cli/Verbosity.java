package org.swbulletin.cli;

import picocli.CommandLine.Option;

/**
 * {@code --quiet} and {@code --verbose}, the same in every command that offers both; each command's description says
 * what more it prints.
 */
final class Verbosity {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (check still prints its summary line).")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail, and stack traces of errors.")
    private boolean verbose;

    /** True when only errors are wanted. */
    boolean quiet() {
        return quiet;
    }

    /** True when every detail and stack traces are wanted. */
    boolean verbose() {
        return verbose;
    }
}
