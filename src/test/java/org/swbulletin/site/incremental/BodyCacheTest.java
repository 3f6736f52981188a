package org.swbulletin.site.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.render.MarkdownRenderer;

/** Bodies read back from the cache are the bodies rendered, whatever characters they hold. */
class BodyCacheTest {
    @TempDir
    Path tmp;

    @Test
    void aSavedBodyReadsBackAsItWasRendered() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<String> texts = List.of("第一段，含扩展汉字𠀀𪚥与表情😀。\n\n## 小标题\n\n第二段 & \"引号\"。",
                "[链接](https://example.org/) 与 <b>原始</b> HTML。", "Plain English, é and ß.");
        BodyCache first = new BodyCache(tmp, true);
        List<MarkdownRenderer.RenderedBody> rendered = texts.stream()
                .map(t -> first.render(BodyCache.key(t), t, renderer)).toList();
        assertEquals(texts.size(), first.rendered());
        first.save();

        BodyCache second = new BodyCache(tmp, true);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(rendered.get(i), second.render(BodyCache.key(texts.get(i)), texts.get(i), renderer));
        }
        assertEquals(0, second.rendered(), "all from the cache");
    }
}
