package org.swbulletin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.swbulletin.content.EnglishCoverage;
import org.swbulletin.content.LoadedContent;
import org.swbulletin.content.Publication;
import org.swbulletin.Diagnostic;
import org.swbulletin.Diagnostic.Severity;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bulletin check}: validates all content and exits 1 when anything would publish a broken site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates content/: front matter, tags, dates, ids, internal links and translations.",
                "Prints file:line: error|warning: message, then a summary; exits 1 when there is an error.",
                "--verbose also lists every article that has no translation yet, the share of English-page text that",
                "is English and the figure labels the glossary lacks."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    private ContentOption contentOption;

    @Mixin
    private Verbosity verbosity;

    @Spec
    private CommandSpec spec;

    private final Supplier<Gazetteer> gazetteer;

    CheckCommand(Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path content = contentOption.existing();
        boolean quiet = verbosity.quiet();
        boolean verbose = verbosity.verbose();
        // The site settings are read by the build, not by content: checked here so that check refuses what build would.
        LoadedContent r = SiteBuilder.contentLoader(gazetteer.get()).load(content, Publication.asOfToday());
        for (Diagnostic p : r.diagnostics()) {
            boolean shown = switch (p.severity()) {
                case ERROR -> true;
                case WARNING -> !quiet;
                case INFO -> verbose && !quiet;
            };
            if (shown) {
                out.println(p.located());
            }
        }
        if (verbose && !quiet && r.glossary() != null) {
            EnglishCoverage.of(r.published(), r.glossary()).lines().forEach(out::println);
        }
        out.println(summary(r));
        out.flush();
        return r.ok() ? Main.OK : Main.INVALID_INPUT;
    }

    static String summary(LoadedContent r) {
        return "checked " + plural(r.originals(), "article") + " and " + plural(r.translations(), "translation") + ": "
                + plural((int) r.count(Severity.ERROR), "error") + ", "
                + plural((int) r.count(Severity.WARNING), "warning") + "; "
                + r.untranslated() + " untranslated, " + r.stale() + " translation" + (r.stale() == 1 ? "" : "s")
                + " possibly out of date, " + r.held().size() + " not published yet";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
