package org.swbulletin.content;

import java.util.List;
import java.util.Optional;

/**
 * The one description of a report file's fields ({@code content/<report>/_report.yaml}), as {@link ArticleSchema} is
 * for articles: {@link ReportFiles} reads, validates and writes from it, and {@code check} names its keys.
 */
public final class ReportSchema {
    /** The file's name inside a report's folder. */
    public static final String FILE_NAME = "_report.yaml";

    /**
     * One key of a report file.
     *
     * @param key   the YAML key
     * @param means what it holds, for messages and the README
     */
    public record Field(String key, String means) {}

    /** When the report was printed: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    public static final Field DATE = new Field("date", "YYYY-MM-DD, YYYY-MM or YYYY: when the report was printed");
    /** The issue's number, a whole number from 1. */
    public static final Field ISSUE = new Field("issue", "the issue's number, a whole number from 1");
    /** {@code true} when import inferred the date from the report's text and no editor has confirmed it. */
    public static final Field INFERRED = new Field("inferred",
            "true while the date is import's inference from the text; an editor removes it (or changes the date)");

    /** Every field, in the order files are written. */
    public static final List<Field> FIELDS = List.of(DATE, ISSUE, INFERRED);

    private ReportSchema() {}

    /** The field of a key, if the schema knows it. */
    public static Optional<Field> field(String key) {
        return FIELDS.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
