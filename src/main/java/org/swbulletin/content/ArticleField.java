package org.swbulletin.content;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of an article: its front-matter key, its {@link FieldType}, and the roles it plays. Instances exist only
 * in {@link ArticleSchema}, which lists them all.
 *
 * <p>Everything the tool does with a field (read and validate it, write it, cache it, digest it for rebuilds,
 * fingerprint it for import's edit protection) goes through this class and its type, so no other code lists the
 * fields.
 *
 * @param <T> the value's Java type
 */
public final class ArticleField<T> {
    /** Where a field's value lives in the article file. */
    public enum Place {
        /** A key of the YAML front matter. */
        FRONT_MATTER,
        /** The Markdown text after the front matter. */
        BODY
    }

    private final int index;
    private final String key;
    private final FieldType<T> type;
    private final Place place;
    private final T fallback;
    private final boolean required;
    private final boolean imported;
    private final boolean enriched;
    private final boolean listedEmptyInOriginals;
    private final boolean shown;
    private final String singularKey;
    private final String description;

    private ArticleField(Builder<T> b) {
        this.index = b.index;
        this.key = b.key;
        this.type = b.type;
        this.place = b.place;
        this.fallback = b.fallback;
        this.required = b.required;
        this.imported = b.imported;
        this.enriched = b.enriched;
        this.listedEmptyInOriginals = b.listedEmptyInOriginals;
        this.shown = b.shown;
        this.singularKey = b.singularKey;
        this.description = b.description;
    }

    /** Position in {@link ArticleSchema#ALL}, where an article keeps this field's value. */
    int index() {
        return index;
    }

    /** The front-matter key, also the name used in messages and in the import manifest. */
    public String key() {
        return key;
    }

    /** What kind of value the field holds. */
    public FieldType<T> type() {
        return type;
    }

    /** Whether the value is a front-matter key or the body. */
    public Place place() {
        return place;
    }

    /** True for a front-matter key. */
    public boolean inFrontMatter() {
        return place == Place.FRONT_MATTER;
    }

    /** True when an article cannot exist without a non-blank value. */
    public boolean required() {
        return required;
    }

    /** True when import writes the field, so that an editor's change to it must be told from import's. */
    public boolean imported() {
        return imported;
    }

    /** True when enrichment (places, themes, figures, dates) fills the field: the only fields {@code retag} updates. */
    public boolean enriched() {
        return enriched;
    }

    /**
     * True when an article page lists the field among its facts as it is, labelled by the UI string
     * {@code article.<key>}: a field with no presentation of its own.
     */
    public boolean shown() {
        return shown;
    }

    /** The other key under which a one-element list is written and read ({@code report} for {@code reports}). */
    public String singularKey() {
        return singularKey;
    }

    /** What the field means, for editors: shown by {@code check} for unknown keys and in the README. */
    public String description() {
        return description;
    }

    /** The field's value in an article. */
    public T get(Article a) {
        return a.get(this);
    }

    /** The value an article keeps for a given one: immutable, with the field's fallback for null. */
    T normalise(Object value) {
        T v = type.normalise(value);
        return v == null || fallback != null && type.isEmpty(v) ? fallback : v;
    }

    /**
     * The value of this field in loaded front matter.
     *
     * @param map   the front matter's keys and values as loaded
     * @param error makes the exception for a wrong value of a key, naming its line
     */
    T read(Map<String, Object> map, java.util.function.BiFunction<String, String, ContentException> error) {
        T value = type.read(map.get(key), m -> error.apply(key, "'" + key + "' " + m));
        if (singularKey != null && map.get(singularKey) != null) {
            String one = FieldType.TEXT.read(map.get(singularKey),
                    m -> error.apply(singularKey, "'" + singularKey + "' " + m));
            @SuppressWarnings("unchecked")
            List<String> list = new ArrayList<>((List<String>) value);
            if (!list.contains(one)) {
                list.add(0, one);
            }
            @SuppressWarnings("unchecked")
            T merged = (T) list;
            value = merged;
        }
        if (required && FieldType.TEXT.isEmpty(value instanceof String s ? s.strip() : null)) {
            throw error.apply(key, "front matter lacks '" + key + "'");
        }
        return value;
    }

    /** Appends the field's front-matter lines for an article; nothing when the field writes nothing. */
    void write(StringBuilder s, Article a) {
        T value = get(a);
        if (singularKey != null && value instanceof List<?> list && list.size() == 1) {
            FieldType.TEXT.write(s, singularKey, (String) list.get(0));
        } else if (!type.isEmpty(value) || listedEmptyInOriginals && !a.isTranslation()) {
            type.write(s, key, value);
        }
    }

    /** Stores the field of an article in the binary article cache. */
    void encode(DataOutputStream out, Article a) throws IOException {
        type.encode(out, get(a));
    }

    /** Reads a value {@link #encode} stored into a builder. */
    void decode(ByteBuffer in, Article.Builder b) {
        b.set(this, type.decode(in));
    }

    /** Sets this field of a builder to its value in another article. */
    public void copy(Article from, Article.Builder to) {
        to.set(this, get(from));
    }

    /**
     * A short fingerprint of the field's value, equal for values that write the same front matter (see
     * {@link FieldType#canonical}): what the import manifest records.
     */
    public String fingerprint(Article a) {
        byte[] d = SHA.get().digest(type.canonical(get(a)).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }

    /** One digest per thread: every field of every article is hashed, and looking the algorithm up costs more. */
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    @Override
    public String toString() {
        return key;
    }

    /** Starts a field; only {@link ArticleSchema} makes them. */
    static <T> Builder<T> field(String key, FieldType<T> type) {
        return new Builder<>(key, type);
    }

    /** The parts of a field's definition, named where they are given. */
    static final class Builder<T> {
        private int index = -1;
        private final String key;
        private final FieldType<T> type;
        private Place place = Place.FRONT_MATTER;
        private T fallback;
        private boolean required;
        private boolean imported;
        private boolean enriched;
        private boolean listedEmptyInOriginals;
        private boolean shown;
        private String singularKey;
        private String description = "";

        private Builder(String key, FieldType<T> type) {
            this.key = Objects.requireNonNull(key);
            this.type = Objects.requireNonNull(type);
        }

        Builder<T> body() { place = Place.BODY; return this; }
        Builder<T> fallback(T v) { fallback = v; return this; }
        Builder<T> required() { required = true; return this; }
        Builder<T> imported() { imported = true; return this; }
        Builder<T> enriched() { imported = true; enriched = true; return this; }
        Builder<T> listedEmptyInOriginals() { listedEmptyInOriginals = true; return this; }
        Builder<T> shown() { shown = true; return this; }
        Builder<T> singular(String k) { singularKey = k; return this; }
        Builder<T> means(String d) { description = d; return this; }

        ArticleField<T> at(int i) {
            index = i;
            return new ArticleField<>(this);
        }
    }
}
