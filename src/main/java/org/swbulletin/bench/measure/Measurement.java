package org.swbulletin.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.swbulletin.content.Article;
import org.swbulletin.content.ContentStore;
import org.swbulletin.content.ReportImporter;
import org.swbulletin.enrich.EditorDataDefaults;
import org.swbulletin.enrich.Enricher;
import org.swbulletin.enrich.Figure;
import org.swbulletin.ingest.ParsedReport;
import org.swbulletin.ingest.ReportParser;

/**
 * Imports a folder of reports into a scratch content folder, exactly as {@code bulletin import} does, and scores what
 * it wrote against the reports' hand annotations.
 */
public final class Measurement {
    /** Pinyin in brackets right after a Han character, as script converters leave it: {@code 鄉(xiāng)}. */
    private static final Pattern DEBRIS = Pattern.compile(
            "\\p{IsHan}[(（][a-zü ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]*[)）]");

    private final Map<Field, Score> scores = new EnumMap<>(Field.class);
    private final List<String> misses = new ArrayList<>();
    private int reports;

    private Measurement() {
        for (Field f : Field.values()) scores.put(f, Score.NONE);
    }

    /**
     * Measures the reports ({@code *.txt}) of a folder against the annotations ({@code <report>.yaml}) in another.
     *
     * @param scratch an empty folder the import may write into
     */
    public static Measurement of(Path reportsDir, Path annotationsDir, Path scratch) {
        List<Path> files = reports(reportsDir);
        List<ParsedReport> parsed = files.stream().map(ReportParser::parse).toList();
        try {
            EditorDataDefaults.install(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + scratch, e);
        }
        new ReportImporter(scratch, Enricher.load(scratch), false, false).run(parsed);
        List<Article> written = new ContentStore(scratch).loadAll().stream().filter(a -> !a.isTranslation()).toList();
        Measurement m = new Measurement();
        for (ParsedReport r : parsed) {
            List<Article> produced = written.stream().filter(a -> a.reports().contains(r.id()))
                    .sorted(Comparator.comparingInt(Article::order)).toList();
            m.compare(r.id(), Annotations.load(Annotations.fileFor(r.file(), annotationsDir)), produced);
        }
        m.reports = files.size();
        return m;
    }

    /** The score of each field. */
    public Map<Field, Score> scores() {
        return Map.copyOf(scores);
    }

    /** The score of one field. */
    public Score score(Field f) {
        return scores.get(f);
    }

    /** Reports measured. */
    public int reports() {
        return reports;
    }

