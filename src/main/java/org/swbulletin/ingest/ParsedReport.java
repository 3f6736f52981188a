package org.swbulletin.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * A raw report split into articles, with what the parser did to it.
 *
 * @param id       the report id: the file name without its extension
 * @param file     the report file
 * @param charset  the encoding it was read in
 * @param script   the script it was written in; a Traditional report's articles were converted to Simplified
 * @param articles its articles in order
 * @param stats    captions moved, sentences mended, lines dropped, punctuation made full-width, warnings
 */
public record ParsedReport(String id, Path file, Charset charset, Script script, List<ParsedArticle> articles,
                           Stats stats) {

    /** Copies the list. */
    public ParsedReport {
        articles = List.copyOf(articles);
    }

    /**
     * What the parser changed in a report, so that an editor can review it.
     *
     * @param captionsMoved photo captions taken out of the running text into {@code captions:}
     * @param mends         sentences cut by a page break and joined again
     * @param strayLines    lines of lone punctuation dropped
     * @param fullWidth     half-width marks of Chinese text made full-width ({@link ChinesePunctuation})
     * @param warnings      oddities worked around
     */
    public record Stats(int captionsMoved, int mends, int strayLines, int fullWidth, List<ParseWarning> warnings) {
        /** Copies the list. */
        public Stats {
            warnings = List.copyOf(warnings);
        }
    }
}
