package org.swbulletin.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.swbulletin.enrich.Figure;

/**
 * One article of the bulletin, as stored in a front-matter Markdown file under {@code content/}.
 *
 * <p>Its fields are those of {@link ArticleSchema}, kept by field; the typed accessors below are conveniences over
 * {@link #get(ArticleField)}. Besides them an article keeps the front-matter keys the schema does not know
 * ({@link #extra()}) and where it was read from ({@link #file()}, {@link #bodyLine()}).
 *
 * <p>Immutable; change it through {@link #toBuilder()}. The Chinese original has {@code lang: zh}; an editor's English
 * translation lives beside it in {@code <slug>.en.md} with the same {@link #id()} and {@code lang: en}.
 */
public final class Article {
    private final Object[] values;
    private final Map<String, Object> extra;
    private final Path file;
    private final int bodyLine;

    private Article(Builder b) {
        Object[] v = new Object[ArticleSchema.ALL.size()];
        for (ArticleField<?> f : ArticleSchema.ALL) {
            v[f.index()] = f.normalise(b.values[f.index()]);
            if (f.required() && v[f.index()] == null) {
                throw new NullPointerException(f.key());
            }
        }
        this.values = v;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
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
        System.arraycopy(values, 0, b.values, 0, values.length);
        b.extra = new LinkedHashMap<>(extra);
        b.file = file;
        b.bodyLine = bodyLine;
        return b;
    }

    /** The value of a field. */
    @SuppressWarnings("unchecked")
    public <T> T get(ArticleField<T> field) {
        return (T) values[field.index()];
    }

    /** Stable ascii slug, unique in the site; it is the article's URL and never changes once written. */
    public String id() { return get(ArticleSchema.ID); }

    /** {@code zh} for the original, {@code en} for a translation. */
    public String lang() { return get(ArticleSchema.LANG); }

    /** The headline as printed (in the translation: the English headline). */
    public String title() { return get(ArticleSchema.TITLE); }

    /** The first line of a two-line title, or null. */
    public String kicker() { return get(ArticleSchema.KICKER); }

    /** An editor-given English title for an untranslated article, or null. */
    public String titleEn() { return get(ArticleSchema.TITLE_EN); }

    /** The kicker in English, or null. */
    public String kickerEn() { return get(ArticleSchema.KICKER_EN); }

    /** The column rubric in English, or null. */
    public String sectionEn() { return get(ArticleSchema.SECTION_EN); }

    /** Ids of the reports the article was printed in, first printing first. */
    public List<String> reports() { return get(ArticleSchema.REPORTS); }

    /** The first report the article was printed in, or null. */
    public String report() { return reports().isEmpty() ? null : reports().get(0); }

    /** 1-based position of the article in its first report, 0 when unknown. */
    public int order() { return get(ArticleSchema.ORDER); }

    /** The column rubric the article stands under, or null. */
    public String section() { return get(ArticleSchema.SECTION); }