    /** What differed, one line each ({@code report #n field: expected …, got …}). */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    private static List<Path> reports(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private void compare(String report, List<AnnotatedArticle> expected, List<Article> produced) {
        Article[] match = align(expected, produced);
        Set<Article> matched = new HashSet<>();
        for (int i = 0; i < expected.size(); i++) {
            AnnotatedArticle e = expected.get(i);
            Article a = match[i];
            String where = report + " #" + (i + 1);
            if (a == null) {
                misses.add(where + " not found: " + e.title());
                continue;
            }
            matched.add(a);
            add(Field.ARTICLES, 1, 0, 0);
            boolean titleRight = same(e.title(), a.title());
            add(Field.TITLES, titleRight ? 1 : 0, 0, 0);
            if (!titleRight) misses.add(where + " title: expected " + e.title() + ", got " + a.title());
            boolean sourceRight = e.source() == null ? a.source() == null : same(e.source(), a.source());
            add(Field.SOURCES, sourceRight ? 1 : 0, 0, 0);
            if (!sourceRight) misses.add(where + " source: expected " + e.source() + ", got " + a.source());
            set(Field.PROVINCES, where, e.provinces(), a.provinces());
            set(Field.CITIES, where, e.cities(), a.cities());
            set(Field.THEMES, where, e.themes(), a.themes());
            dates(Field.DATES, where, e.date(), a.date(), true);
            // Where the page's date is the supported one, its miss is already listed.
            dates(Field.PAGE_DATES, where, e.pageDate(), a.date(), !Objects.equals(e.pageDate(), e.date()));
            figures(where, e.figures(), a.figures());
            captions(where, e.captions(), a.captions());
        }
        add(Field.ARTICLES, 0, produced.size(), expected.size());
        add(Field.TITLES, 0, produced.size(), expected.size());
        add(Field.SOURCES, 0, produced.size(), expected.size());
        for (Article a : produced) {
            if (!matched.contains(a)) {
                misses.add(report + " extra article: " + a.title());
                add(Field.PROVINCES, 0, a.provinces().size(), 0);
                add(Field.CITIES, 0, a.cities().size(), 0);
                add(Field.THEMES, 0, a.themes().size(), 0);
                add(Field.DATES, 0, a.date() == null ? 0 : 1, 0);
                add(Field.PAGE_DATES, 0, a.date() == null ? 0 : 1, 0);
                add(Field.FIGURES, 0, a.figures().size(), 0);
                add(Field.CAPTIONS, 0, a.captions().size(), 0);
            }
            boolean clean = !hasDebris(a);
            if (!clean) misses.add(report + " romanisation debris in: " + a.title());
            add(Field.NO_DEBRIS, clean ? 1 : 0, 1, 1);
        }
        List<String> moved = produced.stream().flatMap(a -> a.captions().stream()).toList();
        for (AnnotatedArticle e : expected) {
            for (String c : e.captions()) {
                // a caption that repeats a sentence of the text is in the body only when it was not moved
                boolean inBody = moved.stream().noneMatch(m -> same(m, c))
                        && produced.stream().anyMatch(a -> inBody(c, a.body()));
                if (inBody) misses.add(report + " caption in a body: " + c);
                add(Field.CAPTIONS_NOT_IN_BODY, inBody ? 0 : 1, 1, 1);
            }
        }
    }

    /**
     * Pairs each annotated article with a produced one: the same title first, else the nearest unclaimed one with the
     * same source (an article split right whose title went wrong).
     */
    private static Article[] align(List<AnnotatedArticle> expected, List<Article> produced) {
        Article[] match = new Article[expected.size()];
        Set<Article> claimed = new HashSet<>();
        for (int i = 0; i < expected.size(); i++) {
            for (Article a : produced) {
                if (!claimed.contains(a) && same(expected.get(i).title(), a.title())) {
                    match[i] = a;
                    claimed.add(a);
                    break;
                }
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            if (match[i] != null || expected.get(i).source() == null) continue;
            int at = i;
            match[i] = produced.stream().filter(a -> !claimed.contains(a))
                    .filter(a -> same(expected.get(at).source(), a.source()))
                    .min(Comparator.comparingInt(a -> Math.abs(a.order() - 1 - at))).orElse(null);
            if (match[i] != null) claimed.add(match[i]);
        }
        return match;
    }

    private void set(Field f, String where, List<String> expected, List<String> produced) {
        int right = (int) produced.stream().filter(expected::contains).count();
        add(f, right, produced.size(), expected.size());
        if (right < expected.size() || right < produced.size()) {
            misses.add(where + " " + f.label() + ": expected " + expected + ", got " + produced);
        }
    }

    private void dates(Field f, String where, String expected, String produced, boolean listMiss) {
        boolean right = expected != null && produced != null && produced.startsWith(expected);
        add(f, right ? 1 : 0, produced == null ? 0 : 1, expected == null ? 0 : 1);
        if (listMiss && !right && (expected != null || produced != null)) {
            misses.add(where + (f == Field.DATES ? " date" : " page date") + ": expected " + expected + ", got "
                    + produced);
        }
    }

    private void figures(String where, List<String> expected, List<Figure> produced) {
        List<String> open = new ArrayList<>(expected);
        List<String> wrong = new ArrayList<>();
        for (Figure f : produced) {
            String hit = open.stream().filter(e -> sameFigure(e, f)).findFirst().orElse(null);
            if (hit != null) open.remove(hit);
            else wrong.add(f.value().toPlainString() + " " + f.unit() + " (" + f.label() + ")");
        }
        add(Field.FIGURES, expected.size() - open.size(), produced.size(), expected.size());
        if (!open.isEmpty()) misses.add(where + " figures missed: " + open);
        if (!wrong.isEmpty()) misses.add(where + " figures not annotated: " + wrong);
    }

    private void captions(String where, List<String> expected, List<String> produced) {
        List<String> open = new ArrayList<>(expected);
        for (String c : produced) {
            open.stream().filter(e -> same(e, c)).findFirst().ifPresent(open::remove);
        }
        int right = expected.size() - open.size();
        add(Field.CAPTIONS, right, produced.size(), expected.size());
        if (right < expected.size() || right < produced.size()) {
            misses.add(where + " captions: expected " + expected + ", got " + produced);
        }
    }

    private static boolean sameFigure(String annotated, Figure f) {
        String s = annotated.strip();
        int space = s.indexOf(' ');
        String value = space < 0 ? s : s.substring(0, space);
        String unit = space < 0 ? "" : s.substring(space + 1).strip();
        return new BigDecimal(value).compareTo(f.value()) == 0 && unit.equals(f.unit());
    }

    /** A short caption counts as in the body only as a paragraph of its own; a longer one anywhere in it. */
    private static boolean inBody(String caption, String body) {
        String c = fold(caption);
        if (c.length() < 6) {
            return body.lines().map(Measurement::fold).map(l -> l.replaceFirst("^#+", "")).anyMatch(c::equals);
        }
        return fold(body).contains(c);
    }

    private static boolean hasDebris(Article a) {
        StringBuilder all = new StringBuilder(a.title()).append('\n').append(a.kicker() == null ? "" : a.kicker())
                .append('\n').append(a.body());
        a.captions().forEach(c -> all.append('\n').append(c));
        a.figures().forEach(f -> all.append('\n').append(f.label()).append(f.text()));
        return DEBRIS.matcher(all).find();
    }

    /** Equal once punctuation width and whitespace are set aside. */
    static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') continue;
            out.append(switch (c) {
                case '，' -> ',';
                case '：' -> ':';
                case '；' -> ';';
                case '（' -> '(';
                case '）' -> ')';
                case '？' -> '?';
                case '！' -> '!';
                default -> c;
            });
        }
        return out.toString();
    }

    private void add(Field f, int right, int produced, int expected) {
        scores.merge(f, new Score(right, produced, expected), Score::plus);
    }
}
