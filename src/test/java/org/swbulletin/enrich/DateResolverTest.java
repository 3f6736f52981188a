package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
