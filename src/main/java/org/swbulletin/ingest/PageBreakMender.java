package org.swbulletin.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.swbulletin.ingest.ParsedArticle.Block;

/**
 * Rebuilds an article's paragraphs from its body lines: joins sentences cut by page breaks, moves the photo captions
 * dropped into them out of the text, and tells subheadings from paragraphs.
 *
 * <p>The rules rest on punctuation, not on words: a paragraph that does not end a sentence goes on in the next line,
 * however many blank lines stand between; a short line without sentence punctuation met while a sentence is still
 * open cannot continue it, so it is a caption. Between complete paragraphs such a line is a subheading, unless a page
 * break (more blank lines than between ordinary paragraphs) stands before it, which marks a dropped caption.
 */
public final class PageBreakMender {
    /** Longest line that may be a caption or a plain subheading. */
    static final int MAX_SHORT_LINE = 40;
    private static final Pattern CAPTION_PREFIX = Pattern.compile(
            "^([图圖][为為]|[图圖][:：]|[(（][图圖]|[摄攝]影[:：]|[图圖]片[:：])");

    private final int pageBreakGap;

    /**
     * @param usualGap the number of blank lines between ordinary paragraphs of the report
     */
    public PageBreakMender(int usualGap) {
        this.pageBreakGap = usualGap + 1;
    }

    /**
     * The outcome of mending one article's body.
     *
     * @param blocks   paragraphs and subheadings
     * @param captions captions taken out of the text
     * @param mends    sentences joined across a page break
     * @param warnings oddities, such as a last paragraph that ends mid-sentence
     */
    public record Mended(List<Block> blocks, List<String> captions, int mends, List<ParseWarning> warnings) {}

    /** Mends one article's body lines. */
    public Mended mend(List<BodyLine> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        int mends = 0;
        StringBuilder open = null;
        int openLine = 0;
        for (int k = 0; k < lines.size(); k++) {
            BodyLine u = lines.get(k);
            boolean textFollows = k + 1 < lines.size() && !lines.get(k + 1).marked();
            if (u.marked()) {
                if (open != null) {
                    warnIfCut(open, openLine, "before a subheading", warnings);
                    blocks.add(new Block(Block.Kind.PARAGRAPH, open.toString()));
                    open = null;
                }
                blocks.add(new Block(Block.Kind.SUBHEADING, u.text()));
                continue;
            }
            if (hasCaptionPrefix(u.text())) {
                captions.add(u.text());
                continue;
            }
            if (open != null && !Punctuation.endsParagraph(open.toString())) {
                if (textFollows && isShortUnpunctuated(u.text())) {
                    captions.add(u.text());
                } else {
                    open.append(u.text());
                    mends++;
                }
                continue;
            }
            if (open != null) {
                blocks.add(new Block(Block.Kind.PARAGRAPH, open.toString()));
                open = null;
            }
            if (textFollows && isShortUnpunctuated(u.text())) {
                if (u.gapBefore() >= pageBreakGap && !blocks.isEmpty()) {
                    captions.add(u.text());
                } else {
                    blocks.add(new Block(Block.Kind.SUBHEADING, u.text()));
                }
                continue;
            }
            open = new StringBuilder(u.text());
            openLine = u.line();
        }
        if (open != null) {
            warnIfCut(open, openLine, "at the end of the article", warnings);
            blocks.add(new Block(Block.Kind.PARAGRAPH, open.toString()));
        }
        return new Mended(blocks, captions, mends, warnings);
    }

    private static void warnIfCut(StringBuilder open, int line, String where, List<ParseWarning> warnings) {
        if (!Punctuation.endsParagraph(open.toString())) {
            warnings.add(new ParseWarning(line, "paragraph stops mid-sentence " + where + "; kept as it is"));
        }
    }

    /** A line short enough for a caption or subheading and without sentence punctuation. */
    static boolean isShortUnpunctuated(String text) {
        return text.length() <= MAX_SHORT_LINE && !Punctuation.hasSentencePunctuation(text);
    }

    /** A line that says it is a caption: {@code 图为…}, {@code （图…}. */
    static boolean hasCaptionPrefix(String text) {
        return CAPTION_PREFIX.matcher(text).find();
    }
}
