package org.swbulletin.render;

/**
 * A key figure as a page shows it.
 *
 * @param label     what is counted
 * @param value     the number with its qualifier and unit, worded for the language
 * @param untranslatedUnit on an English page, a Chinese measure word the string table lacks (shown marked
 *                  {@code zh-CN} after the value); else null
 * @param text      the phrase of the article it was read from (always Chinese)
 * @param articleUrl the article it comes from, or null on that article's own page
 * @param articleTitle that article's title, or null
 */
public record FigureView(String label, String value, String untranslatedUnit, String text, String articleUrl,
                         String articleTitle) {}
