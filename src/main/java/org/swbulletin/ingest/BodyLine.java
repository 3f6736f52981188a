package org.swbulletin.ingest;

/**
 * A line of an article's body before mending.
 *
 * @param line      1-based line number in the report
 * @param text      the trimmed text
 * @param gapBefore how many blank lines stood before it
 * @param marked    true for a {@code ###} subheading
 */
public record BodyLine(int line, String text, int gapBefore, boolean marked) {}
