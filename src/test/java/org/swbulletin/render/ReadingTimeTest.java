package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadingTimeTest {
    @Test
    void chineseIsReadAtFourHundredCharactersAMinute() {
        assertEquals(1, ReadingTime.minutes("社".repeat(400)));
        assertEquals(2, ReadingTime.minutes("社".repeat(401)));
        assertEquals(5, ReadingTime.minutes("社".repeat(2000)));
    }

    @Test
    void englishCountsWordsNotLetters() {
        assertEquals(1, ReadingTime.minutes("word ".repeat(220)));
        assertEquals(2, ReadingTime.minutes("word ".repeat(221)));
    }

    @Test
    void anEmptyTextStillTakesAMinute() {
        assertEquals(1, ReadingTime.minutes(""));
    }
}
