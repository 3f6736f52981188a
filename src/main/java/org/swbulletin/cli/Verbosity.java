package org.swbulletin.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --quiet} and {@code --verbose}, the same in every command that offers both; each command's description says
 * what more it prints.
 */
final class Verbosity {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private boolean quiet;
    private boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (check still prints its summary line).")
    void quiet(boolean quiet) {
        this.quiet = quiet;
        exclusive();
    }

    @Option(names = {"-v", "--verbose"}, description = "Print more detail, and stack traces of errors.")
    void verbose(boolean verbose) {
        this.verbose = verbose;
        exclusive();
    }

    /** Both at once is a usage error in every command that has them, found while the command line is read. */
    private void exclusive() {
        if (quiet && verbose) {
            throw new ParameterException(command.commandLine(), "--quiet and --verbose exclude each other");
        }
    }

    /** True when only errors are wanted. */
    boolean quiet() {
        return quiet;
    }

    /** True when every detail and stack traces are wanted. */
    boolean verbose() {
        return verbose;
    }
}
