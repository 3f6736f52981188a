package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokensTest {
    private static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        SearchTokens.terms(text, out::add);
        return out;
    }

    @Test
    void hanTextGivesEachCharacterAndEachPairOfNeighbours() {
        assertEquals(List.of("社", "工", "社工", "站", "工站"), terms("社工站"));
    }

    @Test
    void chineseInsideEnglishIsSplitByScript() {
        assertEquals(List.of("the", "禁", "毒", "禁毒", "programme"), terms("The禁毒 programmes"));
    }

    @Test
    void fullWidthLettersAndCaseFold() {
        assertEquals(List.of("gansu", "2024"), terms("ＧＡＮＳＵ ２０２４"));
    }

    @Test
    void theStemmerTakesPluralsOnly() {
        assertEquals("policy", SearchTokens.stem("policies"));
        assertEquals("worker", SearchTokens.stem("workers"));
        assertEquals("case", SearchTokens.stem("cases"));
        assertEquals("status", SearchTokens.stem("status"));
        assertEquals("class", SearchTokens.stem("class"));
        assertEquals("working", SearchTokens.stem("working"));
    }

    @Test
    void pinyinRunsOfUpToFourSyllables() {
        List<String> out = new ArrayList<>();
        SearchTokens.pinyinTerms("甘肃社工站", out::add);
        assertTrue(out.contains("'gansu"), out::toString);
        assertTrue(out.contains("'shegongzhan"), out::toString);
        assertTrue(out.contains("'gansushegong"), out::toString);
        assertTrue(!out.contains("'gansushegongzhan"), "five syllables is past the limit");
    }

    @Test
    void aQueryPhraseIsLookedUpByItsPairs() {
        List<SearchTokens.Piece> p = SearchTokens.pieces("五社联动 Gansu");
        assertEquals(List.of("五社", "社联", "联动"), p.get(0).terms());
        assertEquals(List.of("gansu"), p.get(1).terms());
        assertEquals(List.of("站"), SearchTokens.pieces("站").get(0).terms());
    }
}
