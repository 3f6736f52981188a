package org.swbulletin.ingest;

import java.util.ArrayList;
import java.util.List;
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
        // Short lines standing alone: those that are captions by their own form, and those taken for subheadings.
        int shortCaptions = 0;
        boolean anyMarked = false;
        List<Block> plainSubheadings = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            BodyLine u = lines.get(k);
            boolean textFollows = k + 1 < lines.size() && !lines.get(k + 1).marked();
            if (u.marked()) {
                anyMarked = true;
                if (open != null) {
                    warnIfCut(open, openLine, "before a subheading", warnings);
                    blocks.add(new Block(Block.Kind.PARAGRAPH, open.toString()));
                    open = null;
                }
                blocks.add(new Block(Block.Kind.SUBHEADING, u.text()));
                continue;
            }
            if (Caption.is(u.text()) || (blocks.isEmpty() && open == null && k + 1 < lines.size()
                    && restatesLead(u.text(), lines.get(k + 1).text()))) {
                captions.add(u.text());
                if (isShortUnpunctuated(u.text())) shortCaptions++;
                continue;
            }
            if (Byline.is(u.text()) && (open == null || Punctuation.endsParagraph(open.toString()))) {
                // a reporter's name on its own line: a line of the text, neither a subheading nor a sentence's start
                if (open != null) blocks.add(new Block(Block.Kind.PARAGRAPH, open.toString()));
                open = null;
                blocks.add(new Block(Block.Kind.PARAGRAPH, u.text()));
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
                    Block subheading = new Block(Block.Kind.SUBHEADING, u.text());
                    blocks.add(subheading);
                    plainSubheadings.add(subheading);
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
        // A layout that prints photos between paragraphs does so throughout an article: when most of its lone short
        // lines are captions by their own form (谷雯燕正在讲解…), the others (儿童主任分享工作经验) are captions too,
        // not subheadings. An article with ### subheadings shows how it marks them.
        if (!anyMarked && shortCaptions >= 2 && shortCaptions > plainSubheadings.size()) {
            for (Block b : plainSubheadings) {
                blocks.remove(b);
                captions.add(b.text());
            }
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

    /**
     * A caption printed above the lead: one short sentence without a comma whose words the lead then repeats, as
     * {@code 保定市民政局为5个乡镇社会工作服务站授牌。} before {@code …并为5个乡镇社会工作服务站授牌。}.
     */
    static boolean restatesLead(String line, String lead) {
        if (line.length() > MAX_SHORT_LINE || Punctuation.hasClausePunctuation(line.substring(0, line.length() - 1))
                || lead.length() <= line.length()) {
            return false;
        }
        String c = Punctuation.lettersOnly(line);
        String l = Punctuation.lettersOnly(lead);
        if (c.length() < 6) return false;
        int shared = 0;
        for (int i = 0; i + 2 <= c.length(); i++) {
            if (l.contains(c.substring(i, i + 2))) shared++;
        }
        return shared >= 0.6 * (c.length() - 1);
    }
}
