package org.swbulletin.render;

/**
 * A link as templates show it.
 *
 * @param url   root-relative URL
 * @param text  the link text
 * @param lang  the text's language tag when it differs from the page's ({@code zh-CN} on English pages), else null
 * @param count a count shown beside it, or 0
 */
public record Link(String url, String text, String lang, int count) {
    /** A link without a count whose text is in the page's language. */
    public static Link of(String url, String text) {
        return new Link(url, text, null, 0);
    }
}
