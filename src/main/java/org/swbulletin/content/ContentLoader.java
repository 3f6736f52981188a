package org.swbulletin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.swbulletin.Diagnostic;
import org.swbulletin.Diagnostic.Severity;
import org.swbulletin.enrich.DataFileException;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;

/**
 * The one step that loads a content folder, validates it and decides what is published: {@code check} reports what
 * it finds, {@code build} and {@code serve} publish what it decides, so the three never disagree.
 *
 * <p>It never stops at the first bad file: every file is read (through the article cache when one is given), every
 * rule of {@link ContentRules} applied, and every finding reported with its file and line.
 */
public final class ContentLoader {
    private final Gazetteer gazetteer;
    private final List<DataCheck> dataChecks;

    /**
     * A check of an editors' data file that a later stage reads (the site settings): it throws
     * {@link DataFileException} naming the file when the file is wrong.
     */
    @FunctionalInterface
    public interface DataCheck {
        /** Checks the data file of a content folder. */
        void check(Path contentDir);
    }

    /** A loader that knows places from this gazetteer (in the tool: {@link Gazetteer#bundled()}). */
    public ContentLoader(Gazetteer gazetteer) {
        this(gazetteer, List.of());
    }

    /**
     * A loader that also runs the given checks of data files, so that their errors are reported with the rest.
     *
     * @param gazetteer  the places known (in the tool: {@link Gazetteer#bundled()})
     * @param dataChecks checks of the data files other stages read
     */
    public ContentLoader(Gazetteer gazetteer, List<DataCheck> dataChecks) {
        this.gazetteer = gazetteer;
        this.dataChecks = List.copyOf(dataChecks);
    }

    /** Loads and validates every file of a content folder, parsing each one. */
    public LoadedContent load(Path dir, Publication publication) {
        return load(dir, ArticleCache.none(), publication);
    }

    /**
     * Loads and validates every file of a content folder.
     *
     * @param cache       articles parsed by earlier builds; files changed since are parsed and added to it
     * @param publication the build's day, and whether held articles are shown as drafts
     * @return the content, its findings and what may be published; never throws for bad content
     */
    public LoadedContent load(Path dir, ArticleCache cache, Publication publication) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (ImportCommit.pending(dir)) {
            diagnostics.add(new Diagnostic(dir.resolve(ImportCommit.JOURNAL), 0, Severity.ERROR, "an import stopped "
                    + "while moving its files into place, so the folder holds part of it: run import again to finish"));
        }
        ThemeTaxonomy taxonomy = null;
        Glossary glossary = null;
        try {
            taxonomy = ThemeTaxonomy.load(dir);
        } catch (DataFileException e) {
            diagnostics.add(e.diagnostic());
        }
        try {
            glossary = Glossary.load(dir);
        } catch (DataFileException e) {
            diagnostics.add(e.diagnostic());
        }
        for (DataCheck check : dataChecks) {
            try {
                check.check(dir);
            } catch (DataFileException e) {
                diagnostics.add(e.diagnostic());
            }
        }
        ContentStore.Loaded files = new ContentStore(dir).loadEach(cache);
        for (ContentException e : files.failures()) {
            diagnostics.add(new Diagnostic(dir.resolve(e.file()), e.line(), Severity.ERROR, e.getMessage()));
        }
        Map<String, ReportFile> reports = ReportFiles.load(dir, diagnostics);
        List<Article> articles = files.articles();
        ContentRules.Outcome outcome = new ContentRules(gazetteer, taxonomy).check(articles);
        diagnostics.addAll(located(dir, outcome.findings()));

        List<LoadedContent.Held> held = new ArrayList<>();
        List<Article> published = publish(articles, outcome, publication, held);
        for (LoadedContent.Held h : held) {
            if (!outcome.unfinished().contains(h.article())) {
                diagnostics.add(new Diagnostic(dir.resolve(h.article().file()), 0, Severity.INFO,
                        "not published yet: " + h.reason()));
            }
        }
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.file().toString()).thenComparingInt(Diagnostic::line));
        int untranslated = (int) outcome.originals().keySet().stream()
                .filter(id -> !outcome.translations().containsKey(id)).count();
        return new LoadedContent(dir, List.copyOf(diagnostics), articles, published, List.copyOf(held), taxonomy,
                glossary, outcome.originals().size(), outcome.translations().size(), untranslated, outcome.stale(),
                Map.copyOf(reports));
    }

    /**
     * True when an article known valid in all but its body stays valid whatever the rest of the content: its body
     * holds no site link (checked against the other articles), no translation draft's notes (which hold it back) and
     * no nesting deeper than {@link BodyNesting#LIMIT} (which the rules refuse).
     * A build that reads only a few changed files may trust such an article without loading the rest.
     */
    public static boolean validAlone(Article a) {
        return a.body().indexOf('/') < 0 && !ContentRules.hasDraftNotes(a) && BodyNesting.withinLimit(a.body());
    }

    /**
     * The articles to publish, in path order: originals with a unique id and translations of them, less those held
     * (which are added to {@code held}, and, when drafts are shown, published marked as drafts).
     */
    private static List<Article> publish(List<Article> articles, ContentRules.Outcome outcome,
                                         Publication publication, List<LoadedContent.Held> held) {
        Map<String, String> heldOriginals = new HashMap<>();
        Map<Article, String> reasons = new IdentityHashMap<>();
        for (Article a : outcome.originals().values()) {
            String reason = publication.holdReason(a);
            if (reason != null) {
                heldOriginals.put(a.id(), reason);
                reasons.put(a, reason);
            }
        }
        for (Article t : outcome.translations().values()) {
            String reason = heldOriginals.containsKey(t.id()) ? "its Chinese article is held ("
                    + heldOriginals.get(t.id()) + ")" : outcome.unfinished().contains(t) ? "unfinished translation draft"
                    : publication.holdReason(t);
            if (reason != null) {
                reasons.put(t, reason);
            }
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Map<String, Article> byId = a.isTranslation() ? outcome.translations() : outcome.originals();
            if (byId.get(a.id()) != a) {
                continue; // a duplicate id, or a translation of no article: an error says so
            }
            String reason = reasons.get(a);
            if (reason == null) {
                out.add(a);
            } else {
                held.add(new LoadedContent.Held(a, reason));
                if (publication.drafts()) {
                    out.add(a.draft() ? a : a.toBuilder().draft(true).build());
                }
            }
        }
        return out;
    }

    /** Findings as diagnostics: a finding about a key gets the key's line, read from the file only when needed. */
    private static List<Diagnostic> located(Path dir, List<ContentRules.Finding> findings) {
        Map<Path, Map<String, FrontMatter.Key>> keysByFile = new HashMap<>();
        List<Diagnostic> out = new ArrayList<>(findings.size());
        for (ContentRules.Finding f : findings) {
            int line = f.line();
            if (f.key() != null) {
                FrontMatter.Key key = keysByFile.computeIfAbsent(f.file(), file -> keys(dir.resolve(file))).get(f.key());
                line = key == null ? 1 : key.line();
            }
            out.add(new Diagnostic(dir.resolve(f.file()), line, f.severity(), f.message()));
        }
        return out;
    }

    private static Map<String, FrontMatter.Key> keys(Path file) {
        try {
            return FrontMatter.keys(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Map.of(); // read a moment ago: a file gone since is reported by the next build
        }
    }
}
