package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChinesePunctuationTest {
    private static final String HAN = "社工站民政日月年为老服务";
    private static final String LATIN = "abcHKongWeChat";
    private static final String MARKS = ",:;?!()（），：；？！.%/ ";

    private static String fix(String s) {
        return ChinesePunctuation.normalise(s).text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3月12日,江苏省民政厅召开会议:部署社工站建设;会议指出了什么?|3月12日，江苏省民政厅召开会议：部署社工站建设；会议指出了什么？",
            "20个省(市)的近200名高校教师|20个省（市）的近200名高校教师",
            "真好!|真好！",
            "100%,社工站覆盖全部街道|100%，社工站覆盖全部街道",
            "“社工在行动”,受到欢迎|“社工在行动”，受到欢迎",
            "（市、区)社工站|（市、区）社工站"})
    void chineseTextGetsFullWidthMarks(String raw, String expected) {
        assertEquals(expected, fix(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "投入资金1,000万元", "增长3.5倍", "香港(Hong Kong)社工", "会议10:30开始", "与Hong Kong, Macao社工交流",
            "详见https://mzj.example.cn/a?id=1&b=2,社工", "A,B两组社工"})
    void numbersLatinWordsAndAddressesKeepTheirMarks(String raw) {
        String out = fix(raw);
        for (String kept : new String[] {"1,000", "3.5", "(Hong Kong)", "10:30", "Hong Kong, Macao",
                "https://mzj.example.cn/a?id=1&b=2", "A,B"}) {
            if (raw.contains(kept)) assertTrue(out.contains(kept), out);
        }
    }

    @Test
    void countsTheMarksItChanged() {
        assertEquals(4, ChinesePunctuation.normalise("社工,站(民政)好!").changed());
        assertEquals(0, ChinesePunctuation.normalise("社工，站（民政）好！").changed());
    }

    @Test
    void convertingTwiceChangesNothingMore() {
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            String s = randomText(random, HAN + LATIN + "0123456789" + MARKS);
            String once = fix(s);
            assertEquals(once, fix(once), () -> "not idempotent on '" + s + "'");
        }
    }

    @Test
    void aSpaceTypedAfterAHalfWidthMarkGoesWithItBetweenChineseWordsButStaysBeforeLatin() {
        assertEquals("内蒙古自治区民政厅：创新机制", fix("内蒙古自治区民政厅: 创新机制"));
        assertEquals("会议指出； Hong Kong", fix("会议指出; Hong Kong"));
        assertEquals("会议指出； 2023年", fix("会议指出; 2023年"));
    }

    @Test
    void textWithoutHanCharactersIsNeverTouched() {
        Random random = new Random(6);
        for (int n = 0; n < 20_000; n++) {
            String s = randomText(random, LATIN + "0123456789" + MARKS + "“”—");
            assertEquals(s, fix(s));
        }
    }

    @Test
    void marksBetweenLatinWordsOrDigitsAreNeverTouchedWhateverSurroundsThem() {
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            String middle = random.nextBoolean() ? "1,000:2;3" : "Hong Kong, Macao; Taipei: now? yes! ok";
            String s = randomText(random, HAN + MARKS) + " " + middle + " " + randomText(random, HAN + MARKS);
            assertTrue(fix(s).contains(" " + middle + " "), s);
        }
    }

    private static String randomText(Random random, String alphabet) {
        int length = random.nextInt(12);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return s.toString();
    }
}
