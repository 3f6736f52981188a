package org.swbulletin.content;

import static org.swbulletin.content.ArticleField.field;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.swbulletin.enrich.Figure;

/**
 * The one description of an article's fields. Front matter is read, validated and written from it; the article cache
 * stores what it lists; rebuild digests and page fingerprints cover what it lists; import's edit protection
 * fingerprints the fields it marks as imported.
 *
 * <p>To add a field: declare it here (its key, type and roles), then show it in a view and a template. Fields are
 * written in the order they are declared.
 */
public final class ArticleSchema {
    private static final List<ArticleField<?>> DECLARED = new ArrayList<>();

    /** Stable ascii slug, unique in the site: the article's URL. */
    public static final ArticleField<String> ID = define(field("id", FieldType.TEXT).required()
            .means("the article's permanent ascii id, its URL"));
    /** {@code zh} for an original, {@code en} for a translation. */
    public static final ArticleField<String> LANG = define(field("lang", FieldType.TEXT).fallback("zh")
            .means("zh for the Chinese original, en for its English translation"));
    /** The headline as printed (in a translation, the English headline). */
    public static final ArticleField<String> TITLE = define(field("title", FieldType.TEXT).required().imported()
            .means("the headline"));
    /** An editor's English headline for an article not translated yet. */
    public static final ArticleField<String> TITLE_EN = define(field("title_en", FieldType.TEXT)
            .means("an English headline for an article not translated yet"));
    /** The first line of a two-line title. */
    public static final ArticleField<String> KICKER = define(field("kicker", FieldType.TEXT).imported()
            .means("the line above the headline"));
    /** The kicker in English, for the English page of an original (a translation's own {@code kicker} is English). */
    public static final ArticleField<String> KICKER_EN = define(field("kicker_en", FieldType.TEXT)
            .means("the kicker in English"));
    /** Ids of the reports the article was printed in, first printing first. */
    public static final ArticleField<List<String>> REPORTS = define(field("reports", FieldType.NAMES).imported()
            .singular("report").means("the report(s) the article was printed in, first printing first"));
    /** 1-based position in the first report; 0 when unknown. */
    public static final ArticleField<Integer> ORDER = define(field("order", FieldType.NUMBER).imported()
            .means("the article's position in its first report"));
    /** The column rubric the article stands under. */
    public static final ArticleField<String> SECTION = define(field("section", FieldType.TEXT).imported()
            .means("the column rubric the article stands under"));
    /** The column rubric in English; when absent, the rubric glossary's English for {@code section}. */
    public static final ArticleField<String> SECTION_EN = define(field("section_en", FieldType.TEXT)
            .means("the column rubric in English"));
    /** The outlet of the source line, without 据 and 《》. */
    public static final ArticleField<String> SOURCE = define(field("source", FieldType.TEXT).imported()
            .means("the outlet the article was reprinted from"));
    /** {@code YYYY-MM-DD} or {@code YYYY-MM}. */
    public static final ArticleField<String> DATE = define(field("date", FieldType.TEXT).enriched()
            .means("YYYY-MM-DD or YYYY-MM, when the text gives it"));
    /** Short names of the provinces the article is about; empty for national news. */
    public static final ArticleField<List<String>> PROVINCES = define(field("provinces", FieldType.NAMES).enriched()
            .listedEmptyInOriginals().means("provinces the article is about; [] for national news"));
    /** Short names of the prefecture-level cities the article is about. */
    public static final ArticleField<List<String>> CITIES = define(field("cities", FieldType.NAMES).enriched()
            .listedEmptyInOriginals().means("prefecture-level cities the article is about"));
    /** Finer places named: counties, districts. */
    public static final ArticleField<List<String>> PLACES = define(field("places", FieldType.NAMES).enriched()
            .means("counties and districts named"));
    /** Theme ids from the taxonomy. */
    public static final ArticleField<List<String>> THEMES = define(field("themes", FieldType.NAMES).enriched()
            .listedEmptyInOriginals().means("theme ids from content/_data/themes.yaml"));
    /** Key statistics stated in the text. */
    public static final ArticleField<List<Figure>> FIGURES = define(field("figures", FieldType.FIGURES).enriched()
            .means("key figures, most important first: {label, value, unit, qualifier, kind, text}; kind is total, increase, ratio, money or share (omitted: money for 元, share for %, ratio for a unit with /, else total)"));
    /** Photo captions found inside the article. */
    public static final ArticleField<List<String>> CAPTIONS = define(field("captions", FieldType.LINES).imported()
            .means("photo captions"));
    /** Who wrote the article, as the report or the editor names them. */
    public static final ArticleField<String> AUTHOR = define(field("author", FieldType.TEXT).shown()
            .means("who wrote the article (in a translation: the name in English)"));
    /** In a translation: the fingerprint of the Chinese text it was made from. */
    public static final ArticleField<String> SOURCE_FINGERPRINT = define(field("source_fingerprint", FieldType.TEXT)
            .means("in a translation: the fingerprint of the Chinese text it translates"));
    /** An editor's draft: not published until set to false or removed (build {@code --drafts} and serve show it). */
    public static final ArticleField<Boolean> DRAFT = define(field("draft", FieldType.FLAG)
            .means("true keeps the article unpublished (build --drafts and serve show it with a banner)"));
    /** {@code YYYY-MM-DD}: the article is held until that day (in China's time zone). */
    public static final ArticleField<String> PUBLISH_AFTER = define(field("publish_after", FieldType.TEXT)
            .means("YYYY-MM-DD: the article is published from that day on"));
    /** The Markdown body. */
    public static final ArticleField<String> BODY = define(field("body", FieldType.TEXT).body().fallback("")
            .imported().means("the Markdown text after the front matter"));

