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
        assertEquals(List.of("the", "禁", "毒", "禁毒", SearchTokens.stem("programme")), terms("The禁毒 programmes"));
    }

    @Test
    void charactersBeyondTheBasicPlaneAreReadWholeAndLoneSurrogatesSplitNothing() {
        // U+20BB7 (𠮷) is Han outside the BMP; U+1D400 (𝐀) a letter outside it, folded to a; a lone high surrogate
        // ends a run like any other non-letter.
        assertEquals(List.of("\uD842\uDFB7", "家", "\uD842\uDFB7家", "a1"), terms("\uD842\uDFB7家 \uD835\uDC001"));
        assertEquals(List.of("ab", "cd", "社"), terms("ab\uD800cd\uD800社"));
    }

    @Test
    void everyWordOfALongTextGetsItsOwnStemWhateverWordsShareASlotOfTheStemCache() {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String w = Integer.toString(i * 7919, 26).replace('0', 'y').replace('1', 's') + "ings";
            text.append(w).append(i % 3 == 0 ? "，" : " ");
            expected.add(SearchTokens.stem(w));
        }
        assertEquals(expected, terms(text.toString()));
        assertEquals(expected, terms(text.toString()));
    }

    @Test
    void aListenerMayScanAnotherTextWhileATextIsScanned() {
        List<String> inner = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        SearchTokens.scan("社工 stations", k -> SearchTokens.terms("督导 trainings", inner::add),
                outer::add);
        assertEquals(List.of(SearchTokens.stem("stations")), outer);
        assertEquals(3 * 4, inner.size());
        assertEquals(List.of("督", "导", "督导", SearchTokens.stem("trainings")), inner.subList(0, 4));
    }

    @Test
    void fullWidthLettersAndCaseFold() {
        assertEquals(List.of("gansu", "2024"), terms("ＧＡＮＳＵ ２０２４"));
    }

    @Test
    void textIsFoldedExactlyAsTheNormaliserFoldsIt() {
        StringBuilder every = new StringBuilder();
        for (char c = 1; c < 0xd800; c++) {
            every.append(c);
        }
        for (char c = 0xe000; c != 0; c++) {
            every.append(c);
        }
        List<String> texts = new ArrayList<>(List.of("民政部：2024年，全国社工站达２．９万个。", "ＧＡＮＳＵ “Gansu”…",
                "e\u0301 café", "ｶﾞ", "한국어", "Σσς ΣΑΣ", "\u3000社\u2028工\t站\n", every.toString()));
        for (int i = 0; i + 2 < every.length(); i++) {
            texts.add(every.substring(i, i + 2));
            texts.add("A" + every.charAt(i) + "社");
        }
        for (String t : texts) {
            assertEquals(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC)
                    .toLowerCase(java.util.Locale.ROOT), SearchTokens.normalise(t), t);
        }
    }

    @Test
    void readingsPairEachRunOfHanCharactersWithOneSyllableACharacter() {
        assertEquals(List.of(List.of("甘肃省", "gan su sheng"), List.of("社工站", "she gong zhan")),
                SearchTokens.readings(List.of("甘肃省", "社工站", "甘肃省")));
        assertEquals(List.of(List.of("兰州", "lan zhou")), SearchTokens.readings(List.of("Gansu 兰州")));
    }

    @Test
    void theStemmerFoldsPluralsAndVerbEndingsButNotDerivations() {
        for (List<String> same : List.of(List.of("train", "trains", "trained", "training"),
                List.of("care", "cares", "cared", "caring"), List.of("plan", "plans", "planned", "planning"),
                List.of("policy", "policies"), List.of("study", "studies", "studied"),
                List.of("volunteer", "volunteers", "volunteered", "volunteering"),
                List.of("serve", "serves", "served", "serving"), List.of("worker", "workers"))) {
            for (String w : same) {
                assertEquals(SearchTokens.stem(same.get(0)), SearchTokens.stem(w), w + " meets " + same.get(0));
            }
        }
        for (List<String> apart : List.of(List.of("relation", "relative"), List.of("social", "society"),
                List.of("status", "state"), List.of("class", "clas"), List.of("thing", "th"),
                List.of("supervision", "supervise"))) {
            assertTrue(!SearchTokens.stem(apart.get(0)).equals(SearchTokens.stem(apart.get(1))), apart.toString());
        }
        assertEquals("2024", SearchTokens.stem("2024"));
        assertEquals("café", SearchTokens.stem("cafés"), "a word beyond a to z keeps its plural step only");
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
