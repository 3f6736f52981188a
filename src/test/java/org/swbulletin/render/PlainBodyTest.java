package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.Article;
import org.swbulletin.content.ContentStore;
import org.swbulletin.content.Fixtures;
import org.swbulletin.bench.SyntheticCorpus;
import org.swbulletin.enrich.ThemeTaxonomy;

class PlainBodyTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @TempDir
    Path tmp;

    private void assertAsParsed(String markdown) {
        MarkdownRenderer.RenderedBody plain = PlainBody.render(markdown);
        assertNotNull(plain, "plain: " + markdown);
        assertEquals(renderer.parsed(markdown), plain, markdown);
    }

    @Test
    void rendersPlainParagraphsAndHeadingsExactlyAsTheParser() {
        for (String md : List.of("", "\n\n", "一段。", "一段。\n", "\n\n第一段。\n\n\n第二段。\n\n",
                "第一行，\n第二行接着写。\n第三行。\n\n另一段。",
                "# 一级\n\n## 二级\n\n### 三级\n\n#### 四级\n\n##### 五级\n\n###### 六级\n\n正文。",
                "### 小标题\n\n段落\"引号\"与'单引号'，2023年12月，共1.2万人（约50%）。\n\n### 又一个标题",
                "全角　空格在中间。\n\n表情😀与生僻字𠀀。", "100名社工参与。", "Plain English: a line, with (parentheses); ok?",
                "12345678901234567890年", "3号楼。\n\n### 结语")) {
            assertAsParsed(md);
        }
    }

    @Test
    void leavesEverythingElseToTheParser() {
        for (String md : List.of("*强调*", "a_b", "`代码`", "[链接](x)", "<b>", "a & b", "# 标题 #", "!感叹",
                "a|b", "~删除~", "反\\斜杠", "不\u00a0断", "- 列表", "+ 列表", "1. 列表", "2) 列表", "1.5万人", "> 引用",
                "===", "段落\n---", " 前导空格", "尾随空格 ", "尾随两个空格  \n下一行", "制表\t符", "回车\r\n换行",
                "####### 七级", "#没有空格", "# ", "### 标题\n紧接正文", "正文\n### 紧接标题", "\u3000全角前导")) {
            assertNull(PlainBody.render(md), md);
        }
    }

    @Test
    void everyPlainBodyOfTheSeedsAndOfASyntheticArchiveRendersAsParsed() throws IOException {
        Path content = tmp.resolve("corpus");
        Path data = Fixtures.validContent(tmp.resolve("data"));
        new SyntheticCorpus(7, Fixtures.gazetteer(), ThemeTaxonomy.load(data).themes()).write(content, 1200);
        List<String> bodies = new ArrayList<>();
        for (Path dir : List.of(Path.of("content"), content)) {
            ContentStore store = new ContentStore(dir);
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".md"))
                        .filter(p -> !dir.relativize(p).toString().startsWith("_")).toList()) {
                    Article a = store.load(dir.relativize(f));
                    bodies.add(a.body());
                }
            }
        }
        int plain = 0;
        for (String body : bodies) {
            MarkdownRenderer.RenderedBody fast = PlainBody.render(body);
            if (fast != null) {
                plain++;
                assertEquals(renderer.parsed(body), fast, body);
            }
        }
        assertTrue(bodies.size() > 1200, "bodies read: " + bodies.size());
        assertTrue(plain > bodies.size() / 2, "most bodies are plain: " + plain + " of " + bodies.size());
    }
}