    /** Every field, in the order they are declared (and written). */
    public static final List<ArticleField<?>> ALL = Collections.unmodifiableList(DECLARED);
    /** The fields written as front-matter keys. */
    public static final List<ArticleField<?>> FRONT_MATTER = ALL.stream().filter(ArticleField::inFrontMatter).toList();
    /** The fields import writes and fingerprints, so that an editor's change to one is kept. */
    public static final Set<ArticleField<?>> IMPORTED = ordered(ALL.stream().filter(ArticleField::imported).toList());
    /** The fields enrichment fills: the only ones {@code retag} updates. */
    public static final Set<ArticleField<?>> ENRICHED = ordered(ALL.stream().filter(ArticleField::enriched).toList());
    /** Every front-matter key this schema reads, singular spellings included, in the order they are written. */
    public static final List<String> KEYS = keys();

    private static final Map<String, ArticleField<?>> BY_KEY = index();

    private ArticleSchema() {}

    private static <T> ArticleField<T> define(ArticleField.Builder<T> b) {
        ArticleField<T> f = b.at(DECLARED.size());
        DECLARED.add(f);
        return f;
    }

    private static Set<ArticleField<?>> ordered(List<ArticleField<?>> fields) {
        return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(fields));
    }

    private static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (ArticleField<?> f : FRONT_MATTER) {
            if (f.singularKey() != null) out.add(f.singularKey());
            out.add(f.key());
        }
        return List.copyOf(out);
    }

    private static Map<String, ArticleField<?>> index() {
        Map<String, ArticleField<?>> m = new LinkedHashMap<>();
        ALL.forEach(f -> m.put(f.key(), f));
        return Collections.unmodifiableMap(m);
    }

    /** The field with this key (the body's is {@code body}), if any. */
    public static Optional<ArticleField<?>> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /**
     * The values of every field of an article, in schema order: what digests of an article cover, so that no field
     * can be left out of one.
     */
    public static List<Object> values(Article a, List<ArticleField<?>> fields) {
        List<Object> out = new ArrayList<>(fields.size());
        for (ArticleField<?> f : fields) {
            out.add(f.get(a));
        }
        return out;
    }

    /**
     * A text that changes whenever a field is added, removed, renamed, retyped or moved: caches stamped with it are
     * not read by a build of another schema.
     */
    public static String signature() {
        StringBuilder s = new StringBuilder();
        for (ArticleField<?> f : ALL) {
            s.append(f.key()).append(':').append(f.type().name()).append(':').append(f.place()).append(';');
        }
        return s.toString();
    }
}
