package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rawHtmlIsEscapedNeverPassedThrough() {
        String html = renderer.render("段落<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "<a href=\"#\" onclick=\"x()\">a</a>").html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<a "), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        String html = renderer.render("[x](javascript:alert(1)) [y](https://example.org/)").html();
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"https://example.org/\""), html);
    }

    @Test
    void plainBodiesComeOutAsFlexmarkAndTheSafelistWouldWriteThem() {
        for (String md : List.of(
                "上文\"引号\"与'单引号' & < > \u00a0空格\n\n* * *\n\n- 一\n- 二\n\n1. 甲\n2. 乙",
                "> 引用 **粗** *斜* `代码<>\"&`\n\n行尾两空格  \n换行\n\n## 标题\n\n### 三级\n\n---",
                "  - 嵌套\n    - 列表\n\n第二段\\*转义\\*",
                "第一行\n第二行（软换行）\n\n***强调***",
                "\\*转义\\* \\\\ 反斜杠\n\n> 引用 _下划_ __粗二__\n> 第二行\n\n换行\\\n反斜杠换行\n\n## 标题 ##\n\n标题二\n---",
                "a < b > c & d \"e\" 'f' ***g*** **h *i* j**\n\n> > 嵌套引用\n\n#### 四级\n\n  缩进的段落   ")) {
            assertTrue(renderer.plain(md), md);
            assertEquals(MarkdownRenderer.clean(renderer.unsanitised(md)), renderer.render(md).html(), md);
        }
    }

    @Test
    void linksTablesAndRawHtmlAreNotPlain() {
        assertFalse(renderer.plain("[x](https://example.org/)"));
        assertFalse(renderer.plain("<b>粗</b>"));
        assertFalse(renderer.plain("| a | b |\n|---|---|\n| 1 | 2 |"));
        assertFalse(renderer.plain("3. 从三开始"));
    }

    @Test
    void aThematicBreakStaysARule() {
        assertEquals("<p>上文。</p>\n<hr>\n<p>下文。</p>", renderer.render("上文。\n\n* * *\n\n下文。").html().strip());
    }

    @Test
    void subheadingsStayHeadingsAndTextLeavesThemOut() {
        MarkdownRenderer.RenderedBody b = renderer.render("第一段。\n\n## 小标题\n\n第二段。");
        assertTrue(b.html().contains("<h2>小标题</h2>"), b.html());
        assertEquals("第一段。\n第二段。", b.text());
    }

    @Test
    void aBodyNestedThousandsDeepComesOutAsEscapedTextInsteadOfOverflowingTheStack() throws java.io.IOException {
        for (String name : List.of("block-quotes-1000-deep.md", "dash-markers-600-deep.md",
                "number-markers-600-deep.md", "indented-list-600-deep.md")) {
            String md = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/render/nesting", name));
            String html = renderer.render(md).html();
            assertTrue(html.contains("列表") || html.contains("引用") || html.contains("层"), name);
        }
    }
}
