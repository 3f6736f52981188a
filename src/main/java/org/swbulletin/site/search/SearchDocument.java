package org.swbulletin.site.search;

import java.util.List;

/**
 * One article as the search index of a language holds it: what a result shows and the text its terms come from.
 *
 * @param id         the article's id
 * @param url        the article page
 * @param title      the title in the page's language
 * @param original   on an English page, the Chinese headline; else null
 * @param places     the places, as the page names them
 * @param themes     the themes, as the page names them
 * @param date       the date for display
 * @param lead       the first paragraph
 * @param body       the other paragraphs, one per line
 * @param chinese    true when lead and body are Chinese text on an English page
 * @param pinyinOf   the Chinese names whose pinyin finds the article: title, places, themes
 * @param facets     the facet values it is filed under, as {@code kind:value} ({@code province:gansu})
 */
public record SearchDocument(String id, String url, String title, String original, List<String> places, List<String> themes,
                             String date, String lead, String body, boolean chinese, List<String> pinyinOf,
                             List<String> facets) {
    /** All of the text a phrase is checked against, as {@code search.js} joins it. */
    public String fullText() {
        return String.join("\n", title, original == null ? "" : original, String.join(" ", places),
                String.join(" ", themes), lead, body);
    }
}
