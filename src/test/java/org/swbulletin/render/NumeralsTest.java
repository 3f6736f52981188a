package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.swbulletin.Lang;

class NumeralsTest {
    private static String zh(String v) {
        return Numerals.format(new BigDecimal(v), Lang.ZH);
    }

    private static String en(String v) {
        return Numerals.format(new BigDecimal(v), Lang.EN);
    }

    @Test
    void chineseWritesSmallNumbersPlainWithoutGrouping() {
        assertEquals("0", zh("0"));
        assertEquals("80", zh("80"));
        assertEquals("3.5", zh("3.5"));
        assertEquals("2023", zh("2023"));
        assertEquals("8500", zh("8500"));
        assertEquals("9999", zh("9999"));
    }

    @Test
    void chineseWritesWholeNumbersFromTenThousandInWan() {
        assertEquals("1万", zh("10000"));
        assertEquals("1.0001万", zh("10001"));
        assertEquals("1.21万", zh("12100"));
        assertEquals("1.2345万", zh("12345"));
        assertEquals("2.5万", zh("25000"));
        assertEquals("700万", zh("7000000"));
        assertEquals("700万", zh("7000000.00"));
        assertEquals("9999万", zh("99990000"));
    }

    @Test
    void chineseWritesFromAHundredMillionInYiWhenThatIsExact() {
        assertEquals("1亿", zh("100000000"));
        assertEquals("1.06亿", zh("106000000"));
        assertEquals("1.0601亿", zh("106010000"));
        assertEquals("12345.6789万", zh("123456789"));
        assertEquals("250亿", zh("25000000000"));
    }

    @Test
    void chineseNeverRoundsAFractionIntoWan() {
        assertEquals("12345.5", zh("12345.5"));
    }

    @Test
    void englishGroupsDigitsBelowAMillion() {
        assertEquals("80", en("80"));
        assertEquals("3.5", en("3.5"));
        assertEquals("9,999", en("9999"));
        assertEquals("25,000", en("25000"));
        assertEquals("999,999", en("999999"));
    }

    @Test
    void englishWritesMillionsAndBillionsWhenTwoDecimalsAreExact() {
        assertEquals("1 million", en("1000000"));
        assertEquals("7 million", en("7000000"));
        assertEquals("1.25 million", en("1250000"));
        assertEquals("106 million", en("106000000"));
        assertEquals("99.99 million", en("99990000"));
        assertEquals("1.06 billion", en("1060000000"));
        assertEquals("12,345,678", en("12345678"));
        assertEquals("1,234,500", en("1234500"));
    }

    @Test
    void aNegativeValueKeepsItsSign() {
        assertEquals("-2.5万", zh("-25000"));
        assertEquals("-25,000", en("-25000"));
    }

    @Test
    void countsUseTheSameRules() {
        assertEquals("1.2万", Numerals.format(12_000L, Lang.ZH));
        assertEquals("12,000", Numerals.format(12_000L, Lang.EN));
    }
}
