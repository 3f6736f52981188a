package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HalfWidthAlphanumericsTest {

    @Test
    void fullWidthDigitsAndLettersBecomeAscii() {
        assertEquals("2023年3月12日,全市建成社工站60个,SOS热线", HalfWidthAlphanumerics.normalise(
                "２０２３年３月１２日,全市建成社工站６０个,ＳＯＳ热线"));
    }

    @Test
    void aFullWidthPointAndPerCentSignGoWithTheirDigits() {
        assertEquals("增长3.5%", HalfWidthAlphanumerics.normalise("增长３．５％"));
    }

    @Test
    void fullWidthPunctuationStays() {
        String text = "社工站（据新华社）：覆盖率．％，好！";
        assertSame(text, HalfWidthAlphanumerics.normalise(text));
    }
}
