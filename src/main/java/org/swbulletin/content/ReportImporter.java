package org.swbulletin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.swbulletin.enrich.ArticleText;
import org.swbulletin.enrich.DateResolver;
import org.swbulletin.enrich.Enricher;
import org.swbulletin.enrich.Enrichment;
import org.swbulletin.ingest.ParsedArticle;
import org.swbulletin.ingest.ParsedReport;
import org.swbulletin.ingest.Punctuation;
import org.swbulletin.ingest.Script;

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
    private final ImportCommit.FileOps files;

    /**
     * @param contentDir the content directory
     * @param enricher   tags each article
     * @param force      overwrite editors' edits
     * @param dryRun     decide everything, write nothing
     */
    public ReportImporter(Path contentDir, Enricher enricher, boolean force, boolean dryRun) {
        this(contentDir, enricher, force, dryRun, ImportCommit.DISK);
    }

    /**
     * An importer writing through the given file operations: a run's files appear all together or not at all
     * ({@link ImportCommit}).
     */
    public ReportImporter(Path contentDir, Enricher enricher, boolean force, boolean dryRun,
            ImportCommit.FileOps files) {
        this.dir = contentDir;
        this.enricher = enricher;
        this.force = force;
        this.dryRun = dryRun;
        this.files = files;
    }

    /**
     * The lock one import at a time holds on a content folder: beside it, in the {@code .bulletin/} folder of build
     * caches, so that it is never committed with the content nor seen by a watcher of it.
     */
    public static Path lockFile(Path contentDir) {
        Path dir = contentDir.toAbsolutePath().normalize();
        Path parent = dir.getParent() == null ? dir : dir.getParent();
        return parent.resolve(".bulletin").resolve((dir.getFileName() == null ? "root" : dir.getFileName())
                + ".import.lock");
    }

    /**
     * Imports the reports (in id order) and returns what happened to each; one import at a time writes a content
     * folder, a second waits {@link FolderLock#WAIT}, then gives up naming the first.
     */
    public List<ReportOutcome> run(List<ParsedReport> parsed) {
        if (dryRun) {
            return runLocked(parsed);
        }
        try (FolderLock lock = FolderLock.acquire(lockFile(dir), "import into " + dir, FolderLock.WAIT)) {
            return runLocked(parsed);
        }
    }

    private List<ReportOutcome> runLocked(List<ParsedReport> parsed) {
        if (!dryRun) {
            ImportCommit.finish(dir, files);
        }
        List<ParsedReport> reports = parsed.stream().sorted(Comparator.comparing(ParsedReport::id)).toList();
        ImportManifest manifest = ImportManifest.load(dir);
        Set<String> taken = takenIds(manifest);
        Set<String> runReports = new HashSet<>();
        reports.forEach(r -> runReports.add(r.id()));

        Map<String, Proposal> proposals = new LinkedHashMap<>();
        Reprints reprints = new Reprints(manifest, proposals, reports);
        Existing existing = new Existing(manifest, reports);
        Map<String, List<String>> idsByReport = new LinkedHashMap<>();
        Map<String, List<String>> orphans = new LinkedHashMap<>();
        for (ParsedReport r : reports) {
            List<String> old = manifest.report(r.id());
            Set<String> keys = new HashSet<>();
            r.articles().forEach(a -> keys.add(reprints.key(a)));
            Set<String> claimed = new HashSet<>();
            List<String> ids = new ArrayList<>();
            for (ParsedArticle a : r.articles()) {
                String id = findInReport(old, a, reprints.key(a), keys, claimed, manifest);
                if (id == null) id = reprints.find(a, r.id());
                if (id == null) id = existing.find(r.id(), a, reprints.key(a), reprints.slug(a), claimed, proposals);
                if (id == null) {
                    id = ArticleSlug.numbered(reprints.slug(a), taken);
                    taken.add(id);
                }
                claimed.add(id);
                ids.add(id);
                Proposal p = proposals.computeIfAbsent(id, k -> new Proposal(k, proposals.size()));
                p.printings.put(r.id(), a);
                reprints.printed(p, a);
            }
            idsByReport.put(r.id(), ids);
            orphans.put(r.id(), old.stream().filter(id -> !ids.contains(id)).toList());
        }

        List<Proposal> all = List.copyOf(proposals.values());
        List<List<String>> printedIns = new ArrayList<>(all.size());
        for (Proposal p : all) {
            TreeSet<String> printedIn = new TreeSet<>(p.printings.keySet());
            for (String rid : manifest.reportIds()) {
                if (!runReports.contains(rid) && manifest.report(rid).contains(p.id)) printedIn.add(rid);
            }
            printedIns.add(List.copyOf(printedIn));
        }
        // Enriching and writing an article is independent of the others: on all cores. The manifest is only read
        // there, and updated afterwards in id order.
        // A report's own text dates it (its latest event day): an article's 3月12日 then takes its year.
        Map<String, String> reportDates = new HashMap<>();
        Map<String, String> inferred = new HashMap<>();
        for (ParsedReport r : reports) {
            inferred.put(r.id(), DateResolver.reportDate(r.articles().stream().map(ArticleText::of).toList()));
            // An editor's report file dates the report, whatever the text says.
            reportDates.put(r.id(), ReportFiles.dateFor(dir, r.id(), inferred.get(r.id())));
        }
        List<Written> written = IntStream.range(0, all.size()).parallel()
                .mapToObj(i -> write(all.get(i), printedIns.get(i), manifest, existing.files, reportDates)).toList();
        Map<String, FileOutcome> outcomes = new LinkedHashMap<>();
        java.util.SortedMap<Path, String> texts = new java.util.TreeMap<>();
        for (Written w : written) {
            outcomes.put(w.outcome.id(), w.outcome);
            if (w.text != null) {
                texts.put(w.outcome.file(), w.text);
            }
            if (w.fingerprints == null) continue;
            ImportManifest.Entry e = manifest.articleOrNew(w.outcome.id());
            e.place(w.outcome.file().toString().replace('\\', '/'), w.key);
            w.fingerprints.forEach(e::record);
        }
        idsByReport.forEach(manifest::putReport);
        reports.forEach(r -> manifest.convertedFromTraditional(r.id(), r.script() != Script.SIMPLIFIED));
        if (!dryRun) {
            // The report files import infers go in the same all-or-nothing commit; an existing one is never touched.
            inferred.forEach((r, date) -> {
                String text = ReportFiles.inferredText(dir, r, date);
                if (text != null) {
                    texts.put(Path.of(r, ReportSchema.FILE_NAME), text);
                }
            });
            String manifestText = manifest.write();
            Path manifestFile = dir.resolve(ImportManifest.RELATIVE);
            ImportCommit.commit(dir, texts, manifestText.equals(read(manifestFile)) ? null
                    : Map.entry(ImportManifest.RELATIVE, manifestText), files);
        }
        List<ReportOutcome> out = new ArrayList<>();
        for (ParsedReport r : reports) {
            out.add(new ReportOutcome(r, idsByReport.get(r.id()).stream().map(outcomes::get).toList(),
                    orphans.get(r.id())));
        }
        return out;
    }

    /**
     * What writing one article does, the text to write (null: none), and what the manifest is to record about it
     * (nothing when fingerprints is null).
     */
    private record Written(FileOutcome outcome, String text, String key, Map<ArticleField<?>, String> fingerprints) {}

    private Written write(Proposal p, List<String> printedIn, ImportManifest manifest, Map<String, Path> existing,
            Map<String, String> reportDates) {
        ImportManifest.Entry entry = manifest.article(p.id).orElse(null);
        String first = printedIn.get(0);
        ParsedArticle owner = p.printings.get(first);
        Path rel = entry != null && entry.file() != null ? Path.of(entry.file())
                : existing.getOrDefault(p.id, Path.of(first, p.id + ".md"));
        Path file = dir.resolve(rel);
        Article current = Files.isRegularFile(file) ? new ContentStore(dir).load(rel) : null;
        Set<ArticleField<?>> fields = owner != null ? ArticleSchema.IMPORTED : Set.of(ArticleSchema.REPORTS);
        Article proposed;
        if (owner != null) {
            proposed = article(p.id, owner, enricher.enrich(ArticleText.of(owner), reportDates.get(first)), printedIn);
        } else if (current != null) {
            proposed = current.toBuilder().reports(printedIn).build();
        } else {
            // reprint of an article whose file an editor deleted: nothing to add the report to
            return new Written(new FileOutcome(rel, p.id, FileOutcome.Status.KEPT_DELETED, List.of()), null, null, null);
        }
        String key = key(owner != null ? owner : p.printings.values().iterator().next());
        FileOutcome outcome;
        String text = null;
        if (current == null) {
            if (entry != null && entry.file() != null && !force) {
                return new Written(new FileOutcome(rel, p.id, FileOutcome.Status.KEPT_DELETED, List.of()), null, null, null);
            }
            text = FrontMatter.write(proposed);
            outcome = new FileOutcome(rel, p.id, FileOutcome.Status.CREATED, List.of());
        } else {
            FieldMerge.Result merged = FieldMerge.merge(current, proposed, entry, fields, force);
            String mergedText = FrontMatter.write(merged.article());
            if (merged.article().equals(current) || mergedText.equals(read(file))) {
                outcome = new FileOutcome(rel, p.id, FileOutcome.Status.UNCHANGED, merged.kept());
            } else {
                text = mergedText;
                outcome = new FileOutcome(rel, p.id, FileOutcome.Status.UPDATED, merged.kept());
            }
        }
        Map<ArticleField<?>, String> fingerprints = new LinkedHashMap<>();
        for (ArticleField<?> f : fields) {
            fingerprints.put(f, f.fingerprint(proposed));
        }
        return new Written(outcome, text, key, fingerprints);
    }

    /** The article import would write for a parsed article and what enrichment found in it. */
    public static Article article(String id, ParsedArticle a, Enrichment e, List<String> reports) {
        return Article.builder().id(id).lang("zh").title(a.title()).kicker(a.kicker()).reports(reports)
                .order(a.order()).section(a.section()).source(a.source()).date(e.date()).captions(a.captions())
                .provinces(e.provinces()).cities(e.cities()).places(e.places()).themes(e.themes())
                .figures(e.figures()).body(a.markdown()).build();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Finds a parsed article among the ids import wrote for its report before: by title, then by position. */
    private static String findInReport(List<String> old, ParsedArticle a, String key, Set<String> keysInReport,
                                       Set<String> claimed, ImportManifest manifest) {
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

    /**
     * Finds the first printing of a reprinted article: same title, mostly the same text, another report. Printings and
     * manifest entries are indexed by title key, so each article is compared only with those of its own title, in the
     * order a scan of every proposal (then every manifest entry) would meet them.
     */
    private final class Reprints {
        private final ImportManifest manifest;
        private final Map<String, Proposal> proposals;
        private final Map<ParsedArticle, String> keys = new IdentityHashMap<>();
        private final Map<ParsedArticle, String> slugs = new IdentityHashMap<>();
        private final Map<ParsedArticle, int[]> grams = new IdentityHashMap<>();
        private final Map<String, List<Proposal>> byKey = new HashMap<>();
        private Map<String, List<String>> manifestByKey;

        Reprints(ImportManifest manifest, Map<String, Proposal> proposals, List<ParsedReport> reports) {
            this.manifest = manifest;
            this.proposals = proposals;
            // Title keys and slugs (pinyin) of every article, computed on all cores.
            List<ParsedArticle> articles = reports.stream().flatMap(r -> r.articles().stream()).toList();
            List<String[]> done = articles.parallelStream()
                    .map(a -> new String[] {ReportImporter.key(a), ArticleSlug.of(a.title())}).toList();
            Map<String, Integer> printings = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                keys.put(articles.get(i), done.get(i)[0]);
                slugs.put(articles.get(i), done.get(i)[1]);
                printings.merge(done.get(i)[0], 1, Integer::sum);
            }
            // Only articles whose title is printed again, here or in an earlier import, are compared by their
            // character pairs: those pairs too are computed up front on all cores, not one by one as ids resolve.
            List<ParsedArticle> compared = articles.stream()
                    .filter(a -> printings.get(keys.get(a)) > 1 || manifestByKey().containsKey(keys.get(a)))
                    .toList();
            List<int[]> pairs = compared.parallelStream().map(a -> bigrams(Punctuation.lettersOnly(a.markdown())))
                    .toList();
            for (int i = 0; i < compared.size(); i++) {
                grams.put(compared.get(i), pairs.get(i));
            }
        }

        String key(ParsedArticle a) {
            return keys.computeIfAbsent(a, ReportImporter::key);
        }

        // An article may be compared with many printings of the same title: its character pairs are computed once.
        private int[] grams(ParsedArticle a) {
            return grams.computeIfAbsent(a, x -> bigrams(Punctuation.lettersOnly(x.markdown())));
        }

        String slug(ParsedArticle a) {
            return slugs.computeIfAbsent(a, x -> ArticleSlug.of(x.title()));
        }

        void printed(Proposal p, ParsedArticle a) {
            List<Proposal> list = byKey.computeIfAbsent(key(a), k -> new ArrayList<>());
            if (!list.contains(p)) {
                list.add(p);
                list.sort(Comparator.comparingInt(x -> x.seq));
            }
        }

        String find(ParsedArticle a, String reportId) {
            String key = key(a);
            for (Proposal p : byKey.getOrDefault(key, List.of())) {
                for (Map.Entry<String, ParsedArticle> printing : p.printings.entrySet()) {
                    if (printing.getKey().equals(reportId) || !key.equals(key(printing.getValue()))) continue;
                    if (similar(grams(a), grams(printing.getValue()))) return p.id;
                }
            }
            for (String id : manifestByKey().getOrDefault(key, List.of())) {
                ImportManifest.Entry e = manifest.article(id).orElseThrow();
                if (proposals.containsKey(id) || e.file() == null) continue;
                Path file = dir.resolve(e.file());
                if (!Files.isRegularFile(file)) continue;
                if (similar(grams(a), bigrams(Punctuation.lettersOnly(new ContentStore(dir).load(Path.of(e.file())).body())))) {
                    return id;
                }
            }
            return null;
        }

        // The manifest does not change while ids are resolved: index it once, ids in sorted order.
        private Map<String, List<String>> manifestByKey() {
            if (manifestByKey == null) {
                manifestByKey = new HashMap<>();
                for (String id : manifest.articleIds()) {
                    String k = manifest.article(id).orElseThrow().key();
                    if (k != null) manifestByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
                }
            }
            return manifestByKey;
        }
    }

    /**
     * The articles already in the content folder that the manifest does not list (it was deleted, or an import was
     * stopped before saving it): an article of a report being imported is one of them when it has the same report
     * and the same title, the same text, or the id its title makes. Without this, a lost manifest imported every
     * report a second time, under {@code -2} ids. Read only when the manifest misses a report being imported.
     */
    private final class Existing {
        /** By report id, then title key, text key and id. */
        private final Map<String, Map<String, Article>> byReport = new HashMap<>();
        /** The file of each article found, by id. */
        final Map<String, Path> files = new HashMap<>();

        Existing(ImportManifest manifest, List<ParsedReport> reports) {
            boolean needed = reports.stream().anyMatch(r -> manifest.report(r.id()).isEmpty());
            if (!needed) {
                return;
            }
            for (Article a : new ContentStore(dir).loadEach(ArticleCache.none()).articles()) {
                if (a.isTranslation() || manifest.article(a.id()).map(e -> e.file() != null).orElse(false)) {
                    continue;
                }
                files.put(a.id(), a.file());
                for (String report : a.reports()) {
                    Map<String, Article> index = byReport.computeIfAbsent(report, k -> new HashMap<>());
                    index.putIfAbsent("title:" + Punctuation.lettersOnly(a.title()), a);
                    index.putIfAbsent("text:" + Punctuation.lettersOnly(a.body()), a);
                    index.putIfAbsent("id:" + a.id(), a);
                }
            }
        }

        String find(String reportId, ParsedArticle a, String titleKey, String slug, Set<String> claimed,
                    Map<String, Proposal> proposals) {
            Map<String, Article> index = byReport.get(reportId);
            if (index == null) {
                return null;
            }
            for (String k : List.of("title:" + titleKey, "text:" + Punctuation.lettersOnly(a.markdown()), "id:" + slug)) {
                Article found = index.get(k);
                if (found != null && !claimed.contains(found.id()) && !proposals.containsKey(found.id())) {
                    return found.id();
                }
            }
            return null;
        }
    }

    /** Jaccard similarity of the two texts' character pairs, at least {@link #REPRINT_SIMILARITY}. */
    static boolean similar(String a, String b) {
        return similar(bigrams(a), bigrams(b));
    }

    private static boolean similar(int[] x, int[] y) {
        if (x.length == 0 || y.length == 0) return x.length == y.length;
        int both = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                both++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return both >= REPRINT_SIMILARITY * (x.length + y.length - both);
    }

    /** The distinct character pairs of a text, each packed into an int, sorted. */
    private static int[] bigrams(String s) {
        if (s.length() < 2) return new int[0];
        int[] pairs = new int[s.length() - 1];
        for (int i = 0; i + 2 <= s.length(); i++) pairs[i] = s.charAt(i) << 16 | s.charAt(i + 1);
        java.util.Arrays.sort(pairs);
        int n = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (n == 0 || pairs[i] != pairs[n - 1]) pairs[n++] = pairs[i];
        }
        return java.util.Arrays.copyOf(pairs, n);
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
        /** Creation order: the order proposals are searched for a first printing. */
        final int seq;
        /** Report id to the article as printed there, in import order. */
        final Map<String, ParsedArticle> printings = new LinkedHashMap<>();

        Proposal(String id, int seq) {
            this.id = id;
            this.seq = seq;
        }
    }
}
