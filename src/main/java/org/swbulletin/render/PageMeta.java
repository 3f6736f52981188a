package org.swbulletin.render;

/**
 * What the layout needs to know about a page: titles, canonical and alternate URLs, Open Graph data.
 *
 * @param title        the page title (without the site title)
 * @param description  one line for search engines and link previews
 * @param nav          the key of the navigation entry to mark as current, or empty
 * @param canonical    absolute URL of this page
 * @param zhUrl        absolute URL of the Chinese version
 * @param enUrl        absolute URL of the English version
 * @param switchUrl    root-relative link to the same page in the other language
 * @param ogType       {@code website} or {@code article}
 * @param indexable    false for pages search engines should not index (404)
 */
public record PageMeta(String title, String description, String nav, String canonical, String zhUrl, String enUrl,
                       String switchUrl, String ogType, boolean indexable) {}
