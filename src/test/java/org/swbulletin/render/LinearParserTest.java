package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The parser bodies go through gives flexmark's HTML and text, and reads its input a bounded number of times per
 * character however many link-reference definitions, lines or links one paragraph holds.
 */
class LinearParserTest {
    private static final Parser FLEXMARK = Parser.builder(MarkdownRenderer.Flexmark.OPTIONS).build();
    private static final Parser LINEAR = MarkdownRenderer.Flexmark.PARSER;
    private static final HtmlRenderer HTML = MarkdownRenderer.Flexmark.RENDERER;

    /** Small bodies of every shape that touches what the linear parser changes: definitions, headings, inlines. */
    private static final List<String> SHAPES = List.of(
            "[a]: /x\n[b]: /y \"标题\"\n\n[a] 和 [B] 与 [c]",
            "[a]: /x\n[b]: /y\n---\n\n[a]",
            "[a]: /x\n[b]: /y\n===\n\n[b]",
            "正文\n[a]: /x\n---\n\n[a]",
            "- [a]: /x\n  [b]: /y\n\n[b]",
            "- 项\n  [a]: /x\n- [b]: /y\n\n[a][b]",
            "> [a]: /x \"t\"\n> [b]: /y\n\n[a] [B]",
            "> [a]: /x\n> [b]: /y\n>\n> [a]\n\n[b]",
            "[Foo]: /first\n[foo]: /second\n[FOO]: /third\n\n[foo] [Foo] [fOO]",
            "[ẞ]: /sharp\n[Straße]: /street\n\n[SS] [strasse] [ß]",
            "[a b]: <</url>> 'single'\n[c]:\n/next-line\n(paren)\n\n[a  b] [c]",
            "[a]: /x 不是标题\n[b]: /y\n\n[a] [b]",
            "[a]:\n\n[b] : /y\n\n[]: /z\n\n[a] [b] []",
            "  [a]: /x\n   [b]: /y\n    [c]: /z\n\n[a][b][c]",
            "标题\n===\n\n# 一级 #\n\n## [a] 链接 ##\n\n[a]: /x",
            "文 *强* **粗** `代码` &amp; &#x4e00; <http://example.org> [内联](/x \"t\") \\* 转义\n第二行  \n硬换行",
            "[a](/1) *b [c](/2) *d [e](/3) **f\n\n_g_ [h][] [i]\n\n[h]: /h",
            "| 甲 | 乙 |\n|---|---|\n| [a] | *b* |\n\n[a]: /x",
            "```\n[a]: /x\n```\n\n    [b]: /y\n\n[a] [b]");

    @Test
    void everyShapeParsesToFlexmarksHtml() {
        for (String md : SHAPES) {
            assertEquals(HTML.render(FLEXMARK.parse(md)), HTML.render(LINEAR.parse(md)), md);
        }
    }

    @Test
    void paragraphTextIsFlexmarksCollectedTextWhereThatHasNoLinkMarkup() {
        for (String md : SHAPES.stream().filter(md -> !md.contains("](")).toList()) {
            Document doc = LINEAR.parse(md);
            for (Node n : doc.getDescendants()) {
                if (n instanceof Paragraph) {
                    assertEquals(new TextCollectingVisitor().collectAndGetText(n), NodeText.of(n), md);
                }
            }
        }
    }

    @Test
    void inlineLinksAndImagesGiveTheirTextWithoutTheRestOfTheirMarkup() {
        // flexmark's collector, joining segments of the source, also takes the "](/x)" after a link's text
        Node paragraph = LINEAR.parse("文 [链接](/x \"t\") ![图](/i) 后").getFirstChild();
        assertEquals("文 链接 图 后", NodeText.of(paragraph));
    }

    @Test
    void headingsWithoutGeneratedIdsRenderAsWithThem() {
        HtmlRenderer withIds = HtmlRenderer.builder(new MutableDataSet(MarkdownRenderer.Flexmark.OPTIONS)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)).build();
        for (String md : SHAPES) {
            assertEquals(withIds.render(FLEXMARK.parse(md)), HTML.render(FLEXMARK.parse(md)), md);
        }
    }

    @Test
    void twentyThousandDefinitionsRenderAsFlexmarkRendersThirty() {
        IntFunction<String> body = n -> {
            StringBuilder md = new StringBuilder("正文\n\n");
            for (int i = 0; i < n; i++) {
                md.append(i % 3 == 0 ? "   " : "").append("[Ref ").append(i).append("]: /u/").append(i)
                        .append(i % 2 == 0 ? " \"t" + i + "\"" : "").append('\n');
            }
            md.append("[REF 1]: /duplicate\n\n");
            for (int i = 0; i < n; i += 7) {
                md.append(i > 0 ? " " : "").append("[ref ").append(i).append("]");
            }
            return md.append("\n").toString();
        };
        IntFunction<String> html = n -> {
            StringBuilder out = new StringBuilder("<p>正文</p>\n<p>");
            for (int i = 0; i < n; i += 7) {
                out.append(i > 0 ? " " : "").append("<a href=\"/u/").append(i).append('"').append(i % 2 == 0 ? " title=\"t" + i + "\"" : "")
                        .append(">ref ").append(i).append("</a>");
            }
            return out.append("</p>\n").toString();
        };
        assertEquals(html.apply(30), HTML.render(FLEXMARK.parse(body.apply(30))));
        assertEquals(html.apply(20_000), HTML.render(LINEAR.parse(body.apply(20_000))));
    }

    /** Definitions in one run, above an underline, in a list, in a quote; a paragraph of lines; one of links. */
    private static final List<IntFunction<String>> LONG_SHAPES = List.of(
            n -> repeat(n, i -> "[l" + i + "]: http://x/" + i + "\n") + "\n[l5]\n",
            n -> repeat(n, i -> "[l" + i + "]: http://x/" + i + " \"t\"\n") + "---\n",
            n -> "- " + repeat(n, i -> "  [l" + i + "]: /x\n"),
            n -> repeat(n, i -> "> [l" + i + "]: /x \"t\"\n"),
            n -> repeat(n, i -> "第" + i + "行 [l" + i + "] 文字\n"),
            n -> repeat(n, i -> "[a" + i + "](/x) *b `c` &amp; <http://x> ")
    );

    @Test
    void parsingRenderingAndTextReadEachCharacterABoundedNumberOfTimes() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (IntFunction<String> shape : LONG_SHAPES) {
            String md = shape.apply(20_000);
            CountingChars chars = new CountingChars(md, 400L * md.length());
            renderer.throughFlexmark(chars);
            assertTrue(chars.reads <= chars.budget, md.substring(0, 40));
        }
    }

    private static String repeat(int n, IntFunction<String> line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(line.apply(i));
        }
        return out.toString();
    }

    /**
     * A text counting the characters read from it, and failing as soon as they pass a budget, so that a quadratic
     * parse fails within a moment rather than running for minutes.
     */
    private static final class CountingChars implements CharSequence {
        private final String text;
        private final long budget;
        long reads;

        CountingChars(String text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        private void read(int n) {
            reads += n;
            if (reads > budget) {
                throw new AssertionError("read more than " + budget / text.length() + " times its length: "
                        + text.substring(0, 40));
            }
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            read(1);
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            read(end - start);
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            read(text.length());
            return text;
        }
    }
}
