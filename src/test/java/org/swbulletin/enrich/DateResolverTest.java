package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final DateResolver RESOLVER = new DateResolver();

    private static String date(String... paragraphs) {
        return RESOLVER.resolve(ArticleFixtures.of("t", paragraphs));
    }

    @Test
    void takesTheYearStatedInTheSameSentence() {
        assertEquals("2023-06-29", date("6月29日,2023年第三届全国禁毒社会工作发展交流会在云南昆明召开。"));
    }

    @Test
    void readsAFullDate() {
        assertEquals("2024-12-18", date("近日,2024年12月18日上午,拉萨市举行揭牌仪式。"));
    }

    @Test
    void leavesAMonthAndDayWithoutYearUndated() {
        assertNull(date("12月18日上午,黑龙江省首家调解组织揭牌。", "落实2023年工作部署。"));
    }

    @Test
    void readsAYearAndMonth() {
        assertEquals("2024-03", date("2024年3月,成都市启动社工宣传周。"));
    }

    @Test
    void leavesVagueTimeUndated() {
        assertNull(date("近日,海南省民政厅召开会议。"));
    }

    @Test
    void readsTheSeedConferenceDate() {
        assertEquals("2023-06-29", RESOLVER.resolve(ArticleFixtures.load("seed/000-2-kunming.txt")));
        assertNull(RESOLVER.resolve(ArticleFixtures.load("seed/002-3-harbin.txt")));
    }

    @Test
    void takesTheReportsYearForADayNoLaterThanTheReportsLatestDay() {
        String report = DateResolver.reportDate(List.of(ArticleFixtures.of("t", "3月14日,2025年社工宣传周正式启动。"),
                ArticleFixtures.of("t", "3月12日,昆山召开推进会。")));
        assertEquals("2025-03-14", report);
        assertEquals("2025-03-12", RESOLVER.resolve(ArticleFixtures.of("t", "3月12日,昆山召开推进会。"), report));
        assertNull(RESOLVER.resolve(ArticleFixtures.of("t", "12月18日,调解室揭牌。"), report),
                "a day after the report's latest is of another year");
        assertEquals("2025-12-18", RESOLVER.resolve(ArticleFixtures.of("t", "12月18日,调解室揭牌。"), "2025"));
    }

    @Test
    void neverTakesACutOffAStartOrATargetForTheDate() {
        assertNull(date("截至2023年12月,全省持证社工达4.4万人。"));
        assertNull(date("项目自2016年9月启动以来,已劝和65对夫妻。"));
        assertNull(date("到2025年12月底前,实现社工站全覆盖。"));
        assertEquals("2023-03-21", date("截至2022年12月,全省社工站1500家。2023年3月21日,宣传周启动。"));
        assertNull(DateResolver.reportDate(List.of(ArticleFixtures.of("t", "截至2023年12月31日,全省持证社工达4.4万人。"))));
    }
}
