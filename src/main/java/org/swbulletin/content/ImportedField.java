package org.swbulletin.content;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.swbulletin.enrich.Figure;

/**
 * The fields of an article that import (and retag) write, each fingerprinted on its own so that an editor's change to
 * one field is kept while import still updates the others.
 */
public enum ImportedField {
    /** The headline. */
    TITLE("title", Article::title, (b, v) -> b.title((String) v)),
    /** The first line of a two-line title. */
    KICKER("kicker", Article::kicker, (b, v) -> b.kicker((String) v)),
    /** The reports the article was printed in. */
    REPORTS("reports", Article::reports, (b, v) -> b.reports(strings(v))),
    /** Position in the first report. */
    ORDER("order", Article::order, (b, v) -> b.order((Integer) v)),
    /** The column rubric. */
    SECTION("section", Article::section, (b, v) -> b.section((String) v)),
    /** The outlet of the source line. */
    SOURCE("source", Article::source, (b, v) -> b.source((String) v)),
    /** The date found in the text. */
    DATE("date", Article::date, (b, v) -> b.date((String) v)),
    /** Photo captions. */
    CAPTIONS("captions", Article::captions, (b, v) -> b.captions(strings(v))),
    /** Provinces found by enrichment. */
    PROVINCES("provinces", Article::provinces, (b, v) -> b.provinces(strings(v))),
    /** Cities found by enrichment. */
    CITIES("cities", Article::cities, (b, v) -> b.cities(strings(v))),
    /** Finer places found by enrichment. */
    PLACES("places", Article::places, (b, v) -> b.places(strings(v))),
    /** Theme ids found by enrichment. */
    THEMES("themes", Article::themes, (b, v) -> b.themes(strings(v))),
    /** Key figures found by enrichment. */
    FIGURES("figures", Article::figures, (b, v) -> b.figures(figures(v))),
    /** The Markdown body. */
    BODY("body", Article::body, (b, v) -> b.body((String) v));

    /** The fields enrichment fills, the only ones {@code retag} touches. */
    public static final Set<ImportedField> ENRICHMENT =
            EnumSet.of(PROVINCES, CITIES, PLACES, THEMES, FIGURES, DATE);

    private final String key;
    private final Function<Article, Object> getter;
    private final BiConsumer<Article.Builder, Object> setter;

    ImportedField(String key, Function<Article, Object> getter, BiConsumer<Article.Builder, Object> setter) {
        this.key = key;
        this.getter = getter;
        this.setter = setter;
    }

    /** The name used in messages and in the import manifest. */
    public String key() {
        return key;
    }

    /** The field's value in an article. */
    public Object get(Article a) {
        return getter.apply(a);
    }

    /** Sets the field in a builder to a value taken from {@link #get}. */
    public void set(Article.Builder b, Object value) {
        setter.accept(b, value);
    }

    /** The field with the given manifest key, or null. */
    public static ImportedField byKey(String key) {
        for (ImportedField f : values()) {
            if (f.key.equals(key)) return f;
        }
        return null;
    }

    /**
     * A short fingerprint of the field's value, equal for values that write the same front matter: an absent and an
     * empty value are the same, a number's trailing zeros do not count, the body's surrounding whitespace neither.
     */
    public String fingerprint(Article a) {
        return sha(canonical(get(a)));
    }

    private static String canonical(Object v) {
        if (v == null) return "";
        if (v instanceof String s) return s.strip();
        if (v instanceof Integer i) return i == 0 ? "" : i.toString();
        if (v instanceof List<?> list) {
            StringBuilder s = new StringBuilder();
            for (Object o : list) {
                s.append(o instanceof Figure f ? canonicalFigure(f) : String.valueOf(o)).append('\u001e');
            }
            return s.toString();
        }
        return String.valueOf(v);
    }

    private static String canonicalFigure(Figure f) {
        BigDecimal value = f.value().stripTrailingZeros();
        return f.label() + '\u001f' + value.toPlainString() + '\u001f' + f.unit() + '\u001f'
                + (f.qualifier() == null ? "" : f.qualifier()) + '\u001f' + f.text();
    }

    /** One digest per thread: every field of every article is hashed, and looking the algorithm up costs more. */
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String sha(String s) {
        byte[] d = SHA.get().digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return (List<String>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Figure> figures(Object v) {
        return (List<Figure>) v;
    }
}
