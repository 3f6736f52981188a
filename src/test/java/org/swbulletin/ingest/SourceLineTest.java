package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceLineTest {
    @Test
    void readsTheOutletWithoutJuAndBookTitleMarks() {
        assertEquals("南方都市报", SourceLine.parse("(据《南方都市报》)").orElseThrow().outlet());
        assertEquals("示范日报", SourceLine.parse("（据示范日报）").orElseThrow().outlet());
    }

    @Test
    void splitsASourceGluedToTheEndOfAParagraph() {
        SourceLine s = SourceLine.glued("提供有益借鉴。(据央广网)").orElseThrow();
        assertEquals("央广网", s.outlet());
        assertEquals("提供有益借鉴。", s.before());
    }

    @Test
    void ignoresBracketsThatAreNotASourceLine() {
        assertTrue(SourceLine.glued("已建成乡镇(街道)社工站").isEmpty());
        assertTrue(SourceLine.parse("(据悉)").isEmpty());
        assertTrue(SourceLine.glued("依托社工站(据统计)").isEmpty());
    }

    @Test
    void readsTraditionalAndVariantMarkers() {
        assertEquals("甘肅日報", SourceLine.parse("(據甘肅日報)").orElseThrow().outlet());
        assertEquals("中國新聞網", SourceLine.parse("（據《中國新聞網》）").orElseThrow().outlet());
        assertEquals("新華社", SourceLine.parse("（來源：新華社）").orElseThrow().outlet());
        assertEquals("人民網", SourceLine.parse("(轉自人民網)").orElseThrow().outlet());
        assertEquals("人民網", SourceLine.parse("(轉載自人民網)").orElseThrow().outlet());
        assertEquals("示范日报", SourceLine.parse("﹙据示范日报﹚").orElseThrow().outlet());
        assertEquals("央廣網", SourceLine.glued("提供有益借鑑。(據央廣網)").orElseThrow().outlet());
        assertTrue(SourceLine.parse("(據悉)").isEmpty());
        assertTrue(SourceLine.parse("(據統計)").isEmpty());
    }

    @Test
    void readsASourceLineWithoutBracketsWhenItStandsAlone() {
        assertEquals("中国社会报", SourceLine.parse("——摘自《中国社会报》").orElseThrow().outlet());
        assertEquals("中国社会报", SourceLine.parse("——《中国社会报》").orElseThrow().outlet());
        assertEquals("云南日报", SourceLine.parse("来源：云南日报").orElseThrow().outlet());
        assertEquals("云南日报", SourceLine.parse("稿件来源: 云南日报").orElseThrow().outlet());
        assertEquals("人民日报", SourceLine.parse("（摘自《人民日报》）").orElseThrow().outlet());
        assertEquals("中國社會報", SourceLine.parse("——選自《中國社會報》").orElseThrow().outlet());
    }

    @Test
    void leavesRunningTextThatMentionsASourceAlone() {
        assertTrue(SourceLine.parse("来源：云南日报。下一步将继续推进。").isEmpty());
        assertTrue(SourceLine.glued("全文摘自《中国社会报》").isEmpty());
        assertTrue(SourceLine.parse("——记昆明市社工站的一天").isEmpty());
        assertTrue(SourceLine.parse("——张三").isEmpty());
        assertTrue(SourceLine.parse("来源广泛").isEmpty());
    }
}
