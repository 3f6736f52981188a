package org.swbulletin.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.swbulletin.Diagnostic;
import org.swbulletin.Diagnostic.Severity;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;

/**
 * A content folder loaded and validated: what {@code check} reports and what {@code build} and {@code serve}
 * publish, decided once by {@link ContentLoader}.
 *
 * @param dir          the content folder
 * @param diagnostics  every finding, in file and line order, files named as the working directory sees them
 * @param articles     every article file that parsed, originals and translations, in path order
 * @param published    what the site shows, in path order: the valid articles not held (with drafts shown: the held
 *                     ones too, marked {@code draft: true})
 * @param held         articles not published as of the build's day, with the reason
 * @param taxonomy     the themes, or null when their file is invalid (an error says so)
 * @param glossary     the glossary, or null when its file is invalid (an error says so)
 * @param originals    Chinese articles with a unique id
 * @param translations translations of a known article
 * @param untranslated Chinese articles without translation
 * @param stale        translations whose Chinese text changed since they were made
 * @param reports      the valid report files ({@link ReportSchema}) by report id
 */
public record LoadedContent(Path dir, List<Diagnostic> diagnostics, List<Article> articles, List<Article> published,
                            List<Held> held, ThemeTaxonomy taxonomy, Glossary glossary, int originals,
                            int translations, int untranslated, int stale,
                            Map<String, ReportFile> reports) {

    /**
     * An article not published, and why.
     *
     * @param article the article as loaded
     * @param reason  {@code draft: true}, {@code publish_after YYYY-MM-DD}, an unfinished translation, or the holding
     *                of its Chinese article
     */
    public record Held(Article article, String reason) {
        /** The held article as a summary line names it: file, then reason. */
        public String line(Path dir) {
            return Diagnostic.shown(dir.resolve(article.file())) + ": " + reason;
        }
    }

    /** How many findings have this severity. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** True when nothing stops publishing. */
    public boolean ok() {
        return count(Severity.ERROR) == 0;
    }

    /** The errors, in file and line order. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /**
     * This content, when it may be published.
     *
     * @throws InvalidContentException listing every error, when there is one
     */
    public LoadedContent requireValid() {
        if (!ok()) {
            throw new InvalidContentException(dir, errors());
        }
        return this;
    }
}
