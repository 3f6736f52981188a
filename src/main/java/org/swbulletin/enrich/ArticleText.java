package org.swbulletin.enrich;

import java.util.List;
import org.swbulletin.ingest.ParsedArticle;

/**
 * The parts of an article that enrichment reads, weighted by where they stand.
 *
 * @param title      the headline
 * @param kicker     the first line of a two-line title, or null
 * @param section    the column rubric, or null
 * @param source     the outlet, or null
 * @param paragraphs the body's paragraphs in order (subheadings may be included)
 */
public record ArticleText(String title, String kicker, String section, String source, List<String> paragraphs) {

    /** Copies the list. */
    public ArticleText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The text of an article fresh from a report. */
    public static ArticleText of(ParsedArticle a) {
        return new ArticleText(a.title(), a.kicker(), a.section(), a.source(),
                a.blocks().stream().map(ParsedArticle.Block::text).toList());
    }
}
