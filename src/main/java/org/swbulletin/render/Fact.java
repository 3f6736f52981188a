package org.swbulletin.render;

/**
 * One labelled fact an article page lists as it is: a field of the schema with no presentation of its own.
 *
 * @param label the field's name in the page's language
 * @param value the value as written
 * @param lang  the value's language tag when it differs from the page's (Chinese text on an English page), else null
 */
public record Fact(String label, String value, String lang) {}
