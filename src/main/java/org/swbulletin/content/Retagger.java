package org.swbulletin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swbulletin.enrich.ArticleText;
import org.swbulletin.enrich.DateResolver;
import org.swbulletin.enrich.Enricher;
import org.swbulletin.enrich.Enrichment;
import org.swbulletin.ingest.Punctuation;

/**
 * Runs enrichment again over the stored articles and updates only the enrichment fields (places, themes, figures,
 * date), with the same per-field protection of editors' values as import.
 */
public final class Retagger {
    private final Path dir;
    private final Enricher enricher;
    private final boolean force;
    private final boolean dryRun;

    /**
     * @param contentDir the content directory
     * @param enricher   tags each article
     * @param force      overwrite editors' tags
     * @param dryRun     decide everything, write nothing
     */
    public Retagger(Path contentDir, Enricher enricher, boolean force, boolean dryRun) {
        this.dir = contentDir;
        this.enricher = enricher;
        this.force = force;
        this.dryRun = dryRun;
    }

    /** The text enrichment reads from a stored article. */
    public static ArticleText text(Article a) {
        return new ArticleText(a.title(), a.kicker(), a.section(), a.source(), MarkdownText.blocks(a.body()));
    }

    /**
     * Retags every Chinese article; translations are left alone.
     *
     * @return one outcome per article, in path order
     * @throws ContentException when an article file does not parse (nothing is written then)
     */
    public List<FileOutcome> run() {
        ContentStore store = new ContentStore(dir);
        List<Article> articles = store.loadAll();
        ImportManifest manifest = ImportManifest.load(dir);
        List<FileOutcome> out = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        // As import does: the articles of a report date it, and a day without a year takes the report's year.
        Map<String, List<ArticleText>> byReport = new HashMap<>();
        for (Article a : articles) {
            if (!a.isTranslation() && !a.reports().isEmpty()) {
                byReport.computeIfAbsent(a.reports().get(0), r -> new ArrayList<>()).add(text(a));
            }
        }
        Map<String, String> reportDates = new HashMap<>();
        byReport.forEach((r, texts) -> reportDates.put(r, ReportFiles.dateFor(dir, r, DateResolver.reportDate(texts))));
        for (Article a : articles) {
            if (a.isTranslation()) continue;
            Enrichment e = enricher.enrich(text(a), a.reports().isEmpty() ? null : reportDates.get(a.reports().get(0)));
            Article proposed = a.toBuilder().provinces(e.provinces()).cities(e.cities()).places(e.places())
                    .themes(e.themes()).figures(e.figures()).date(e.date()).build();
            ImportManifest.Entry entry = manifest.article(a.id()).orElse(null);
            FieldMerge.Result merged = FieldMerge.merge(a, proposed, entry, ArticleSchema.ENRICHED, force);
            Path rel = a.file();
            FileOutcome.Status status = FileOutcome.Status.UNCHANGED;
            if (!merged.article().equals(a)) {
                status = FileOutcome.Status.UPDATED;
                String text = FrontMatter.write(merged.article());
                writes.add(() -> AtomicWrite.text(dir.resolve(rel), text));
            }
            ImportManifest.Entry recorded = manifest.articleOrNew(a.id());
            if (recorded.file() == null) {
                recorded.place(rel.toString().replace('\\', '/'), Punctuation.lettersOnly(a.title()));
            }
            ArticleSchema.ENRICHED.forEach(f -> recorded.record(f, proposed));
            out.add(new FileOutcome(rel, a.id(), status, merged.kept()));
        }
        if (!dryRun) {
            writes.forEach(Runnable::run);
            manifest.save(dir);
        }
        return out;
    }
}
