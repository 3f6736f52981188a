package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWordsTest {
    private static final TimeWords WORDS = TimeWords.bundled();

    @Test
    void everyPlanWordKeepsBothTheDateAfterItAndTheCountAfterItFromBeingFacts() {
        FigureExtractor figures = new FigureExtractor(List.of("社工站"));
        DateResolver dates = new DateResolver();
        for (String plan : WORDS.plans()) {
            assertNull(dates.resolve(ArticleFixtures.of("t", "全市" + plan + "2026年3月12日启动宣传周。")), plan);
            assertTrue(figures.extract(ArticleFixtures.of("t", "全市" + plan + "建成社工站120个。")).isEmpty(), plan);
        }
    }

    @Test
    void withoutAPlanWordTheSameDateAndCountAreFacts() {
        assertEquals("2026-03-12", new DateResolver().resolve(ArticleFixtures.of("t", "全市于2026年3月12日启动宣传周。")));
        assertEquals(1, new FigureExtractor(List.of("社工站")).extract(ArticleFixtures.of("t", "全市已建成社工站120个。"))
                .size());
    }

    @Test
    void aScheduledYearBesideJinnianDatesTheReportTheYearBefore() {
        for (String scheduled : WORDS.scheduled()) {
            assertEquals("2024", DateResolver.reportDate(List.of(ArticleFixtures.of("t",
                    "今年,该校获得博士点," + scheduled + "2025年正式招生。"))), scheduled);
        }
    }

    @Test
    void securingMoneyIsNoPlanButSecuringAYearIs() {
        assertEquals(1, new FigureExtractor(List.of("社工站")).extract(ArticleFixtures.of("t",
                "积极争取建设资金,建成社工站120个。")).size());
        assertNull(new DateResolver().resolve(ArticleFixtures.of("t", "全市争取2026年3月12日启动宣传周。")));
    }

    @Test
    void everyDatelineOutletStartsADatelineWithoutADay() {
        for (String outlet : WORDS.datelineOutlets()) {
            Dateline d = Dateline.of(outlet + "南宁电 记者从民政厅获悉,全区建成社工站。");
            assertEquals(outlet.length() + 3, d == null ? -1 : d.end(), outlet);
        }
    }

    @Test
    void refusesAScheduledWordThatIsNotAPlan() {
        assertThrows(IllegalArgumentException.class,
                () -> new TimeWords(List.of("力争"), List.of("将于"), List.of("截至"), List.of("以来"), List.of("新华社")));
    }
}
