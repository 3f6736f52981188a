package org.swbulletin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.swbulletin.content.Article;
import org.swbulletin.content.ContentStore;
import org.swbulletin.content.FrontMatter;
import org.swbulletin.content.TranslationDraft;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bulletin translate <id>}: writes the English draft of an article for a translator to fill in. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = {"Writes <id>.en.md beside the Chinese article: an English working title, the fingerprint of the "
                + "Chinese text, the terms found in the article, and the Chinese paragraphs to translate.",
                "Translate the paragraphs, delete the notes, and run 'bulletin check'."})
final class TranslateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The article's id (its URL slug).")
    private String id;

    @Mixin
    private ContentOption contentOption;

    @Option(names = "--force", description = "Overwrite an existing translation (its English text is lost).")
    private boolean force;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    private final Supplier<Gazetteer> gazetteer;

    TranslateCommand(Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Integer call() {
        Path content = contentOption.existing();
        Optional<Article> found = new ContentStore(content).loadAll().stream()
                .filter(a -> !a.isTranslation() && a.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("error: no article with id '" + id + "' in " + content);
            return Main.INVALID_INPUT;
        }
        Article zh = found.get();
        Path target = content.resolve(zh.file()).resolveSibling(zh.id() + ".en.md");
        if (Files.exists(target) && !force) {
            spec.commandLine().getErr().println("error: " + target + " exists and may hold a translator's work; "
                    + "use --force to overwrite it");
            return Main.INVALID_INPUT;
        }
        TranslationDraft drafter = new TranslationDraft(gazetteer.get(), ThemeTaxonomy.load(content),
                Glossary.load(content));
        Article draft = drafter.draft(zh);
        write(target, FrontMatter.write(draft));
        spec.commandLine().getOut().println("wrote " + target + " (" + drafter.glossaryFor(zh).size()
                + " terms in its notes): translate the Chinese, delete the notes, then run 'bulletin check'");
        return Main.OK;
    }

    private static void write(Path target, String text) {
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".translate-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
