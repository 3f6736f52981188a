package org.swbulletin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;
import org.swbulletin.render.TileMap;
import org.swbulletin.site.BuildSummary;
import org.swbulletin.site.OutputDir;
import org.swbulletin.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulletin build}: imports new reports, then renders {@code content/} into the static site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Imports reports not yet imported, then renders the content into the bilingual static site.")
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--seeds", defaultValue = "seeds", description = "Raw reports to import first (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--content", defaultValue = "content", description = "Content directory (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", defaultValue = "templates", description = "Templates directory (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--out", defaultValue = "site", description = "Output directory (default: ${DEFAULT-VALUE}); replaced whole, only if bulletin wrote it.")
    Path out;

    @Option(names = "--no-import", description = "Skip importing new reports from --seeds.")
    boolean noImport;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print warnings and stack traces.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (quiet && verbose) {
            err.println("error: --quiet and --verbose exclude each other");
            return Main.USAGE;
        }
        // Check the output before importing, so that a wrong --out fails before anything is written.
        new OutputDir(this.out);
        if (!noImport) {
            importNewReports();
        }
        BuildSummary summary = new SiteBuilder(Gazetteer.bundled(), TileMap.bundled(),
                Runtime.getRuntime().availableProcessors())
                .build(content, templates, this.out, ThemeTaxonomy.load(content), Glossary.load(content));
        if (!quiet) {
            out.println(summary.line());
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

    /**
     * MERGE POINT (import): run the importer on {@link #seeds} into {@link #content} for reports not yet imported,
     * with the same rules as {@code bulletin import} (editors' edits kept). The import command is written on the
     * ingest branch; the lead wires its entry point here at merge. Until then this imports nothing.
     */
    private void importNewReports() {
        // TODO(merge): call the import stage here, e.g. new ImportCommand-equivalent service on seeds -> content.
    }
}
