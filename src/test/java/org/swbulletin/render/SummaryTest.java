package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void shortTextIsKeptWholeWithoutEllipsis() {
        assertEquals("武威市社工站建设稳步推进。", Summary.of("武威市社工站建设稳步推进。", 20));
    }

    @Test
    void chineseIsCutAfterAClauseMarkNearTheLimitAndMeasuredInCharacters() {
        String text = "近日，中国社会工作联合会社会工作培训基地落户大理大学。中国社会工作联合会副会长彭东共同为基地揭牌。";
        String s = Summary.of(text, 30);
        assertEquals("近日，中国社会工作联合会社会工作培训基地落户大理大学。…", s);
        assertTrue(s.codePointCount(0, s.length()) <= 31);
    }

    @Test
    void latinWordsAndNumbersAreNeverCutInTheMiddle() {
        String s = Summary.of("Social workers held an extraordinary open day with residents", 30);
        assertEquals("Social workers held an…", s);
        String mixed = Summary.of("全区已建成社工站850个和12345678910人次的服务记录继续", 12);
        assertTrue(mixed.endsWith("…"));
        assertTrue(!mixed.contains("1234567891") || mixed.contains("12345678910"), mixed);
    }

    @Test
    void paragraphsJoinWithASpace() {
        assertEquals("第一段。 第二段。", Summary.of("第一段。\n第二段。", 50));
    }
}
