package org.swbulletin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.swbulletin.content.FileOutcome;
import org.swbulletin.content.ArticleField;
import org.swbulletin.content.Retagger;
import org.swbulletin.enrich.Enricher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulletin retag}: runs enrichment again over the stored articles, updating only their tags. */
@Command(name = "retag", mixinStandardHelpOptions = true,
        description = {"Re-runs place, theme, figure and date tagging over content/ and updates only those fields.",
                "Tags an editor changed are kept and reported; --force overwrites them."})
public final class RetagCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ContentOption contentOption;

    @Option(names = "--force", description = "Overwrite tags editors changed.")
    private boolean force;

    @Option(names = "--dry-run", description = "Print what would change; write nothing.")
    private boolean dryRun;

    @Option(names = "--verbose", description = "Print every file's outcome, and stack traces on errors.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // Checked first: a retag of a mistyped folder would otherwise write a manifest there.
        Path content = contentOption.existing();
        List<FileOutcome> outcomes = new Retagger(content, Enricher.load(content), force, dryRun).run();
        long updated = outcomes.stream().filter(f -> f.status() == FileOutcome.Status.UPDATED).count();
        long kept = outcomes.stream().filter(FileOutcome::keptEdits).count();
        out.printf("retag: %d %s, %s%d updated, %d unchanged, %d kept editor edits%n", outcomes.size(),
                SeedImport.plural(outcomes.size(), "article"), dryRun ? "dry run: would have " : "", updated,
                outcomes.size() - updated, kept);
        for (FileOutcome f : outcomes) {
            if (!f.kept().isEmpty()) {
                out.println("  kept editor edits in " + content.resolve(f.file()) + ": "
                        + String.join(", ", f.kept().stream().map(ArticleField::key).toList()));
            }
            if ((verbose || dryRun) && f.status() == FileOutcome.Status.UPDATED) {
                out.println("  " + (dryRun ? "would update " : "updated ") + content.resolve(f.file()));
            }
        }
        out.flush();
        return Main.OK;
    }
}
