package org.swbulletin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.swbulletin.content.ImportManifest;
import org.swbulletin.content.InvalidContentException;
import org.swbulletin.content.Publication;
import java.util.List;
import org.swbulletin.ingest.ReportFormatException;
import org.swbulletin.ingest.ReportParser;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.render.TileMap;
import org.swbulletin.site.BuildSummary;
import org.swbulletin.site.OutputDir;
import org.swbulletin.site.SiteBuilder;
import org.swbulletin.site.incremental.BuildOptions;
import org.swbulletin.site.incremental.RebuildPlanner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bulletin build}: imports new reports, then renders {@code content/} into the static site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Imports reports not yet imported, then renders the content into the bilingual static site.",
                "--verbose also prints every warning, the time of each build phase and a progress line."})
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    SeedsOption seedsOption;

    @Mixin
    ContentOption contentOption;

    @Mixin
    TemplatesOption templatesOption;

    @Mixin
    OutOption outOption;

    @Option(names = "--no-import", description = "Skip importing new reports from --seeds.")
    boolean noImport;

    @Option(names = "--full", description = "Render every page, ignoring what the previous build left "
            + "(the output is the same; use it if you suspect the build cache).")
    boolean full;

    @Option(names = "--drafts", description = "Also publish held articles (draft: true, publish_after in the "
            + "future, unfinished translations), each with a draft banner: a preview, not for publishing.")
    boolean drafts;

    @Mixin
    Verbosity verbosity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Gazetteer> gazetteer;

    /** The command, checking places against the given gazetteer (in the tool: {@link Gazetteer#bundled()}). */
    BuildCommand(Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** How to look at the site just built: the serve command for the same folders, then the address it serves. */
    static String previewHint(Path content, Path templates, Path site) {
        StringBuilder serve = new StringBuilder("java -jar target/bulletin.jar serve");
        if (!content.equals(Path.of("content"))) {
            serve.append(" --content ").append(content);
        }
        if (!templates.equals(Path.of("templates"))) {
            serve.append(" --templates ").append(templates);
        }
        if (!site.equals(Path.of("site"))) {
            serve.append(" --out ").append(site);
        }
        return "preview: " + serve + ", then open http://127.0.0.1:" + ServeCommand.DEFAULT_PORT + "/";
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean quiet = verbosity.quiet();
        boolean verbose = verbosity.verbose();
        // Every folder is checked before anything is imported or written: a mistyped one must change nothing.
        Path content = contentOption.existing();
        Path templates = templatesOption.existing();
        Path seeds = noImport ? null : seedsOption.existingOrDefault();
        Path site = outOption.path();
        new OutputDir(site);
        if (!noImport) {
            List<ReportFormatException> failures = importNewReports(seeds, content, verbose, quiet, out);
            if (!failures.isEmpty()) {
                failures.forEach(e -> err.println("error: " + e.located()));
                err.println("error: nothing built: fix or remove the report(s) above; the previous site is unchanged");
                err.flush();
                return Main.INVALID_INPUT;
            }
        }
        ProgressLine progress = new ProgressLine(err, !quiet && (verbose || System.console() != null), verbose);
        BuildSummary summary;
        try {
            summary = planner(gazetteer).build(content, templates, site,
                    new BuildOptions(full, Publication.asOfToday().withDrafts(drafts), progress));
        } catch (InvalidContentException e) {
            progress.end();
            reportInvalid(e, err);
            return Main.INVALID_INPUT;
        } finally {
            progress.end();
        }
        if (!quiet) {
            out.println(summary.line());
            summary.notes().forEach(n -> out.println("note: " + n));
        }
        if (!quiet) {
            summary.held().forEach(h -> out.println("held: " + h));
            // Last, because opening site/index.html from disk shows an unstyled page with broken links.
            out.println(previewHint(content, templates, site));
        }
        if (verbose || !quiet && summary.warnings().size() <= 20) {
            summary.warnings().forEach(w -> err.println("warning: " + w));
        } else if (!quiet) {
            err.println("warning: " + summary.warnings().size() + " warnings; --verbose lists them");
        }
        out.flush();
        err.flush();
        return Main.OK;
    }

    /** Prints every content error as {@code file:line: error: message}, then what it means for the site. */
    static void reportInvalid(InvalidContentException e, PrintWriter err) {
        e.diagnostics().forEach(d -> err.println(d.located()));
        int n = e.diagnostics().size();
        err.println("error: nothing built: " + n + (n == 1 ? " error" : " errors") + " in content (fix "
                + (n == 1 ? "it" : "them") + ", 'bulletin check' lists every finding); the previous site is unchanged");
        err.flush();
    }

    /** The build of {@code build} and {@code serve}: the full pipeline on all cores, behind the rebuild planner. */
    static RebuildPlanner planner(Supplier<Gazetteer> gazetteer) {
        return new RebuildPlanner(() -> new SiteBuilder(gazetteer.get(), TileMap.bundled(),
                Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Imports the reports of {@code seeds} that import has never seen (not in its manifest), printing the same
     * summary as {@code bulletin import}; reports already imported are left to editors and to an explicit
     * {@code import}, so a build never undoes an editor's deletion.
     *
     * @return the new reports that failed to parse; nothing is built then
     */
    static List<ReportFormatException> importNewReports(Path seeds, Path content, boolean verbose, boolean quiet,
                                                        PrintWriter out) {
        if (!Files.isDirectory(seeds)) {
            return List.of();
        }
        Set<String> known = new HashSet<>(ImportManifest.load(content).reportIds());
        List<ReportFormatException> failures = new ArrayList<>();
        List<Path> fresh = SeedImport.reportFiles(List.of(seeds), f -> !known.contains(ReportParser.reportId(f)),
                failures);
        failures.clear(); // an empty seeds folder is no error for a build
        if (fresh.isEmpty()) {
            return List.of();
        }
        return new SeedImport(content, false, false, verbose, quiet, out).run(fresh);
    }
}
