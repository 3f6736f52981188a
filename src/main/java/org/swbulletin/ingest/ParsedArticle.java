package org.swbulletin.ingest;

import java.util.List;

/**
 * One article as split out of a raw report, before enrichment: mended paragraphs, subheadings and captions.
 *
 * @param reportId the id of the report (its file stem)
 * @param order    1-based position of the article in the report
 * @param line     1-based line of the report where the article's title starts
 * @param title    the headline as printed
 * @param kicker   the first line of a two-line title, or null
 * @param section  the column rubric the article stands under, or null
 * @param source   the outlet of the source line, without 据 and 《》, or null
 * @param blocks   the body: paragraphs and subheadings in order
 * @param captions photo captions found inside the article
 */
public record ParsedArticle(String reportId, int order, int line, String title, String kicker, String section,
                            String source, List<Block> blocks, List<String> captions) {

    /** Copies the lists. */
    public ParsedArticle {
        blocks = List.copyOf(blocks);
        captions = List.copyOf(captions);
    }

    /** The paragraphs' texts, subheadings left out. */
    public List<String> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList();
    }

    /** The body as Markdown: one paragraph per block, subheadings as {@code ##}. */
    public String markdown() {
        StringBuilder s = new StringBuilder();
        for (Block b : blocks) {
            if (s.length() > 0) {
                s.append("\n\n");
            }
            if (b.kind() == Block.Kind.SUBHEADING) {
                s.append("## ");
            }
            s.append(b.text());
        }
        return s.toString();
    }

    /**
     * A piece of an article's body.
     *
     * @param kind paragraph or subheading
     * @param text its text, on one line
     */
    public record Block(Kind kind, String text) {
        /** What a block is. */
        public enum Kind {
            /** A paragraph of running text. */
            PARAGRAPH,
            /** A subheading between paragraphs. */
            SUBHEADING
        }
    }
}
