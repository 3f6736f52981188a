package org.swbulletin.content;

import org.swbulletin.Diagnostic;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swbulletin.Diagnostic.Severity;
import org.swbulletin.enrich.DataFileException;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;

/**
 * Validates a content directory the way CI and editors need before publishing: front matter that parses, known keys
 * and tags, real dates, unique ids, translations that match an article and are up to date, internal links that
 * resolve.
 *
 * <p>Unlike {@link ContentStore#loadAll()} it does not stop at the first bad file: it reports every finding.
 */
public final class ContentChecker {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]+([-_][A-Za-z0-9]+)*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)");
    private static final Pattern HTML_LINK = Pattern.compile("(?i)(?:href|src)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern SITE_PATH = Pattern.compile(
            "/(?:en/)?(articles|provinces|themes|reports)/([^/]+)/?(?:index\\.html)?");

    private final Gazetteer gazetteer;

    /** A checker that knows places from this gazetteer (in the tool: {@link Gazetteer#bundled()}). */
    public ContentChecker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * What checking a content directory found.
     *
     * @param problems     every finding, by file and line
     * @param articles     Chinese articles that parsed
     * @param translations English translations that parsed
     * @param untranslated Chinese articles without translation
     * @param stale        translations whose Chinese text changed since they were made
     */
    public record Result(List<Diagnostic> problems, int articles, int translations, int untranslated, int stale) {
        /** How many findings have this severity. */
        public long count(Severity severity) {
            return problems.stream().filter(p -> p.severity() == severity).count();
        }

        /** True when nothing stops publishing. */
        public boolean ok() {
            return count(Severity.ERROR) == 0;
        }
    }

    private record Parsed(Path file, Article article, Map<String, FrontMatter.Key> keys) {
        int line(String key) {
            FrontMatter.Key k = keys.get(key);
            return k == null ? 1 : k.line();
        }
    }

    /** Checks every article and translation under a content directory, and the data files it needs. */
    public Result check(Path contentDir) {
        List<Diagnostic> problems = new ArrayList<>();
        ThemeTaxonomy taxonomy = null;
        try {
            taxonomy = ThemeTaxonomy.load(contentDir);
        } catch (DataFileException e) {
            problems.add(new Diagnostic(e.file(), e.line(), Severity.ERROR, e.getMessage()));
        }
        try {
            Glossary.load(contentDir);
        } catch (DataFileException e) {
            problems.add(new Diagnostic(e.file(), e.line(), Severity.ERROR, e.getMessage()));
        }

        List<Parsed> parsed = new ArrayList<>();
        for (Path relative : new ContentStore(contentDir).articleFiles()) {
            Path file = contentDir.resolve(relative);
            read(file, problems).ifPresent(text -> {
                try {
                    Article a = FrontMatter.parse(text, file);
                    parsed.add(new Parsed(file, a, FrontMatter.keys(text)));
                } catch (ContentException e) {
                    problems.add(new Diagnostic(file, e.line(), Severity.ERROR, e.getMessage()));
                }
            });
        }
        for (Parsed p : parsed) {
            checkFields(p, taxonomy, problems);
        }

        Map<String, Parsed> zh = new LinkedHashMap<>();
        Map<String, Parsed> en = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            Map<String, Parsed> byId = p.article().isTranslation() ? en : zh;
            Parsed first = byId.putIfAbsent(p.article().id(), p);
            if (first != null) {
                problems.add(new Diagnostic(p.file(), p.line("id"), Severity.ERROR, "duplicate id '" + p.article().id()
                        + "': " + (p.article().isTranslation() ? "another translation of it is " : "also used by ")
                        + first.file()));
            }
        }

        int stale = 0;
        for (Parsed t : en.values()) {
            Parsed original = zh.get(t.article().id());
            if (original == null) {
                problems.add(new Diagnostic(t.file(), t.line("id"), Severity.ERROR, "translation of an unknown article: no "
                        + "Chinese article has id '" + t.article().id() + "'"));
                continue;
            }
            checkDraftFinished(t, problems);
            String now = Fingerprint.of(original.article());
            if (t.article().sourceFingerprint() == null) {
                stale++;
                problems.add(new Diagnostic(t.file(), t.line("id"), Severity.WARNING, "translation records no "
                        + "source_fingerprint, so nobody can tell whether it is up to date; once it matches "
                        + original.file() + ", add 'source_fingerprint: " + now + "'"));
            } else if (Fingerprint.isStale(original.article(), t.article())) {
                stale++;
                problems.add(new Diagnostic(t.file(), t.line("source_fingerprint"), Severity.WARNING, "translation may be "
                        + "out of date: " + original.file() + " changed since it was made; update the English, then set "
                        + "'source_fingerprint: " + now + "'"));
            }
        }
        int untranslated = 0;
        for (Parsed p : zh.values()) {
            if (!en.containsKey(p.article().id())) {
                untranslated++;
                problems.add(new Diagnostic(p.file(), 0, Severity.INFO, "no English translation yet (bulletin translate "
                        + p.article().id() + ")"));
            }
        }

        Set<String> reports = new HashSet<>();
        zh.values().forEach(p -> reports.addAll(p.article().reports()));
        for (Parsed p : parsed) {
            checkLinks(p, zh.keySet(), reports, taxonomy, problems);
        }

        problems.sort(Comparator.comparing((Diagnostic p) -> p.file().toString()).thenComparingInt(Diagnostic::line));
        return new Result(List.copyOf(problems), zh.size(), en.size(), untranslated, stale);
    }

    private static Optional<String> read(Path file, List<Diagnostic> problems) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            problems.add(new Diagnostic(file, 0, Severity.ERROR, "not UTF-8 text; save it as UTF-8"));
        } catch (IOException e) {
            problems.add(new Diagnostic(file, 0, Severity.ERROR, "cannot read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private void checkFields(Parsed p, ThemeTaxonomy taxonomy, List<Diagnostic> problems) {
        Article a = p.article();
        Path file = p.file();
        for (String key : a.extra().keySet()) {
            problems.add(new Diagnostic(file, p.line(key), Severity.WARNING, "unknown key '" + key + "' (known: "
                    + String.join(", ", FrontMatter.KEYS) + ")"));
        }
        if (!ID.matcher(a.id()).matches()) {
            problems.add(new Diagnostic(file, p.line("id"), Severity.ERROR, "id '" + a.id() + "' must be ascii letters and "
                    + "digits joined by '-' or '_': it is the article's URL"));
        }
        if (!a.lang().equals("zh") && !a.lang().equals("en")) {
            problems.add(new Diagnostic(file, p.line("lang"), Severity.ERROR, "lang must be zh or en, not '" + a.lang()
                    + "'"));
        }
        boolean enName = file.getFileName().toString().endsWith(".en.md");
        if (enName != a.isTranslation()) {
            problems.add(new Diagnostic(file, p.line("lang"), Severity.ERROR, enName
                    ? "a .en.md file is an English translation: it needs 'lang: en'"
                    : "an English translation must be named <id>.en.md, beside its Chinese article"));
        }
        if (!a.isTranslation() && a.reports().isEmpty()) {
            problems.add(new Diagnostic(file, 1, Severity.WARNING, "no 'report': the article belongs to no report"));
        }
        FrontMatter.Key date = p.keys().get("date");
        if (date != null) {
            checkDate(date, file, problems);
        }
        for (String name : a.provinces()) {
            if (gazetteer.province(name).isEmpty()) {
                problems.add(new Diagnostic(file, p.line("provinces"), Severity.ERROR, "unknown province '" + name
                        + "': use a provincial-level division's short name, e.g. 甘肃, 内蒙古, 北京"));
            }
        }
        for (String name : a.cities()) {
            if (gazetteer.prefecture(name).isEmpty()) {
                problems.add(new Diagnostic(file, p.line("cities"), Severity.ERROR, cityMessage(name)));
            }
        }
        for (String name : a.places()) {
            if (gazetteer.named(name).isEmpty() && gazetteer.prefecture(name).isEmpty()
                    && gazetteer.province(name).isEmpty()) {
                problems.add(new Diagnostic(file, p.line("places"), Severity.WARNING, "place '" + name
                        + "' is not in the gazetteer"));
            }
        }
        if (taxonomy != null) {
            for (String theme : a.themes()) {
                if (taxonomy.byId(theme).isEmpty()) {
                    problems.add(new Diagnostic(file, p.line("themes"), Severity.ERROR, "unknown theme '" + theme
                            + "': not an id in " + ThemeTaxonomy.FILE));
                }
            }
        }
        if (a.themes().size() > 4) {
            problems.add(new Diagnostic(file, p.line("themes"), Severity.WARNING, a.themes().size() + " themes: an "
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

    private static void checkDate(FrontMatter.Key date, Path file, List<Diagnostic> problems) {
        String raw = date.scalar();
        String problem = null;
        if (raw == null) {
            problem = "date must be a single value YYYY-MM-DD or YYYY-MM";
        } else if (DAY.matcher(raw).matches()) {
            try {
                LocalDate.parse(raw);
            } catch (DateTimeParseException e) {
                problem = "date '" + raw + "' is not a day of the calendar";
            }
        } else if (MONTH.matcher(raw).matches()) {
            try {
                YearMonth.parse(raw);
            } catch (DateTimeParseException e) {
                problem = "date '" + raw + "' is not a month of the calendar";
            }
        } else {
            problem = "date '" + raw + "' must be YYYY-MM-DD or YYYY-MM (e.g. 2023-06-29, 2023-06)";
        }
        if (problem != null) {
            problems.add(new Diagnostic(file, date.line(), Severity.ERROR, problem));
        }
    }

    private static void checkDraftFinished(Parsed t, List<Diagnostic> problems) {
        List<String> lines = t.article().body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(TranslationDraft.NOTES_HEADING) || line.equals(TranslationDraft.SOURCE_HEADING)) {
                problems.add(new Diagnostic(t.file(), t.article().bodyLine() + i, Severity.ERROR, "unfinished translation "
                        + "draft: translate the Chinese paragraphs and delete the section '" + line + "'"));
                return;
            }
        }
    }

    private void checkLinks(Parsed p, Set<String> ids, Set<String> reports, ThemeTaxonomy taxonomy,
                            List<Diagnostic> problems) {
        List<String> lines = p.article().body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<String> targets = new ArrayList<>();
            collect(INLINE_LINK.matcher(line), targets);
            collect(REFERENCE_LINK.matcher(line), targets);
            collect(HTML_LINK.matcher(line), targets);
            for (String target : targets) {
                String broken = brokenReason(target, ids, reports, taxonomy);
                if (broken != null) {
                    problems.add(new Diagnostic(p.file(), p.article().bodyLine() + i, Severity.ERROR,
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

    private String brokenReason(String target, Set<String> ids, Set<String> reports, ThemeTaxonomy taxonomy) {
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
