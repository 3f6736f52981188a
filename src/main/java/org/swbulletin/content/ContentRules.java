package org.swbulletin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swbulletin.Diagnostic.Severity;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.ThemeTaxonomy;

/**
 * The rules content must follow to be published, applied to articles already loaded: known keys and tags, real dates,
 * ids that are URLs, unique ids, translations that match an article and are finished and up to date, internal links
 * that resolve. {@link ContentLoader} applies them on every {@code check}, {@code build} and {@code serve}.
 *
 * <p>Findings name a front-matter key rather than a line: lines are looked up afterwards, only for the files that have
 * findings, as a build reads most articles from its cache and not as text.
 */
final class ContentRules {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]+([-_][A-Za-z0-9]+)*");
    /** A report id is a seed file's name without its extension: any letters, but one segment of a URL. */
    private static final Pattern REPORT_ID = Pattern.compile("[^/\\\\\\s\\p{Cntrl}?#%]+");
    private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)");
    private static final Pattern HTML_LINK = Pattern.compile("(?i)(?:href|src)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern SITE_PATH = Pattern.compile(
            "/(?:en/)?(articles|provinces|themes|reports)/([^/]+)/?(?:index\\.html)?");

    private final Gazetteer gazetteer;
    private final ThemeTaxonomy taxonomy;

    /**
     * @param gazetteer places known (in the tool: {@link Gazetteer#bundled()})
     * @param taxonomy  the themes, or null when the taxonomy could not be read (its error is reported elsewhere)
     */
    ContentRules(Gazetteer gazetteer, ThemeTaxonomy taxonomy) {
        this.gazetteer = gazetteer;
        this.taxonomy = taxonomy;
    }

    /**
     * A finding about an article file, located by a front-matter key or by a line.
     *
     * @param file     relative to the content directory
     * @param key      the front-matter key the finding is about, or null when {@code line} says where
     * @param line     1-based line, or 0 for the whole file; used when {@code key} is null
     */
    record Finding(Path file, String key, int line, Severity severity, String message) {
        static Finding at(Article a, String key, Severity severity, String message) {
            return new Finding(a.file(), key, 0, severity, message);
        }

        static Finding atLine(Article a, int line, Severity severity, String message) {
            return new Finding(a.file(), null, line, severity, message);
        }
    }

    /**
     * What the rules found, with what the site needs to know about translations.
     *
     * @param findings     every finding
     * @param originals    Chinese articles by id (the first of a duplicate id)
     * @param translations translations by id (the first of a duplicate id), only those of a known article
     * @param unfinished   translations whose draft notes or Chinese text are still in them
     * @param stale        translations whose Chinese text changed since they were made
     */
    record Outcome(List<Finding> findings, Map<String, Article> originals, Map<String, Article> translations,
                   Set<Article> unfinished, int stale) {}

    /** Applies every rule to the articles of a content folder (originals and translations, in path order). */
    Outcome check(List<Article> articles) {
        List<Finding> problems = new ArrayList<>();
        // The rules about one article alone run on all cores, in order: a build checks every article every time.
        articles.parallelStream().map(a -> {
            List<Finding> own = new ArrayList<>(0);
            checkFields(a, own);
            checkNesting(a, own);
            return own;
        }).toList().forEach(problems::addAll);
        Map<String, Article> zh = new LinkedHashMap<>();
        Map<String, Article> en = new LinkedHashMap<>();
        for (Article a : articles) {
            Map<String, Article> byId = a.isTranslation() ? en : zh;
            Article first = byId.putIfAbsent(a.id(), a);
            if (first != null) {
                problems.add(Finding.at(a, "id", Severity.ERROR, "duplicate id '" + a.id() + "': "
                        + (a.isTranslation() ? "another translation of it is " : "also used by ") + first.file()));
            }
        }

        int stale = 0;
        Set<Article> unfinished = new java.util.HashSet<>();
        // Each original's fingerprint once, on all cores: hashing every translated text is the dearest rule.
        Map<String, String> fingerprints = en.values().parallelStream().map(t -> zh.get(t.id()))
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toConcurrentMap(Article::id, Fingerprint::of, (x, y) -> x));
        for (java.util.Iterator<Article> it = en.values().iterator(); it.hasNext(); ) {
            Article t = it.next();
            Article original = zh.get(t.id());
            if (original == null) {
                problems.add(Finding.at(t, "id", Severity.ERROR, "translation of an unknown article: no "
                        + "Chinese article has id '" + t.id() + "'"));
                it.remove();
                continue;
            }
            if (unfinishedDraft(t, problems)) {
                unfinished.add(t);
            } else {
                chineseLeft(t, problems);
            }
            String now = fingerprints.get(original.id());
            if (t.sourceFingerprint() == null) {
                stale++;
                problems.add(Finding.at(t, "id", Severity.WARNING, "translation records no "
                        + "source_fingerprint, so nobody can tell whether it is up to date; once it matches "
                        + original.file() + ", add 'source_fingerprint: " + now + "'"));
            } else if (!t.sourceFingerprint().equals(now)) {
                stale++;
                problems.add(Finding.at(t, "source_fingerprint", Severity.WARNING, "translation may be "
                        + "out of date: " + original.file() + " changed since it was made; update the English, then "
                        + "set 'source_fingerprint: " + now + "'"));
            }
        }
        for (Article a : zh.values()) {
            if (!en.containsKey(a.id())) {
                problems.add(Finding.atLine(a, 0, Severity.INFO, "no English translation yet (bulletin translate "
                        + a.id() + ")"));
            }
        }

        Set<String> reports = new HashSet<>();
        zh.values().forEach(a -> reports.addAll(a.reports()));
        articles.parallelStream().map(a -> {
            List<Finding> own = new ArrayList<>(0);
            checkLinks(a, zh.keySet(), reports, own);
            return own;
        }).toList().forEach(problems::addAll);
        return new Outcome(problems, zh, en, unfinished, stale);
    }

    private void checkFields(Article a, List<Finding> problems) {
        for (String key : a.extra().keySet()) {
            problems.add(Finding.at(a, key, Severity.WARNING, "unknown key '" + key + "' (known: "
                    + String.join(", ", FrontMatter.KEYS) + ")"));
        }
        if (!ID.matcher(a.id()).matches()) {
            problems.add(Finding.at(a, "id", Severity.ERROR, "id '" + a.id() + "' must be ascii letters and "
                    + "digits joined by '-' or '_': it is the article's URL"));
        }
        if (!a.lang().equals("zh") && !a.lang().equals("en")) {
            problems.add(Finding.at(a, "lang", Severity.ERROR, "lang must be zh or en, not '" + a.lang() + "'"));
        }
        boolean enName = a.file().getFileName().toString().endsWith(".en.md");
        if (enName != a.isTranslation()) {
            problems.add(Finding.at(a, "lang", Severity.ERROR, enName
                    ? "a .en.md file is an English translation: it needs 'lang: en'"
                    : "an English translation must be named <id>.en.md, beside its Chinese article"));
        }
        if (!a.isTranslation() && a.reports().isEmpty()) {
            problems.add(Finding.atLine(a, 1, Severity.WARNING, "no 'report': the article belongs to no report"));
        }
        for (String report : a.reports()) {
            if (!REPORT_ID.matcher(report).matches() || report.equals(".") || report.equals("..")) {
                problems.add(Finding.at(a, a.reports().size() == 1 ? "report" : "reports", Severity.ERROR,
                        "report '" + report + "' is not a report id (the name of a report file without .txt): it is "
                                + "a URL segment, without '/', '\\', spaces or control characters"));
            }
        }
        if (a.date() != null) {
            checkDate(a, "date", a.date(), true, problems);
        }
        if (a.publishAfter() != null) {
            checkDate(a, "publish_after", a.publishAfter(), false, problems);
        }
        for (String name : a.provinces()) {
            if (gazetteer.province(name).isEmpty()) {
                problems.add(Finding.at(a, "provinces", Severity.ERROR, "unknown province '" + name
                        + "': use a provincial-level division's short name, e.g. 甘肃, 内蒙古, 北京"));
            }
        }
        for (String name : a.cities()) {
            if (gazetteer.prefecture(name).isEmpty()) {
                problems.add(Finding.at(a, "cities", Severity.ERROR, cityMessage(name)));
            }
        }
        for (String name : a.places()) {
            if (gazetteer.named(name).isEmpty() && gazetteer.prefecture(name).isEmpty()
                    && gazetteer.province(name).isEmpty()) {
                problems.add(Finding.at(a, "places", Severity.WARNING, "place '" + name
                        + "' is not in the gazetteer"));
            }
        }
        if (taxonomy != null) {
            for (String theme : a.themes()) {
                if (taxonomy.byId(theme).isEmpty()) {
                    problems.add(Finding.at(a, "themes", Severity.ERROR, "unknown theme '" + theme
                            + "': not an id in " + ThemeTaxonomy.FILE));
                }
            }
        }
        if (a.themes().size() > 4) {
            problems.add(Finding.at(a, "themes", Severity.WARNING, a.themes().size() + " themes: an "
                    + "article is really about 1 to 4"));
        }
    }

    private String cityMessage(String name) {
        Optional<Division> county = gazetteer.named(name).stream()
                .filter(d -> d.level() == Division.Level.COUNTY).findFirst();
        if (county.isPresent()) {
            String prefecture = gazetteer.parent(county.get()).map(Division::shortName).orElse("its prefecture");
            return "'" + name + "' is a county-level place: list " + prefecture + " in cities and " + name
                    + " in places";
        }
        return "unknown city '" + name + "': use a prefecture-level city's short name, e.g. 武威, 苏州";
    }

    /** A day, or (when {@code monthAllowed}) a month, of the calendar, as written. */
    private static void checkDate(Article a, String key, String raw, boolean monthAllowed, List<Finding> problems) {
        String problem = null;
        if (CalendarDate.DAY.matcher(raw).matches()) {
            if (!CalendarDate.isDay(raw)) {
                problem = key + " '" + raw + "' is not a day of the calendar";
            }
        } else if (monthAllowed && CalendarDate.MONTH.matcher(raw).matches()) {
            if (!CalendarDate.isMonth(raw)) {
                problem = key + " '" + raw + "' is not a month of the calendar";
            }
        } else {
            problem = key + " '" + raw + "' must be " + (monthAllowed ? "YYYY-MM-DD or YYYY-MM (e.g. 2023-06-29, "
                    + "2023-06)" : "YYYY-MM-DD (e.g. 2023-06-29)");
        }
        if (problem != null) {
            problems.add(Finding.at(a, key, Severity.ERROR, problem));
        }
    }

    /**
     * True when a translation still holds the draft's notes or Chinese text: it is then held from publishing, with a
     * warning at the heading's line.
     */
    private static boolean unfinishedDraft(Article t, List<Finding> problems) {
        if (!hasDraftNotes(t)) {
            return false;
        }
        List<String> lines = t.body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(TranslationDraft.NOTES_HEADING) || line.equals(TranslationDraft.SOURCE_HEADING)) {
                problems.add(Finding.atLine(t, t.bodyLine() + i, Severity.WARNING, "unfinished translation draft, "
                        + "not published: translate the Chinese paragraphs and delete the section '" + line + "'"));
                return true;
            }
        }
        return false;
    }

    /**
     * Warns at the first Chinese left in a finished translation, field by field: the English page would show it as
     * English (a body cannot mark a language, its HTML is escaped), and a forgotten paragraph would pass unnoticed.
     */
    private static void chineseLeft(Article t, List<Finding> problems) {
        String advice = ": the English page would show it unmarked; translate it (names in pinyin)";
        for (ArticleField<?> f : List.of(ArticleSchema.TITLE, ArticleSchema.KICKER, ArticleSchema.CAPTIONS)) {
            Object value = f.get(t);
            if (value != null && hasHan(value.toString())) {
                problems.add(Finding.at(t, f.key(), Severity.WARNING, "Chinese text left in the translation's "
                        + f.key() + advice));
            }
        }
        List<String> lines = t.body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (hasHan(lines.get(i))) {
                problems.add(Finding.atLine(t, t.bodyLine() + i, Severity.WARNING, "Chinese text left in the "
                        + "translation" + advice));
                return;
            }
        }
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** True when a body holds a heading of a translation draft (only translations can be unfinished drafts). */
    static boolean hasDraftNotes(Article t) {
        return t.isTranslation() && (t.body().contains(TranslationDraft.NOTES_HEADING)
                || t.body().contains(TranslationDraft.SOURCE_HEADING));
    }

    /** A body nested too deeply would overflow the renderer's stack; the check is one pass over the body. */
    private static void checkNesting(Article a, List<Finding> problems) {
        BodyNesting.Deepest deepest = BodyNesting.deepest(a.body());
        if (deepest.depth() > BodyNesting.LIMIT) {
            problems.add(Finding.atLine(a, a.bodyLine() + deepest.line(), Severity.ERROR, "body nests block quotes "
                    + "or lists " + deepest.depth() + " deep (at most " + BodyNesting.LIMIT + ")"));
        }
    }

    private void checkLinks(Article a, Set<String> ids, Set<String> reports, List<Finding> problems) {
        if (a.body().indexOf('/') < 0) {
            return; // no site path in the text: most bodies, skipped without splitting them into lines
        }
        List<String> lines = a.body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('/') < 0) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            collect(INLINE_LINK.matcher(line), targets);
            collect(REFERENCE_LINK.matcher(line), targets);
            collect(HTML_LINK.matcher(line), targets);
            for (String target : targets) {
                String broken = brokenReason(target, ids, reports);
                if (broken != null) {
                    problems.add(Finding.atLine(a, a.bodyLine() + i, Severity.ERROR,
                            "broken link to " + target + ": " + broken));
                }
            }
        }
    }

    private static void collect(Matcher m, List<String> targets) {
        while (m.find()) {
            targets.add(m.group(1));
        }
    }

    private String brokenReason(String target, Set<String> ids, Set<String> reports) {
        if (!target.startsWith("/") || target.startsWith("//")) {
            return null;
        }
        String path = target.replaceFirst("[?#].*$", "");
        Matcher m = SITE_PATH.matcher(path);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(2);
        return switch (m.group(1)) {
            case "articles" -> ids.contains(name) ? null : "no article has id '" + name + "'";
            case "provinces" -> gazetteer.bySlug(Division.Level.PROVINCE, name).isPresent() ? null
                    : "no province has slug '" + name + "'";
            case "themes" -> taxonomy == null || taxonomy.byId(name).isPresent() ? null
                    : "no theme has id '" + name + "'";
            default -> reports.contains(name) ? null : "no report has id '" + name + "'";
        };
    }
}
