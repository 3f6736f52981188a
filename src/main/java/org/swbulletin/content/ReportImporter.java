package org.swbulletin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.swbulletin.enrich.ArticleText;
import org.swbulletin.enrich.Enricher;
import org.swbulletin.enrich.Enrichment;
import org.swbulletin.ingest.ParsedArticle;
import org.swbulletin.ingest.ParsedReport;
import org.swbulletin.ingest.Punctuation;

/**
 * Writes parsed reports into the content directory: one file per article, {@code content/<report>/<id>.md}.
 *
 * <p>An article keeps the id it was first written with: a re-imported report finds its articles again through the
 * manifest (by title, then by position). The same article in a later report (same title, mostly the same text) is a
 * reprint: one file, both report ids in {@code reports:}, its other fields owned by the first printing. Every field is
 * merged on its own through {@link FieldMerge}, so an editor's changes survive re-import.
 */
public final class ReportImporter {
    /** Share of shared character pairs above which two texts under the same title are one article reprinted. */
    static final double REPRINT_SIMILARITY = 0.5;

    private final Path dir;
    private final Enricher enricher;
    private final boolean force;
    private final boolean dryRun;

    /**
     * @param contentDir the content directory
     * @param enricher   tags each article
     * @param force      overwrite editors' edits
     * @param dryRun     decide everything, write nothing
     */
    public ReportImporter(Path contentDir, Enricher enricher, boolean force, boolean dryRun) {
        this.dir = contentDir;
        this.enricher = enricher;
        this.force = force;
        this.dryRun = dryRun;
    }

    /** Imports the reports (in id order) and returns what happened to each. */
    public List<ReportOutcome> run(List<ParsedReport> parsed) {
        List<ParsedReport> reports = parsed.stream().sorted(Comparator.comparing(ParsedReport::id)).toList();
        ImportManifest manifest = ImportManifest.load(dir);
        Set<String> taken = takenIds(manifest);
        Set<String> runReports = new HashSet<>();
        reports.forEach(r -> runReports.add(r.id()));

        Map<String, Proposal> proposals = new LinkedHashMap<>();
        Map<String, List<String>> idsByReport = new LinkedHashMap<>();
        Map<String, List<String>> orphans = new LinkedHashMap<>();
        for (ParsedReport r : reports) {
            List<String> old = manifest.report(r.id());
            Set<String> keys = new HashSet<>();
            r.articles().forEach(a -> keys.add(key(a)));
            Set<String> claimed = new HashSet<>();
            List<String> ids = new ArrayList<>();
            for (ParsedArticle a : r.articles()) {
                String id = findInReport(old, a, keys, claimed, manifest);
                if (id == null) id = findReprint(a, r.id(), proposals, manifest);
                if (id == null) {
                    id = ArticleSlug.unique(a.title(), taken);
                    taken.add(id);
                }
                claimed.add(id);
                ids.add(id);
                proposals.computeIfAbsent(id, Proposal::new).printings.put(r.id(), a);
            }
            idsByReport.put(r.id(), ids);
            orphans.put(r.id(), old.stream().filter(id -> !ids.contains(id)).toList());
        }

        Map<String, FileOutcome> outcomes = new LinkedHashMap<>();
        for (Proposal p : proposals.values()) {
            TreeSet<String> printedIn = new TreeSet<>(p.printings.keySet());
            for (String rid : manifest.reportIds()) {
                if (!runReports.contains(rid) && manifest.report(rid).contains(p.id)) printedIn.add(rid);
            }
            outcomes.put(p.id, write(p, List.copyOf(printedIn), manifest));
        }
        idsByReport.forEach(manifest::putReport);
        if (!dryRun) {
            manifest.save(dir);
        }
        List<ReportOutcome> out = new ArrayList<>();
        for (ParsedReport r : reports) {
            out.add(new ReportOutcome(r, idsByReport.get(r.id()).stream().map(outcomes::get).toList(),
                    orphans.get(r.id())));
        }
        return out;
    }