    /** The outlet of the source line, without 据 and 《》, or null. */
    public String source() { return get(ArticleSchema.SOURCE); }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM}, or null when the text gives no date. */
    public String date() { return get(ArticleSchema.DATE); }

    /** Photo captions found inside the article. */
    public List<String> captions() { return get(ArticleSchema.CAPTIONS); }

    /** Short names of the provincial-level divisions the article is about, most relevant first; empty for national. */
    public List<String> provinces() { return get(ArticleSchema.PROVINCES); }

    /** Short names of the prefecture-level cities the article is about. */
    public List<String> cities() { return get(ArticleSchema.CITIES); }

    /** Finer places named (counties, districts). */
    public List<String> places() { return get(ArticleSchema.PLACES); }

    /** Theme ids from the taxonomy. */
    public List<String> themes() { return get(ArticleSchema.THEMES); }

    /** Key statistics stated in the text. */
    public List<Figure> figures() { return get(ArticleSchema.FIGURES); }

    /** In a translation: the fingerprint of the Chinese text it was made from; otherwise null. */
    public String sourceFingerprint() { return get(ArticleSchema.SOURCE_FINGERPRINT); }

    /** True for an editor's draft, not to be published. */
    public boolean draft() { return get(ArticleSchema.DRAFT); }

    /** {@code YYYY-MM-DD} before which the article is not published, or null. */
    public String publishAfter() { return get(ArticleSchema.PUBLISH_AFTER); }

    /** The Markdown body. */
    public String body() { return get(ArticleSchema.BODY); }

    /** Front-matter keys the schema does not know, kept as they were so that no editor's data is lost. */
    public Map<String, Object> extra() { return extra; }

    /** The file the article was read from, relative to the content directory; null for an article not yet stored. */
    public Path file() { return file; }

    /** 1-based line of the file where the body starts, 0 when unknown. */
    public int bodyLine() { return bodyLine; }

    /** True for an editor's English translation. */
    public boolean isTranslation() { return "en".equals(lang()); }

    /** Equal fields and extra keys; where the article was read from does not count. */
    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof Article a && Arrays.equals(values, a.values) && extra.equals(a.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), lang(), title(), body());
    }

    @Override
    public String toString() {
        return "Article[" + id() + ", " + lang() + ", " + title() + "]";
    }

    /** Collects an article's values; {@code id} and {@code title} are required. */
    public static final class Builder {
        private final Object[] values = new Object[ArticleSchema.ALL.size()];
        private Map<String, Object> extra = new LinkedHashMap<>();
        private Path file;
        private int bodyLine;

        private Builder() {}

        /** Sets a field. */
        public <T> Builder set(ArticleField<T> field, T value) {
            values[field.index()] = value;
            return this;
        }

        public Builder id(String v) { return set(ArticleSchema.ID, v); }
        public Builder lang(String v) { return set(ArticleSchema.LANG, v); }
        public Builder title(String v) { return set(ArticleSchema.TITLE, v); }
        public Builder kicker(String v) { return set(ArticleSchema.KICKER, v); }
        public Builder titleEn(String v) { return set(ArticleSchema.TITLE_EN, v); }
        public Builder reports(List<String> v) { return set(ArticleSchema.REPORTS, v); }
        public Builder order(int v) { return set(ArticleSchema.ORDER, v); }
        public Builder section(String v) { return set(ArticleSchema.SECTION, v); }
        public Builder source(String v) { return set(ArticleSchema.SOURCE, v); }
        public Builder date(String v) { return set(ArticleSchema.DATE, v); }
        public Builder captions(List<String> v) { return set(ArticleSchema.CAPTIONS, v); }
        public Builder provinces(List<String> v) { return set(ArticleSchema.PROVINCES, v); }
        public Builder cities(List<String> v) { return set(ArticleSchema.CITIES, v); }
        public Builder places(List<String> v) { return set(ArticleSchema.PLACES, v); }
        public Builder themes(List<String> v) { return set(ArticleSchema.THEMES, v); }
        public Builder figures(List<Figure> v) { return set(ArticleSchema.FIGURES, v); }
        public Builder sourceFingerprint(String v) { return set(ArticleSchema.SOURCE_FINGERPRINT, v); }
        public Builder draft(boolean v) { return set(ArticleSchema.DRAFT, v); }
        public Builder publishAfter(String v) { return set(ArticleSchema.PUBLISH_AFTER, v); }
        public Builder body(String v) { return set(ArticleSchema.BODY, v); }
        public Builder extra(Map<String, Object> v) { extra = new LinkedHashMap<>(v); return this; }
        public Builder file(Path v) { file = v; return this; }
        public Builder bodyLine(int v) { bodyLine = v; return this; }

        /** The article; throws {@link NullPointerException} naming a missing required value. */
        public Article build() {
            return new Article(this);
        }
    }
}
