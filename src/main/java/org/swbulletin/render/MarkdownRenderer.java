package org.swbulletin.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;

/**
 * Turns an article's Markdown body into safe HTML and plain text, parsing it once.
 *
 * <p>Raw HTML in the Markdown is escaped by flexmark, and the result is cleaned again with a jsoup safelist, so that
 * neither an editor's mistake nor an imported text can put markup or script on a page. A body made only of elements
 * that carry no attribute and no URL (paragraphs, headings, lists, emphasis, rules: nearly every report) cannot hold
 * either, and skips the safelist; {@link PlainMarkup} writes it as the safelist would. Images are not allowed: a page
 * must make no external request.
 */
public final class MarkdownRenderer {
    // Thematic breaks ("* * *") are Markdown an editor may use; jsoup's relaxed list lacks <hr>.
    private static final Safelist SAFE = Safelist.relaxed().removeTags("img").addTags("hr")
            .addAttributes("a", "rel").addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final OutputSettings OUTPUT = new OutputSettings().prettyPrint(false);

    /** The longest summary made from a body, in characters: a body keeps only the start of its text that it needs. */
    public static final int SUMMARY_SOURCE = 220;

    /** A renderer with CommonMark plus tables, raw HTML escaped. */
    public MarkdownRenderer() {}

    /** Flexmark, set up when a body first needs it: a build whose bodies are all plain never loads it. */
    static final class Flexmark {
        /**
         * CommonMark plus tables, raw HTML escaped, soft breaks joining lines without a space (Chinese text). Headings
         * get no id: pages do not show one, and flexmark collects a heading's text for it in time quadratic in its
         * length.
         */
        static final DataHolder OPTIONS = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "")
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .toImmutable();
        static final Parser PARSER = LinearParser.build(OPTIONS);
        static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
    }

    /**
     * Renders a body.
     *
     * @param markdown the Markdown text
     * @return the sanitised HTML and the text of its paragraphs (headings left out), paragraphs joined by newlines; of a
     *         long text, only the start any summary of up to {@link #SUMMARY_SOURCE} characters reads
     */
    public RenderedBody render(String markdown) {
        RenderedBody plain = PlainBody.render(markdown);
        return plain != null ? plain : parsed(markdown);
    }

    /**
     * Renders a body through flexmark, whatever it holds. Flexmark recurses once per level of nesting: a body that
     * overflows the stack (validation refuses it, but a body may reach here without validation) comes out as escaped
     * plain text rather than crashing the build.
     */
    RenderedBody parsed(String markdown) {
        try {
            return throughFlexmark(markdown);
        } catch (StackOverflowError e) {
            return escaped(markdown);
        }
    }

    /** Flexmark's parse and HTML of a text, and its paragraphs' text: all in time linear in the text's length. */
    RenderedBody throughFlexmark(CharSequence markdown) {
        Document doc = Flexmark.PARSER.parse(BasedSequence.of(markdown));
        String rendered = Flexmark.RENDERER.render(doc);
        String html = PlainMarkup.covers(doc) ? PlainMarkup.asCleaned(rendered) : clean(rendered);
        StringBuilder text = new StringBuilder();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof com.vladsch.flexmark.ast.Paragraph) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                String plain = plainText(n);
                text.append((plain != null ? plain : NodeText.of(n)).strip());
            }
        }
        String plain = text.toString();
        return new RenderedBody(html, Summary.source(plain, SUMMARY_SOURCE), ReadingTime.minutes(plain));
    }

    /** A body as its text, escaped, one paragraph per run of lines between blank lines. */
    static RenderedBody escaped(String markdown) {
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (String paragraph : markdown.strip().split("\\R\\s*\\R")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            html.append("<p>").append(XmlText.escape(p)).append("</p>\n");
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(p);
        }
        String plain = text.toString();
        return new RenderedBody(html.toString(), Summary.source(plain, SUMMARY_SOURCE), ReadingTime.minutes(plain));
    }

    /** Flexmark's HTML of a text before any cleaning, and whether it is plain markup (for tests). */
    String unsanitised(String markdown) {
        return Flexmark.RENDERER.render(Flexmark.PARSER.parse(markdown));
    }

    /** True when the text's HTML is plain markup, which skips the safelist (for tests). */
    boolean plain(String markdown) {
        return PlainMarkup.covers(Flexmark.PARSER.parse(markdown));
    }

    /** Flexmark's HTML through the jsoup safelist: the path every body with a link, a table or raw HTML takes. */
    static String clean(String html) {
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }

    /**
     * The text of a paragraph that is one run of plain text, without escapes or entities, taken as it is; null for any
     * other paragraph. The common case, and collecting its text node by node allocates several times the text's size.
     */
    private static String plainText(Node paragraph) {
        Node only = paragraph.getFirstChild();
        if (only == null || only != paragraph.getLastChild() || !(only instanceof com.vladsch.flexmark.ast.Text)) {
            return null;
        }
        String s = only.getChars().toString();
        return s.indexOf('\\') >= 0 || s.indexOf('&') >= 0 ? null : s;
    }

    /**
     * An article body rendered once and shared by every page that shows it.
     *
     * @param html sanitised HTML
     * @param text    the paragraphs as plain text, one per line; for a long body only its start ({@link Summary#source})
     * @param minutes reading time of the text
     */
    public record RenderedBody(String html, String text, int minutes) {}
}
