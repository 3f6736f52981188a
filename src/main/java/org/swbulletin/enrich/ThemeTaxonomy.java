package org.swbulletin.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The themes editors keep in {@code content/_data/themes.yaml}: a list of maps with keys {@code id}, {@code zh},
 * {@code en}, {@code description_zh}, {@code description_en} and {@code cues}.
 */
public final class ThemeTaxonomy {
    /** Where the taxonomy lives, relative to the content directory. */
    public static final String FILE = "_data/themes.yaml";

    private final Map<String, Theme> byId;

    /** A taxonomy of the given themes, in their order. */
    public ThemeTaxonomy(List<Theme> themes) {
        Map<String, Theme> m = new LinkedHashMap<>();
        themes.forEach(t -> m.put(t.id(), t));
        this.byId = m;
    }

    /**
     * Loads the taxonomy of a content directory.
     *
     * @throws DataFileException naming the file when it is missing or malformed
     */
    public static ThemeTaxonomy load(Path contentDir) {
        Path file = contentDir.resolve(FILE);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new DataFileException(file, 0, "theme taxonomy missing");
        }
        return of(YamlData.load(file), file);
    }

    /**
     * A taxonomy from YAML text.
     *
     * @param text the file's text
     * @param file the file it came from, for messages
     * @throws DataFileException when the text is malformed
     */
    public static ThemeTaxonomy parse(String text, Path file) {
        return of(YamlData.parse(text, file), file);
    }

    private static ThemeTaxonomy of(Object data, Path file) {
        if (!(data instanceof List<?> list)) {
            throw new DataFileException(file, 1, "expected a list of themes");
        }
        List<Theme> themes = new ArrayList<>();
        int i = 0;
        for (Object o : list) {
            i++;
            if (!(o instanceof Map<?, ?> m)) {
                throw new DataFileException(file, 0, "theme " + i + " is not a map");
            }
            String id = text(m, "id", file, i);
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new DataFileException(file, 0, "theme id '" + id + "' must be lower-case ascii words joined by '-'");
            }
            List<String> cues = new ArrayList<>();
            if (m.get("cues") instanceof List<?> cl) {
                cl.forEach(c -> cues.add(String.valueOf(c)));
            }
            themes.add(new Theme(id, text(m, "zh", file, i), text(m, "en", file, i),
                    String.valueOf(m.containsKey("description_zh") ? m.get("description_zh") : ""),
                    String.valueOf(m.containsKey("description_en") ? m.get("description_en") : ""), List.copyOf(cues)));
        }
        return new ThemeTaxonomy(themes);
    }

    private static String text(Map<?, ?> m, String key, Path file, int index) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new DataFileException(file, 0, "theme " + index + " lacks '" + key + "'");
        }
        return String.valueOf(v);
    }

    /** All themes in the file's order. */
    public List<Theme> themes() {
        return List.copyOf(byId.values());
    }

    /** The theme with this id. */
    public Optional<Theme> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
