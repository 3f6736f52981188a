package org.swbulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.swbulletin.bench.BenchCommand;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.InvalidInputException;
import org.swbulletin.render.Templates;
import org.swbulletin.site.OutputDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulletin} command line: wires the pipeline's stages into commands. */
@Command(name = "bulletin", mixinStandardHelpOptions = true, version = "bulletin 0.1.0",
        description = "Turns raw reports of Chinese social-work news into a bilingual bulletin website.")
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** Exit code of a run that succeeded. */
    public static final int OK = 0;
    /** Exit code of a run stopped by invalid input. */
    public static final int INVALID_INPUT = 1;
    /** Exit code of a run stopped by a usage error. */
    public static final int USAGE = 2;
    /** Exit code of a run stopped by a bug in this tool: an exception that no input should cause. */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("a command is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Runs the command line and exits with its code, in a JVM tuned for short runs when that is ours to choose. */
    public static void main(String[] args) {
        ShortRunJvm.followParent();
        java.util.OptionalInt child = ShortRunJvm.relaunch(args);
        System.exit(child.isPresent() ? child.getAsInt()
                : run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @return the exit code: {@link #OK}, {@link #INVALID_INPUT}, {@link #USAGE} or {@link #INTERNAL}
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // picocli reads every registered command's annotations up front (0.13 s for all of them): a run of one
        // command registers only that one. Help, usage and errors about the command name see them all.
        String first = args.length > 0 ? args[0] : "";
        CommandLine cl = COMMANDS.contains(first) && !first.equals("help")
                ? commandLine(Gazetteer::bundled, first) : commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args);
    }

    /**
     * Executes a configured command line, reporting an {@link Error} (a stack overflow, running out of memory) that
     * picocli lets through as an internal error too, while it can still be reported.
     */
    static int execute(CommandLine cl, String[] args) {
        try {
            return cl.execute(args);
        } catch (Error e) {
            return internalError(e, cl.getErr());
        }
    }

    /** The configured command line with every command. */
    static CommandLine commandLine() {
        return commandLine(Gazetteer::bundled);
    }

    /** The command line with a given gazetteer, so tests can check content against a small one. */
    static CommandLine commandLine(Supplier<Gazetteer> gazetteer) {
        return commandLine(gazetteer, null);
    }

    /** The commands' names, in the order usage lists them. */
    static final List<String> COMMANDS = List.of("help", "import", "retag", "build", "check", "translate", "serve",
            "bench", "measure");

    /** The command line with every command, or with only the one named {@code only}. */
    static CommandLine commandLine(Supplier<Gazetteer> gazetteer, String only) {
        CommandLine cl = new CommandLine(new Main());
        for (String name : COMMANDS) {
            if (only != null && !only.equals(name)) {
                continue;
            }
            cl.addSubcommand(name, switch (name) {
                case "help" -> new CommandLine.HelpCommand();
                case "import" -> new ImportCommand();
                case "retag" -> new RetagCommand();
                case "build" -> new BuildCommand(gazetteer);
                case "check" -> new CheckCommand(gazetteer);
                case "translate" -> new TranslateCommand(gazetteer);
                // Serve rebuilds in-process through the site builder, so a preview rebuild reuses the cache.
                case "serve" -> new ServeCommand(ServeCommand.inProcess(gazetteer, cl::getOut));
                case "bench" -> new BenchCommand(gazetteer, BenchCommand.sameJar());
                case "measure" -> new org.swbulletin.bench.measure.MeasureCommand();
                default -> throw new IllegalStateException("no command " + name);
            });
        }
        cl.setExecutionExceptionHandler(Main::handle);
        // picocli consults this mapper for bad options too: those are usage errors, not invalid input.
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID_INPUT);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (!isInvalidInput(e)) {
            return internalError(e, err);
        }
        if (e instanceof org.swbulletin.content.InvalidContentException content) {
            BuildCommand.reportInvalid(content, err);
            return INVALID_INPUT;
        }
        err.println("error: " + (e instanceof InvalidInputException invalid ? invalid.located() : messageOf(e)));
        if (parsed.hasMatchedOption("--verbose") || hasVerbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return INVALID_INPUT;
    }

    /**
     * Whether a failure is the user's input or environment rather than a bug: input errors name their file and line,
     * a foreign output folder and a broken template are the user's to fix, and a file that cannot be read or written
     * (permissions, a full disk) is named in the message.
     */
    static boolean isInvalidInput(Throwable e) {
        return e instanceof InvalidInputException || e instanceof OutputDir.ForeignDirectoryException
                || e instanceof Templates.TemplateLoadException || e instanceof UncheckedIOException
                || e instanceof IOException;
    }

    /** The message, with the cause of an I/O failure (it says why: permission denied, no space left). */
    private static String messageOf(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Throwable cause = e.getCause();
        if (e instanceof UncheckedIOException && cause != null && cause.getMessage() != null
                && !message.contains(cause.getMessage())) {
            message += ": " + cause.getMessage();
        }
        return message;
    }

    /** Reports a bug: the message, the stack trace and what to do, so that the report holds what is needed. */
    private static int internalError(Throwable e, PrintWriter err) {
        err.println("internal error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        e.printStackTrace(err);
        err.println("this is a bug in bulletin: please report it with the command you ran and the stack trace above");
        err.flush();
        return INTERNAL;
    }

    private static boolean hasVerbose(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult sub = parsed.subcommand();
        return sub != null && (sub.hasMatchedOption("--verbose") || hasVerbose(sub));
    }
}
