package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class DateNotationTest {

    @Test
    void dottedSlashedAndDashedDigitsBecomeYearMonthAndDay() {
        assertEquals("2023年3月20日,西宁市启动宣传周。", DateNotation.normalise("2023.3.20,西宁市启动宣传周。"));
        assertEquals("于2023年3月20日举行", DateNotation.normalise("于2023-03-20举行"));
        assertEquals("2019年12月1日", DateNotation.normalise("2019/12/1"));
    }

    @Test
    void numbersThatAreNotDatesStayAsTheyAre() {
        String text = "增长3.5%,版本2.3.4,2021-2025年规划,2023.13.40,电话0571-8888-1234,2023.3.20%";
        assertEquals(text, DateNotation.normalise(text));
    }

    @Test
    void mixedSeparatorsAreNotADate() {
        assertEquals("2023.3-20", DateNotation.normalise("2023.3-20"));
    }

    @Test
    void chineseNumeralDatesBecomeDigits() {
        assertEquals("2023年3月22日,天津市举办培训班。", DateNotation.normalise("二〇二三年三月二十二日,天津市举办培训班。"));
        assertEquals("2020年11月", DateNotation.normalise("二○二○年十一月"));
        assertEquals("3月12日上午", DateNotation.normalise("三月十二日上午"));
        assertEquals("12月31日", DateNotation.normalise("十二月三十一日"));
    }

    @Test
    void chineseNumeralsThatCannotBeADateStayAsTheyAre() {
        assertEquals("十三月三十二日", DateNotation.normalise("十三月三十二日"));
        assertEquals("五十三月", DateNotation.normalise("五十三月"));
    }

    @Test
    void textWithoutAnyDateIsReturnedItself() {
        String text = "社工站建设取得新进展。";
        assertSame(text, DateNotation.normalise(text));
    }
}
