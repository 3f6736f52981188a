package org.swbulletin.content;

/**
 * What a report file ({@code content/<report>/_report.yaml}, see {@link ReportSchema}) says about one report.
 *
 * @param report   the report's id (its folder's name)
 * @param date     {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, or null
 * @param issue    the issue's number, or null
 * @param inferred true when the date is import's inference, not an editor's
 */
public record ReportFile(String report, String date, Integer issue, boolean inferred) {}
