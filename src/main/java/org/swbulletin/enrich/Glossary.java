package org.swbulletin.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bilingual glossary editors keep in {@code content/_data/glossary.yaml}: a map {@code terms} of social-work
 * terms, a map {@code outlets} of news outlets, a map {@code rubrics} of the digest's column rubrics and a map
 * {@code words} of the words figure labels are made of (for a label no term lists), each from Chinese to English.
 */
public final class Glossary {
    /** Where the glossary lives, relative to the content directory. */
    public static final String FILE = "_data/glossary.yaml";

    private final Map<String, String> terms;
    private final Map<String, String> outlets;
    private final Map<String, String> rubrics;
    private final Map<String, String> words;

    /** A glossary of terms and outlets only. */
    public Glossary(Map<String, String> terms, Map<String, String> outlets) {
        this(terms, outlets, Map.of(), Map.of());
    }

    /** A glossary of the given maps. */
    public Glossary(Map<String, String> terms, Map<String, String> outlets, Map<String, String> rubrics,
                    Map<String, String> words) {
        this.terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        this.outlets = Collections.unmodifiableMap(new LinkedHashMap<>(outlets));
        this.rubrics = Collections.unmodifiableMap(new LinkedHashMap<>(rubrics));
        this.words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
    }

    /**
     * Loads the glossary of a content directory; an absent file is an empty glossary.
     *
     * @throws DataFileException when the file is malformed
     */
    public static Glossary load(Path contentDir) {
        Path file = contentDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Glossary(Map.of(), Map.of());
        }
        return of(YamlData.load(file), file);
    }

    /**
     * A glossary from YAML text.
     *
     * @param text the file's text
     * @param file the file it came from, for messages
     * @throws DataFileException when the text is malformed
     */
    public static Glossary parse(String text, Path file) {
        return of(YamlData.parse(text, file), file);
    }

    private static Glossary of(Object data, Path file) {
        if (data == null) {
            return new Glossary(Map.of(), Map.of());
        }
        if (!(data instanceof Map<?, ?> m)) {
            throw new DataFileException(file, 1, "expected a map with 'terms' and 'outlets'");
        }
        return new Glossary(section(m, "terms", file), section(m, "outlets", file), section(m, "rubrics", file),
                section(m, "words", file));
    }

    private static Map<String, String> section(Map<?, ?> m, String key, Path file) {
        Object v = m.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> sm)) {
            throw new DataFileException(file, 0, "'" + key + "' must map Chinese to English");
        }
        Map<String, String> out = new LinkedHashMap<>();
        sm.forEach((k, e) -> out.put(String.valueOf(k), String.valueOf(e)));
        return out;
    }

    /** All terms, Chinese to English. */
    public Map<String, String> terms() {
        return terms;
    }

    /** All outlets, Chinese to English. */
    public Map<String, String> outlets() {
        return outlets;
    }

    /** Column rubrics, Chinese to English. */
    public Map<String, String> rubrics() {
        return rubrics;
    }

    /** Words of figure labels, Chinese to English, for labels no term lists. */
    public Map<String, String> words() {
        return words;
    }

    /** The English of a column rubric, if the glossary has it. */
    public Optional<String> rubric(String zh) {
        return Optional.ofNullable(rubrics.get(zh.strip()));
    }

    /** The English for a social-work term. */
    public Optional<String> term(String zh) {
        return Optional.ofNullable(terms.get(zh));
    }

    /** The English name of an outlet, if the glossary has it. */
    public Optional<String> outlet(String zh) {
        return Optional.ofNullable(outlets.get(zh));
    }

    /** The English name of an outlet for display: the glossary's, else the name in pinyin words. */
    public String outletEn(String zh) {
        String name = zh.strip().replaceAll("^《|》$", "");
        return outlet(name).orElseGet(() -> Pinyin.words(name));
    }
}
