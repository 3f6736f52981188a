package org.swbulletin.render;

/**
 * Renders, without a Markdown parser, the bodies nearly every report yields: paragraphs of text and ATX headings set
 * off by blank lines, with none of Markdown's punctuation. The HTML and text are exactly those of the parser's path
 * (a test holds them equal over the seeds and a synthetic archive); anything else is left to the parser.
 *
 * <p>Most of a large build's Markdown time was flexmark parsing such bodies, and compiling flexmark's code.
 */
final class PlainBody {
    /** Characters with a meaning somewhere in Markdown (or escaped in HTML): a body holding one goes to the parser. */
    private static final String MARKUP = "\\`*_[]<>&#!|~\u00a0";

    private PlainBody() {}

    /**
     * The rendered body, or null when the text is not plain: a character of {@link #MARKUP}, a line that could open a
     * list, a quote or a setext underline, whitespace at either end of a line, a control character, or a heading not
     * set off by blank lines.
     */
    static MarkdownRenderer.RenderedBody render(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + 64);
        StringBuilder text = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        StringBuilder paragraphText = new StringBuilder();
        boolean afterHeading = false;
        int n = markdown.length();
        for (int start = 0; start <= n; ) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (end == start) {
                closeParagraph(paragraph, paragraphText, html, text);
                afterHeading = false;
            } else if (afterHeading) {
                return null;
            } else if (markdown.charAt(start) == '#') {
                int level = 0;
                while (start + level < end && markdown.charAt(start + level) == '#') {
                    level++;
                }
                int content = start + level + 1;
                if (paragraph.length() > 0 || level > 6 || content >= end || markdown.charAt(content - 1) != ' '
                        || !plainText(markdown, content, end)) {
                    return null;
                }
                html.append("<h").append(level).append('>').append(markdown, content, end)
                        .append("</h").append(level).append(">\n");
                afterHeading = true;
            } else {
                if (!plainText(markdown, start, end) || !plainLineStart(markdown, start, end)) {
                    return null;
                }
                // Lines of a paragraph join without a break in the HTML (no space between Chinese sentences), and
                // with a newline in the text, as flexmark's text collector does.
                if (paragraph.length() > 0) {
                    paragraphText.append('\n');
                }
                paragraph.append(markdown, start, end);
                paragraphText.append(markdown, start, end);
            }
            start = end + 1;
        }
        closeParagraph(paragraph, paragraphText, html, text);
        String plain = text.toString();
        return new MarkdownRenderer.RenderedBody(html.toString(), Summary.source(plain, MarkdownRenderer.SUMMARY_SOURCE),
                ReadingTime.minutes(plain));
    }

    private static void closeParagraph(StringBuilder paragraph, StringBuilder paragraphText, StringBuilder html,
                                       StringBuilder text) {
        if (paragraph.length() == 0) {
            return;
        }
        html.append("<p>").append(paragraph).append("</p>\n");
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(paragraphText);
        paragraph.setLength(0);
        paragraphText.setLength(0);
    }

    /** Text with no markup character, no control character and no whitespace at either end. */
    private static boolean plainText(String s, int from, int to) {
        if (Character.isWhitespace(s.charAt(from)) || Character.isSpaceChar(s.charAt(from))
                || Character.isWhitespace(s.charAt(to - 1)) || Character.isSpaceChar(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '\u007f' || MARKUP.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** False for a line that could start a list, a block quote or a setext underline: {@code -}, {@code +}, {@code =}, {@code 1.}, {@code 1)}. */
    private static boolean plainLineStart(String s, int from, int to) {
        char first = s.charAt(from);
        if (first == '-' || first == '+' || first == '=' || first == '>') {
            return false;
        }
        int i = from;
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == from || i == to || (s.charAt(i) != '.' && s.charAt(i) != ')');
    }
}
