package org.swbulletin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.swbulletin.enrich.Figure;

/**
 * One article of the bulletin, as stored in a front-matter Markdown file under {@code content/}.
 *
 * <p>Immutable; change it through {@link #toBuilder()}. The Chinese original has {@code lang: zh}; an editor's English
 * translation lives beside it in {@code <slug>.en.md} with the same {@link #id()} and {@code lang: en}.
 */
public final class Article {
    private final String id;
    private final String lang;
    private final String title;
    private final String kicker;
    private final String titleEn;
    private final List<String> reports;
    private final int order;
    private final String section;
    private final String source;
    private final String date;
    private final List<String> captions;
    private final List<String> provinces;
    private final List<String> cities;
    private final List<String> places;
    private final List<String> themes;
    private final List<Figure> figures;
    private final String sourceFingerprint;
    private final Map<String, Object> extra;
    private final String body;
    private final Path file;
    private final int bodyLine;

    private Article(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.lang = b.lang == null ? "zh" : b.lang;
        this.title = Objects.requireNonNull(b.title, "title");
        this.kicker = b.kicker;
        this.titleEn = b.titleEn;
        this.reports = List.copyOf(b.reports);
        this.order = b.order;
        this.section = b.section;
        this.source = b.source;
        this.date = b.date;
        this.captions = List.copyOf(b.captions);
        this.provinces = List.copyOf(b.provinces);
        this.cities = List.copyOf(b.cities);
        this.places = List.copyOf(b.places);
        this.themes = List.copyOf(b.themes);
        this.figures = List.copyOf(b.figures);
        this.sourceFingerprint = b.sourceFingerprint;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
        this.body = b.body == null ? "" : b.body;
        this.file = b.file;
        this.bodyLine = b.bodyLine;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this article's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.lang = lang;
        b.title = title;
        b.kicker = kicker;
        b.titleEn = titleEn;
        b.reports = new ArrayList<>(reports);
        b.order = order;
        b.section = section;
        b.source = source;
        b.date = date;
        b.captions = new ArrayList<>(captions);
        b.provinces = new ArrayList<>(provinces);
        b.cities = new ArrayList<>(cities);
        b.places = new ArrayList<>(places);
        b.themes = new ArrayList<>(themes);
        b.figures = new ArrayList<>(figures);
        b.sourceFingerprint = sourceFingerprint;
        b.extra = new LinkedHashMap<>(extra);
        b.body = body;
        b.file = file;
        b.bodyLine = bodyLine;
        return b;
    }

    /** Stable ascii slug, unique in the site; it is the article's URL and never changes once written. */
    public String id() { return id; }

    /** {@code zh} for the original, {@code en} for a translation. */
    public String lang() { return lang; }

    /** The headline as printed (in the translation: the English headline). */
    public String title() { return title; }

    /** The first line of a two-line title, or null. */
    public String kicker() { return kicker; }

    /** An editor-given English title for an untranslated article, or null. */
    public String titleEn() { return titleEn; }

    /** Ids of the reports the article was printed in, first printing first. */
    public List<String> reports() { return reports; }

    /** The first report the article was printed in, or null. */
    public String report() { return reports.isEmpty() ? null : reports.get(0); }

    /** 1-based position of the article in its first report, 0 when unknown. */
    public int order() { return order; }

    /** The column rubric the article stands under, or null. */
    public String section() { return section; }

    /** The outlet of the source line, without 据 and 《》, or null. */
    public String source() { return source; }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM}, or null when the text gives no date. */
    public String date() { return date; }

    /** Photo captions found inside the article. */
    public List<String> captions() { return captions; }

    /** Short names of the provincial-level divisions the article is about, most relevant first; empty for national. */
    public List<String> provinces() { return provinces; }

    /** Short names of the prefecture-level cities the article is about. */
    public List<String> cities() { return cities; }

    /** Finer places named (counties, districts). */
    public List<String> places() { return places; }

    /** Theme ids from the taxonomy. */
    public List<String> themes() { return themes; }

    /** Key statistics stated in the text. */
    public List<Figure> figures() { return figures; }

    /** In a translation: the fingerprint of the Chinese text it was made from; otherwise null. */
    public String sourceFingerprint() { return sourceFingerprint; }

    /** Front-matter keys this model does not know, kept as they were so that no editor's data is lost. */
    public Map<String, Object> extra() { return extra; }

    /** The Markdown body. */
    public String body() { return body; }

    /** The file the article was read from, relative to the content directory; null for an article not yet stored. */
    public Path file() { return file; }

    /** 1-based line of the file where the body starts, 0 when unknown. */
    public int bodyLine() { return bodyLine; }

    /** True for an editor's English translation. */
    public boolean isTranslation() { return "en".equals(lang); }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Article a)) return false;
        return order == a.order && id.equals(a.id) && lang.equals(a.lang) && title.equals(a.title)
                && Objects.equals(kicker, a.kicker) && Objects.equals(titleEn, a.titleEn) && reports.equals(a.reports)
                && Objects.equals(section, a.section) && Objects.equals(source, a.source)
                && Objects.equals(date, a.date) && captions.equals(a.captions) && provinces.equals(a.provinces)
                && cities.equals(a.cities) && places.equals(a.places) && themes.equals(a.themes)
                && figures.equals(a.figures) && Objects.equals(sourceFingerprint, a.sourceFingerprint)
                && extra.equals(a.extra) && body.equals(a.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, lang, title, body);
    }

    @Override
    public String toString() {
        return "Article[" + id + ", " + lang + ", " + title + "]";
    }

    /** Collects an article's values; {@code id} and {@code title} are required. */
    public static final class Builder {
        private String id;
        private String lang;
        private String title;
        private String kicker;
        private String titleEn;
        private List<String> reports = new ArrayList<>();
        private int order;
        private String section;
        private String source;
        private String date;
        private List<String> captions = new ArrayList<>();
        private List<String> provinces = new ArrayList<>();
        private List<String> cities = new ArrayList<>();
        private List<String> places = new ArrayList<>();
        private List<String> themes = new ArrayList<>();
        private List<Figure> figures = new ArrayList<>();
        private String sourceFingerprint;
        private Map<String, Object> extra = new LinkedHashMap<>();
        private String body;
        private Path file;
        private int bodyLine;

        private Builder() {}

        public Builder id(String v) { id = v; return this; }
        public Builder lang(String v) { lang = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder kicker(String v) { kicker = v; return this; }
        public Builder titleEn(String v) { titleEn = v; return this; }
        public Builder reports(List<String> v) { reports = new ArrayList<>(v); return this; }
        public Builder order(int v) { order = v; return this; }
        public Builder section(String v) { section = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder date(String v) { date = v; return this; }
        public Builder captions(List<String> v) { captions = new ArrayList<>(v); return this; }
        public Builder provinces(List<String> v) { provinces = new ArrayList<>(v); return this; }
        public Builder cities(List<String> v) { cities = new ArrayList<>(v); return this; }
        public Builder places(List<String> v) { places = new ArrayList<>(v); return this; }
        public Builder themes(List<String> v) { themes = new ArrayList<>(v); return this; }
        public Builder figures(List<Figure> v) { figures = new ArrayList<>(v); return this; }
        public Builder sourceFingerprint(String v) { sourceFingerprint = v; return this; }
        public Builder extra(Map<String, Object> v) { extra = new LinkedHashMap<>(v); return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder file(Path v) { file = v; return this; }
        public Builder bodyLine(int v) { bodyLine = v; return this; }

        /** The article; throws {@link NullPointerException} naming a missing required value. */
        public Article build() {
            return new Article(this);
        }
    }
}
