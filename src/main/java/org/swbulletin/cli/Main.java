package org.swbulletin.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.ingest.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulletin} command line: wires the pipeline's stages into commands. */
@Command(name = "bulletin", mixinStandardHelpOptions = true, version = "bulletin 0.1.0",
        description = "Turns raw reports of Chinese social-work news into a bilingual bulletin website.",
        subcommands = {CommandLine.HelpCommand.class, ImportCommand.class, RetagCommand.class, BuildCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** Exit code of a run that succeeded. */
    public static final int OK = 0;
    /** Exit code of a run stopped by invalid input. */
    public static final int INVALID_INPUT = 1;
    /** Exit code of a run stopped by a usage error. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("a command is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @return the exit code: {@link #OK}, {@link #INVALID_INPUT} or {@link #USAGE}
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured command line with every command. */
    static CommandLine commandLine() {
        return commandLine(Gazetteer::bundled);
    }

    /** The command line with a given gazetteer, so tests can check content against a small one. */
    static CommandLine commandLine(Supplier<Gazetteer> gazetteer) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(new CheckCommand(gazetteer));
        cl.addSubcommand(new TranslateCommand(gazetteer));
        // Serve rebuilds in-process through the site builder, so a preview rebuild reuses the incremental cache.
        cl.addSubcommand(new ServeCommand(ServeCommand.inProcess(gazetteer, cl::getOut)));
        cl.addSubcommand(new BenchCommand(gazetteer, BenchCommand.sameJar()));
        cl.setExecutionExceptionHandler(Main::handle);
        // picocli consults this mapper for bad options too: those are usage errors, not invalid input.
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID_INPUT);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String message;
        if (e instanceof InvalidInputException invalid) {
            message = invalid.located();
        } else {
            message = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        err.println("error: " + message);
        if (parsed.hasMatchedOption("--verbose") || hasVerbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return INVALID_INPUT;
    }

    private static boolean hasVerbose(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult sub = parsed.subcommand();
        return sub != null && (sub.hasMatchedOption("--verbose") || hasVerbose(sub));
    }
}
