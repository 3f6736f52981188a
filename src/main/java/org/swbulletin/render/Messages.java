package org.swbulletin.render;

import org.swbulletin.Lang;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swbulletin.enrich.DataFileException;
import org.swbulletin.enrich.YamlData;

/**
 * One language's table of UI strings, read from {@code templates/i18n/<lang>.yaml}.
 *
 * <p>Nested maps flatten to dotted keys ({@code unit.人}) and lists to 1-based ones ({@code month.6}). Placeholders
 * are written {@code {name}} and filled by {@link #format}.
 */
public final class Messages {
    private final Lang lang;
    private final Map<String, String> table;
    private final Path file;

    /** A table of already flattened strings. */
    public Messages(Lang lang, Map<String, String> table) {
        this(lang, table, Path.of("i18n", lang.code() + ".yaml"));
    }

    private Messages(Lang lang, Map<String, String> table, Path file) {
        this.lang = lang;
        this.table = Collections.unmodifiableMap(new TreeMap<>(table));
        this.file = file;
    }

    /**
     * Loads {@code i18n/<lang>.yaml} of a templates directory.
     *
     * @throws DataFileException naming the file when it is missing or not a map
     */
    public static Messages load(Path templatesDir, Lang lang) {
        Path file = templatesDir.resolve("i18n").resolve(lang.code() + ".yaml");
        Object data = YamlData.load(file);
        if (!(data instanceof Map<?, ?> m)) {
            throw new DataFileException(file, 1, "expected a map of UI strings");
        }
        Map<String, String> flat = new TreeMap<>();
        flatten("", m, flat);
        return new Messages(lang, flat, file);
    }

    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(prefix + k + ".", v, out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + (i + 1) + ".", list.get(i), out);
            }
        } else {
            out.put(prefix.substring(0, prefix.length() - 1), value == null ? "" : String.valueOf(value));
        }
    }

    /** The language of the table. */
    public Lang lang() {
        return lang;
    }

    /** Every string, by key; templates read it as {@code t}. */
    public Map<String, String> table() {
        return table;
    }

    /**
     * The string for a key; a missing key is invalid input naming the file and the key, so that no page shows a raw
     * key (an editor's YAML lacks it, or content asks for one that cannot exist, such as month 13).
     *
     * @throws DataFileException naming the UI strings' file and the key
     */
    public String get(String key) {
        String v = table.get(key);
        if (v == null) {
            throw new DataFileException(file, 1, "UI string '" + key + "' missing (add it to this file)");
        }
        return v;
    }

    /** The string for a key, or the fallback when the table lacks it (for open-ended maps like units). */
    public String getOr(String key, String fallback) {
        return table.getOrDefault(key, fallback);
    }

    /** The string for a key with {@code {name}} placeholders filled from alternating name, value arguments. */
    public String format(String key, Object... namesAndValues) {
        String s = get(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            s = s.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return s;
    }
}
