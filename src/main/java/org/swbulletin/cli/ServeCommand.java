package org.swbulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.ingest.ReportFormatException;
import org.swbulletin.site.BuildProgress;
import org.swbulletin.site.BuildSummary;
import org.swbulletin.content.InvalidContentException;
import org.swbulletin.content.Publication;
import org.swbulletin.site.DirectoryWatcher;
import org.swbulletin.site.LiveReload;
import org.swbulletin.site.PreviewServer;
import org.swbulletin.site.incremental.BuildOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bulletin serve}: builds the site, serves it on 127.0.0.1, and rebuilds and reloads open pages when content,
 * templates or seeds change.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site and serves it on http://127.0.0.1:PORT/ for preview.",
                "Watches content, templates and seeds; rebuilds on a change and reloads open pages.",
                "A failed rebuild keeps the previous site on screen and prints the error. Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {

    /** How the preview builds the site; the arguments are the command's directories and what changed. */
    @FunctionalInterface
    interface SiteBuild {
        /**
         * @param dirs    the directories of this serve command
         * @param changed the paths that changed, empty for the first build
         * @throws Exception when the build failed, with a message for the editor
         */
        void build(Dirs dirs, Set<Path> changed) throws Exception;
    }

    /**
     * The directories a preview works on.
     *
     * @param content   content directory
     * @param templates templates directory
     * @param seeds     seeds directory
     * @param out       the site directory served
     */
    record Dirs(Path content, Path templates, Path seeds, Path out) {}

    /** The port {@code serve} listens on unless told otherwise. */
    static final int DEFAULT_PORT = 1313;

    @Option(names = "--port", defaultValue = "" + DEFAULT_PORT, description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int port;

    @Mixin
    private ContentOption contentOption;

    @Mixin
    private TemplatesOption templatesOption;

    @Mixin
    private SeedsOption seedsOption;

    @Mixin
    private OutOption outOption;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    private final SiteBuild siteBuild;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ServeCommand(SiteBuild siteBuild) {
        this.siteBuild = siteBuild;
    }

    /**
     * The preview's build: new reports imported as {@code bulletin build} does, then the site builder run in this
     * process with its incremental cache, so a rebuild renders only the pages an edit changed.
     */
    static SiteBuild inProcess(Supplier<Gazetteer> gazetteer, Supplier<PrintWriter> out) {
        return (dirs, changed) -> {
            PrintWriter say = out.get();
            List<ReportFormatException> failures =
                    BuildCommand.importNewReports(dirs.seeds(), dirs.content(), false, false, say);
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            Path templates = dirs.templates();
            BuildSummary summary;
            try {
                // A preview shows held articles too, each with its draft banner.
                summary = BuildCommand.planner(gazetteer).build(dirs.content(), templates, dirs.out(),
                        new BuildOptions(false, Publication.asOfToday().withDrafts(true), BuildProgress.SILENT));
            } catch (InvalidContentException e) {
                e.diagnostics().forEach(d -> say.println(d.located()));
                say.flush();
                throw e;
            }
            say.println(summary.line());
            summary.notes().forEach(n -> say.println("note: " + n));
            say.flush();
        };
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter say = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Checked before the first build, so that a mistyped folder fails at once instead of being watched in vain.
        Path content = contentOption.existing();
        Path templates = templatesOption.existing();
        Path seeds = seedsOption.existingOrDefault();
        Path out = outOption.path();
        Dirs dirs = new Dirs(content, templates, seeds, out);
        try {
            siteBuild.build(dirs, Set.of());
        } catch (Exception e) {
            if (!Files.isDirectory(out)) {
                err.println("error: the first build failed and there is no previous site to serve: " + e.getMessage());
                return Main.INVALID_INPUT;
            }
            err.println("warning: the first build failed, serving the previous site: " + e.getMessage());
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(out, port);
        } catch (BindException e) {
            err.println("error: port " + port + " is in use on 127.0.0.1; choose another with --port");
            return Main.INVALID_INPUT;
        }
        LiveReload live = new LiveReload(changed -> siteBuild.build(dirs, changed), server::reload, line -> {
            say.println(line);
            say.flush();
        }, (line, cause) -> reportError(err, line, cause));
        List<Path> watched = new ArrayList<>(List.of(content, templates,
                seeds));
        DirectoryWatcher watcher = new DirectoryWatcher(watched, Duration.ofMillis(200), live,
                (line, cause) -> reportError(err, line, cause));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // Exiting anyway.
            }
            server.close();
            stopped.countDown();
        }));
        say.println("serving " + out + " at " + server.uri() + " (watching " + watched.stream()
                .filter(Files::isDirectory).map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("nothing")
                + "); Ctrl-C stops");
        say.flush();
        stopped.await();
        return Main.OK;
    }

    /** One line per error, as every command prints them; the stack trace only when the editor asked for it. */
    private void reportError(PrintWriter err, String line, Throwable cause) {
        err.println(line);
        if (verbose) {
            cause.printStackTrace(err);
        }
        err.flush();
    }
}
