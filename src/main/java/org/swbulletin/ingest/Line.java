package org.swbulletin.ingest;

/**
 * One classified line of a raw report.
 *
 * @param number    1-based line number in the report
 * @param kind      what the line is on its own
 * @param text      the line trimmed, without heading markers
 * @param hardBreak true when the raw line ended with two spaces (a Markdown line break), as kickers often do
 */
public record Line(int number, LineKind kind, String text, boolean hardBreak) {}
