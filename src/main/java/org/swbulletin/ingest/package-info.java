/**
 * Ingest: reads a raw report of the printed digest (any of its encodings and line ends), classifies its lines, mends
 * sentences cut by page breaks and splits it into parsed articles with their captions, rubrics and source lines.
 * It is the first stage and uses no other, only the shared root package; a report it cannot read is a
 * {@link org.swbulletin.ingest.ReportFormatException} naming the file and line.
 */
package org.swbulletin.ingest;
