package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void stripsMarkdownMarkersFromParagraphsAndSubheadings() {
        String body = "第一段**重点**文字，见[链接](https://example.org)。\n\n## 小标题\n\n> 引用\n> 第二行\n\n- 列表项";
        assertEquals(List.of("第一段重点文字，见链接。", "小标题", "引用第二行", "列表项"), MarkdownText.blocks(body));
    }
}
