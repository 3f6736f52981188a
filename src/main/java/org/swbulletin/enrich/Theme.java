package org.swbulletin.enrich;

import java.util.List;
import java.util.Objects;

/**
 * A theme of the taxonomy editors keep in {@code content/_data/themes.yaml}.
 *
 * @param id            ascii id used in front matter and URLs
 * @param nameZh        Chinese name
 * @param nameEn        English name
 * @param descriptionZh one line in Chinese
 * @param descriptionEn one line in English
 * @param cues          words that signal the theme in a text
 */
public record Theme(String id, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
                    List<String> cues) {

    /**
     * All fields, as a record compares them, written out: the generated comparison is assembled from method handles
     * when first used, and themes are map keys in every build.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Theme t && Objects.equals(id, t.id) && Objects.equals(nameZh, t.nameZh) && Objects.equals(nameEn, t.nameEn)
                && Objects.equals(descriptionZh, t.descriptionZh) && Objects.equals(descriptionEn, t.descriptionEn) && Objects.equals(cues, t.cues);
    }

    /** The id's hash: ids are unique in a taxonomy, and equal themes have equal ids (hashing the cues was slow). */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
