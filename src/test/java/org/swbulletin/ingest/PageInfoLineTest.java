package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageInfoLineTest {

    @Test
    void aPagesPostingTimeAndOutletAreRecognisedWithTheOutlet() {
        assertEquals("云南省民政厅", PageInfoLine.parse("发布时间:2023-06-15 10:20  来源:云南省民政厅").orElseThrow().source());
        assertEquals("天津北方网", PageInfoLine.parse("2023年07月20日 09:15 来源：天津北方网").orElseThrow().source());
        assertEquals("中国社会报", PageInfoLine.parse("来源：《中国社会报》 | 作者：张三 | 浏览次数：320").orElseThrow().source());
        assertNull(PageInfoLine.parse("发布日期：2023-06-15  字号：大 中 小").orElseThrow().source());
    }

    @Test
    void aBareDateARunningSentenceAndASourceLineAreNot() {
        assertTrue(PageInfoLine.parse("2023年7月20日").isEmpty());
        assertTrue(PageInfoLine.parse("时间:2023年7月20日,地点在社区服务中心。").isEmpty());
        assertTrue(PageInfoLine.parse("(据云南日报)").isEmpty());
        assertTrue(PageInfoLine.parse("7月20日 10:00,活动开始").isEmpty());
    }
}
