package org.swbulletin.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.swbulletin.content.Article;
import org.swbulletin.content.ReportFile;
import org.swbulletin.content.Fingerprint;
import org.swbulletin.content.ContentException;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Theme;

/**
 * All articles indexed once for every page: newest first, by province, theme, report and month, with translations.
 *
 * <p>Tags the reference data does not know are left out of the indexes and reported in {@link #warnings()}, so that a
 * typo in one article never breaks the whole site.
 */
public final class SiteIndex {
    /** Newest first; undated last; then by report (latest first), printed order and id. */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date() == null ? "" : a.date(), Comparator.reverseOrder())
            .thenComparing(a -> a.report() == null ? "" : a.report(), Comparator.reverseOrder())
            .thenComparingInt(Article::order)
            .thenComparing(Article::id);

    private final List<Article> articles;
    private final Map<String, Article> translations;
    private final Map<Article, List<Division>> provincesOf = new IdentityHashMap<>();
    private final Map<Article, List<Theme>> themesOf = new IdentityHashMap<>();
    private final Map<Division, List<Article>> byProvince = new LinkedHashMap<>();
    private final List<Article> national = new ArrayList<>();
    private final Map<Theme, List<Article>> byTheme = new LinkedHashMap<>();
    private final Map<String, List<Article>> byReport = new TreeMap<>(Comparator.reverseOrder());
    private final Map<String, List<Article>> byMonth = new TreeMap<>(Comparator.reverseOrder());
    private final List<Article> undated = new ArrayList<>();
    private final Map<Article, Integer> position = new IdentityHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> reportNumbers = new HashMap<>();
    private final Map<String, ReportFile> reports;
    private final Map<String, Boolean> stale = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each article's related articles, all of them ranked, by position; made on first use. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<List<Article>> related;

    /**
     * Indexes loaded articles, originals and translations mixed.
     *
     * @throws ContentException for two originals or two translations with the same id
     */
    public SiteIndex(List<Article> loaded, Names names) {
        this(loaded, names, Map.of());
    }

    /**
     * Indexes loaded articles with their reports' files: an undated article is listed (newest first and in the
     * archive) by its report's date, an editor's or the one import inferred; a report file's issue number names it.
     *
     * @throws ContentException for two originals or two translations with the same id
     */
    public SiteIndex(List<Article> loaded, Names names, Map<String, ReportFile> reports) {
        this.reports = Map.copyOf(reports);
        Map<String, Article> originals = new HashMap<>();
        Map<String, Article> english = new HashMap<>();
        for (Article a : loaded) {
            Map<String, Article> target = a.isTranslation() ? english : originals;
            Article before = target.putIfAbsent(a.id(), a);
            if (before != null) {
                throw new ContentException(a.file(), 1, "id '" + a.id() + "' is used by " + before.file() + " too");
            }
        }
        english.forEach((id, t) -> {
            if (!originals.containsKey(id)) {
                warnings.add(t.file() + ": translation of '" + id + "' has no Chinese original; not shown");
            }
        });
        english.keySet().retainAll(originals.keySet());
        this.translations = Map.copyOf(english);
        List<Article> sorted = new ArrayList<>(originals.values());
        sorted.sort(Comparator.comparing(this::listedDate, Comparator.reverseOrder()).thenComparing(NEWEST_FIRST));
        this.articles = List.copyOf(sorted);
        if (articles.size() > Window.POSITION_MASK) {
            throw new IllegalStateException("more than " + Window.POSITION_MASK + " articles: related articles are "
                    + "ranked by positions packed in 21 bits");
        }
        this.related = new java.util.concurrent.atomic.AtomicReferenceArray<>(articles.size());

        for (Division d : names.gazetteer().provinces()) {
            byProvince.put(d, new ArrayList<>());
        }
        for (Theme t : names.themes().themes()) {
            byTheme.put(t, new ArrayList<>());
        }
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            position.put(a, i);
            Set<Division> provinces = new LinkedHashSet<>();
            for (String p : a.provinces()) {
                Optional<Division> d = names.province(p);
                if (d.isPresent()) {
                    provinces.add(d.get());
                } else {
                    warnings.add(a.file() + ": unknown province '" + p + "'");
                }
            }
            provincesOf.put(a, List.copyOf(provinces));
            if (provinces.isEmpty()) {
                national.add(a);
            }
            provinces.forEach(d -> byProvince.get(d).add(a));
            Set<Theme> themes = new LinkedHashSet<>();
            for (String id : a.themes()) {
                Optional<Theme> t = names.themes().byId(id);
                if (t.isPresent()) {
                    themes.add(t.get());
                } else {
                    warnings.add(a.file() + ": unknown theme '" + id + "'");
                }
            }
            themesOf.put(a, List.copyOf(themes));
            themes.forEach(t -> byTheme.get(t).add(a));
            for (String r : a.reports()) {
                byReport.computeIfAbsent(r, k -> new ArrayList<>()).add(a);
            }
            String listed = listedDate(a);
            if (listed.length() < 7) {
                undated.add(a);
            } else {
                byMonth.computeIfAbsent(listed.substring(0, 7), k -> new ArrayList<>()).add(a);
            }
        }
        // Printed order inside a report; an article reprinted later keeps its first position there too.
        byReport.values().forEach(l -> l.sort(Comparator.comparingInt(Article::order).thenComparing(Article::id)));
        int n = byReport.size();
        for (String r : byReport.keySet()) {
            ReportFile file = this.reports.get(r);
            reportNumbers.put(r, file != null && file.issue() != null ? file.issue() : n);
            n--;
        }
    }

    /** Chinese originals, newest first. */
    public List<Article> articles() { return articles; }

    /** The English translation of an article, if an editor wrote one. */
    public Optional<Article> translation(Article a) { return Optional.ofNullable(translations.get(a.id())); }

    /**
     * Whether an article's translation may be out of date ({@link Fingerprint#isStale}), computed once per article
     * although both languages' views and the translations page ask; thread-safe.
     *
     * @throws IllegalArgumentException when the article has no translation
     */
    public boolean translationStale(Article a) {
        Article t = translations.get(a.id());
        if (t == null) {
            throw new IllegalArgumentException("'" + a.id() + "' has no translation");
        }
        return stale.computeIfAbsent(a.id(), k -> Fingerprint.isStale(a, t));
    }

    /** Number of translated articles. */
    public int translatedCount() { return translations.size(); }

    /** The known provinces an article is tagged with, most relevant first; empty for national news. */
    public List<Division> provincesOf(Article a) { return provincesOf.get(a); }

    /** The known themes an article is tagged with. */
    public List<Theme> themesOf(Article a) { return themesOf.get(a); }

    /** Every provincial-level division of the gazetteer with its articles, newest first (lists may be empty). */
    public Map<Division, List<Article>> byProvince() { return Collections.unmodifiableMap(byProvince); }

    /** Articles tagged with no province. */
    public List<Article> national() { return Collections.unmodifiableList(national); }

    /** Every theme of the taxonomy with its articles, newest first. */
    public Map<Theme, List<Article>> byTheme() { return Collections.unmodifiableMap(byTheme); }

    /** Reports, latest id first, each with its articles in printed order. */
    public Map<String, List<Article>> byReport() { return Collections.unmodifiableMap(byReport); }

    /** Months {@code YYYY-MM}, latest first, each with its articles newest first. */
    public Map<String, List<Article>> byMonth() { return Collections.unmodifiableMap(byMonth); }

    /** Articles without a date. */
    public List<Article> undated() { return Collections.unmodifiableList(undated); }

    /**
     * A report's number for display: its position among all reports in id order, oldest (lowest id) first, from 1.
     * Report ids begin with their sequence number, so this is the order they were printed in.
     */
    public int reportNumber(String report) {
        return reportNumbers.getOrDefault(report, 0);
    }

    /**
     * A report's date: its report file's (an editor's, or the one import inferred), else the newest date of its
     * articles, or null.
     */
    public String reportDate(String report) {
        ReportFile file = reports.get(report);
        if (file != null && file.date() != null) {
            return file.date();
        }
        return byReport.getOrDefault(report, List.of()).stream().map(Article::date)
                .filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether a report's date is import's inference that no editor has confirmed yet. */
    public boolean reportDateInferred(String report) {
        ReportFile file = reports.get(report);
        return file != null && file.date() != null && file.inferred();
    }

    /** The date an article is listed by: its own, else its first report's file's, else "" (undated, listed last). */
    private String listedDate(Article a) {
        if (a.date() != null) {
            return a.date();
        }
        ReportFile file = a.report() == null ? null : reports.get(a.report());
        return file == null || file.date() == null ? "" : file.date();
    }

    /** The next newer article, or null for the newest. */
    public Article newer(Article a) {
        int i = position.get(a);
        return i == 0 ? null : articles.get(i - 1);
    }

    /** The next older article, or null for the oldest. */
    public Article older(Article a) {
        int i = position.get(a);
        return i + 1 >= articles.size() ? null : articles.get(i + 1);
    }

    /**
     * The articles of a province listed after {@code a} (older, nearest first); empty when {@code a} is not among
     * them. What it holds does not change when newer articles arrive.
     */
    public List<Article> olderInProvince(Division province, Article a) {
        List<Article> list = byProvince.getOrDefault(province, List.of());
        int at = indexIn(list, a);
        return at < 0 ? List.of() : list.subList(at + 1, list.size());
    }

    /**
     * Up to {@code limit} articles sharing a province or a theme with {@code a}, most shared tags first, then nearest in
     * time. Looks only at a window around {@code a} in each list, so that the cost does not grow with the archive.
     */
    public List<Article> related(Article a, int limit) {
        int me = position.get(a);
        List<Article> ranked = related.get(me);
        if (ranked == null) {
            // Both languages' planners ask, at once: either may rank first, the list is the same.
            ranked = rankRelated(a, me);
            related.set(me, ranked);
        }
        return ranked.size() > limit ? ranked.subList(0, limit) : ranked;
    }

    // Every article page asks, twice (once per language): positions and scores are kept in arrays and ranked as
    // packed longs (fewer shared tags, then farther in time, then later, sort last) rather than through maps.
    private List<Article> rankRelated(Article a, int me) {
        Window w = new Window(me);
        for (Division d : provincesOf(a)) {
            w.add(byProvince.get(d), a, 2);
        }
        for (Theme t : themesOf(a)) {
            w.add(byTheme.get(t), a, 1);
        }
        long[] keys = new long[w.n];
        for (int i = 0; i < w.n; i++) {
            keys[i] = (long) (Window.MAX_SCORE - w.score[i]) << 42 | (long) Math.abs(w.pos[i] - me) << 21 | w.pos[i];
        }
        java.util.Arrays.sort(keys);
        List<Article> out = new ArrayList<>(keys.length);
        for (long k : keys) {
            out.add(articles.get((int) (k & Window.POSITION_MASK)));
        }
        return List.copyOf(out);
    }

    /** Where an article stands in a list in the site's order (a province's, a theme's), or a negative number. */
    private int indexIn(List<Article> list, Article a) {
        return Collections.binarySearch(list, a, Comparator.comparingInt(position::get));
    }

    /** The articles around one in its lists, each with the weight of the tags it shares with it. */
    private final class Window {
        static final int MAX_SCORE = (1 << 21) - 1;
        static final long POSITION_MASK = (1L << 21) - 1;
        private final int me;
        private int[] pos = new int[32];
        private int[] score = new int[32];
        private int n;

        Window(int me) {
            this.me = me;
        }

        void add(List<Article> list, Article a, int weight) {
            int at = indexIn(list, a);
            if (at < 0) {
                return;
            }
            for (int i = Math.max(0, at - 12); i < Math.min(list.size(), at + 13); i++) {
                int p = position.get(list.get(i));
                if (p != me) {
                    add(p, weight);
                }
            }
        }

        private void add(int p, int weight) {
            for (int i = 0; i < n; i++) {
                if (pos[i] == p) {
                    score[i] += weight;
                    return;
                }
            }
            if (n == pos.length) {
                pos = java.util.Arrays.copyOf(pos, n * 2);
                score = java.util.Arrays.copyOf(score, n * 2);
            }
            pos[n] = p;
            score[n++] = weight;
        }
    }

    /** Problems with tags that were left out of the site. */
    public List<String> warnings() { return Collections.unmodifiableList(warnings); }
}
