package org.swbulletin.enrich;

import java.util.List;

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
                    List<String> cues) {}
