package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    private final Glossary glossary = Glossary.load(Path.of("content"));

    @Test
    void namesKnownOutletsInEnglish() {
        assertEquals("China News Service", glossary.outletEn("中国新闻网"));
        assertEquals("CNR News", glossary.outletEn("央广网"));
        assertEquals("Southern Metropolis Daily", glossary.outletEn("《南方都市报》"));
        assertEquals("China Social Work Federation", glossary.outletEn("中国社会工作联合会"));
    }

    @Test
    void fallsBackToPinyinForUnknownOutlets() {
        assertEquals("Ha Mi Ri Bao", glossary.outletEn("哈密日报"));
    }

    @Test
    void translatesFigureLabels() {
        assertEquals("social work stations", glossary.term("社工站").orElseThrow());
        assertEquals("certified social workers", glossary.term("持证社工").orElseThrow());
    }

    @Test
    void writesPersonNamesInPinyin() {
        assertEquals("Peng Dong", Pinyin.personName("彭东"));
    }
}