    private FileOutcome write(Proposal p, List<String> printedIn, ImportManifest manifest) {
        ImportManifest.Entry entry = manifest.article(p.id).orElse(null);
        String first = printedIn.get(0);
        ParsedArticle owner = p.printings.get(first);
        Path rel = entry != null && entry.file() != null ? Path.of(entry.file()) : Path.of(first, p.id + ".md");
        Path file = dir.resolve(rel);
        Article current = Files.isRegularFile(file) ? new ContentStore(dir).load(rel) : null;
        Set<ImportedField> fields = owner != null ? EnumSet.allOf(ImportedField.class) : EnumSet.of(ImportedField.REPORTS);
        Article proposed;
        if (owner != null) {
            proposed = article(p.id, owner, enricher.enrich(ArticleText.of(owner)), printedIn);
        } else if (current != null) {
            proposed = current.toBuilder().reports(printedIn).build();
        } else {
            // reprint of an article whose file an editor deleted: nothing to add the report to
            return new FileOutcome(rel, p.id, FileOutcome.Status.KEPT_DELETED, List.of());
        }
        String key = key(owner != null ? owner : p.printings.values().iterator().next());
        FileOutcome outcome;
        if (current == null) {
            if (entry != null && entry.file() != null && !force) {
                return new FileOutcome(rel, p.id, FileOutcome.Status.KEPT_DELETED, List.of());
            }
            writeFile(file, FrontMatter.write(proposed));
            outcome = new FileOutcome(rel, p.id, FileOutcome.Status.CREATED, List.of());
        } else {
            FieldMerge.Result merged = FieldMerge.merge(current, proposed, entry, fields, force);
            String text = FrontMatter.write(merged.article());
            if (merged.article().equals(current) || text.equals(read(file))) {
                outcome = new FileOutcome(rel, p.id, FileOutcome.Status.UNCHANGED, merged.kept());
            } else {
                writeFile(file, text);
                outcome = new FileOutcome(rel, p.id, FileOutcome.Status.UPDATED, merged.kept());
            }
        }
        ImportManifest.Entry e = manifest.articleOrNew(p.id);
        e.place(rel.toString().replace('\\', '/'), key);
        for (ImportedField f : fields) {
            e.record(f, proposed);
        }
        return outcome;
    }

    /** The article import would write for a parsed article and what enrichment found in it. */
    public static Article article(String id, ParsedArticle a, Enrichment e, List<String> reports) {
        return Article.builder().id(id).lang("zh").title(a.title()).kicker(a.kicker()).reports(reports)
                .order(a.order()).section(a.section()).source(a.source()).date(e.date()).captions(a.captions())
                .provinces(e.provinces()).cities(e.cities()).places(e.places()).themes(e.themes())
                .figures(e.figures()).body(a.markdown()).build();
    }

    private void writeFile(Path file, String text) {
        if (!dryRun) {
            AtomicWrite.text(file, text);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Finds a parsed article among the ids import wrote for its report before: by title, then by position. */
    private static String findInReport(List<String> old, ParsedArticle a, Set<String> keysInReport,
                                       Set<String> claimed, ImportManifest manifest) {
        String key = key(a);
        for (String id : old) {
            if (!claimed.contains(id) && key.equals(manifest.article(id).map(ImportManifest.Entry::key).orElse(null))) {
                return id;
            }
        }
        if (a.order() <= old.size()) {
            String id = old.get(a.order() - 1);
            String oldKey = manifest.article(id).map(ImportManifest.Entry::key).orElse(null);
            if (!claimed.contains(id) && !keysInReport.contains(oldKey)) {
                return id;
            }
        }
        return null;
    }

    /** Finds the first printing of a reprinted article: same title, mostly the same text, another report. */
    private String findReprint(ParsedArticle a, String reportId, Map<String, Proposal> proposals,
                               ImportManifest manifest) {
        String key = key(a);
        String body = Punctuation.lettersOnly(a.markdown());
        for (Proposal p : proposals.values()) {
            for (Map.Entry<String, ParsedArticle> printing : p.printings.entrySet()) {
                if (!printing.getKey().equals(reportId) && key.equals(key(printing.getValue()))
                        && similar(body, Punctuation.lettersOnly(printing.getValue().markdown()))) {
                    return p.id;
                }
            }
        }
        for (String id : manifest.articleIds()) {
            ImportManifest.Entry e = manifest.article(id).orElseThrow();
            if (proposals.containsKey(id) || !key.equals(e.key()) || e.file() == null) continue;
            Path file = dir.resolve(e.file());
            if (Files.isRegularFile(file)
                    && similar(body, Punctuation.lettersOnly(new ContentStore(dir).load(Path.of(e.file())).body()))) {
                return id;
            }
        }
        return null;
    }

    /** Jaccard similarity of the two texts' character pairs, at least {@link #REPRINT_SIMILARITY}. */
    static boolean similar(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) return x.equals(y);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() >= REPRINT_SIMILARITY * (x.size() + y.size() - both.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) out.add(s.substring(i, i + 2));
        return out;
    }

    /** The title key that finds an article again: its letters and digits. */
    static String key(ParsedArticle a) {
        return Punctuation.lettersOnly(a.title());
    }

    private Set<String> takenIds(ImportManifest manifest) {
        Set<String> taken = new HashSet<>(manifest.articleIds());
        for (Path p : new ContentStore(dir).articleFiles()) {
            String name = p.getFileName().toString();
            taken.add(name.substring(0, name.indexOf('.')));
        }
        return taken;
    }

    private static final class Proposal {
        final String id;
        /** Report id to the article as printed there, in import order. */
        final Map<String, ParsedArticle> printings = new LinkedHashMap<>();

        Proposal(String id) {
            this.id = id;
        }
    }
}
