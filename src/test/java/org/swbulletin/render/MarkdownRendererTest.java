package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aThematicBreakStaysARule() {
        assertEquals("<p>上文。</p>\n<hr>\n<p>下文。</p>", renderer.render("上文。\n\n* * *\n\n下文。").html().strip());
    }

    @Test
    void subheadingsStayHeadingsAndTextLeavesThemOut() {
        MarkdownRenderer.RenderedBody b = renderer.render("第一段。\n\n## 小标题\n\n第二段。");
        assertTrue(b.html().contains("<h2>小标题</h2>"), b.html());
        assertEquals("第一段。\n第二段。", b.text());
    }
}
