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
    void takesTheReportsYearForADayNoMoreThanASeasonAfterTheReportsLatestDay() {
        String report = DateResolver.reportDate(List.of(ArticleFixtures.of("t", "3月14日,2025年社工宣传周正式启动。"),
                ArticleFixtures.of("t", "3月12日,昆山召开推进会。")));
        assertEquals("2025-03-14", report);
        assertEquals("2025-03-12", RESOLVER.resolve(ArticleFixtures.of("t", "3月12日,昆山召开推进会。"), report));
        assertEquals("2025-05-20", RESOLVER.resolve(ArticleFixtures.of("t", "5月20日,调解室揭牌。"), report),
                "a digest gathers a season's news");
        assertNull(RESOLVER.resolve(ArticleFixtures.of("t", "9月18日,调解室揭牌。"), report),
                "a day half a year from the report's latest is of a year the report does not tell");
        assertEquals("2025-12-18", RESOLVER.resolve(ArticleFixtures.of("t", "12月18日,调解室揭牌。"), "2025"));
    }

    @Test
    void takesThePreviousYearForADayASeasonBeforeTheReportsLatestDayAcrossTheNewYear() {
        assertEquals("2024-12-18", RESOLVER.resolve(ArticleFixtures.of("t", "12月18日,调解室揭牌。"), "2025-03-14"),
                "a digest of the winter spans the new year");
        assertEquals("2024-12-28", RESOLVER.resolve(ArticleFixtures.of("t", "12月28日至31日,社工培训班举办。"),
                "2025-01-10"), "a period takes the year of its first day");
        assertNull(RESOLVER.resolve(ArticleFixtures.of("t", "8月6日,调解室揭牌。"), "2025-03-14"),
                "more than a season either side: the report does not tell");
    }

    @Test
    void neverTakesACutOffAStartOrATargetForTheDate() {
        assertNull(date("截至2023年12月,全省持证社工达4.4万人。"));
        assertNull(date("项目自2016年9月启动以来,已劝和65对夫妻。"));
        assertNull(date("到2025年12月底前,实现社工站全覆盖。"));
        assertEquals("2023-03-21", date("截至2022年12月,全省社工站1500家。2023年3月21日,宣传周启动。"));
        assertNull(DateResolver.reportDate(List.of(ArticleFixtures.of("t", "截至2023年12月31日,全省持证社工达4.4万人。"))));
    }

    @Test
    void takesAReportsYearFromAYearStatedAloneButNotFromAFutureOrAHistoricalOne() {
        assertEquals("2018", DateResolver.reportDate(List.of(ArticleFixtures.of("t", "3月21日,宣传周启动。"),
                ArticleFixtures.of("t", "3月22日,我区开展宣传活动。", "2018年,我区投入各项资金200多万元。"))));
        assertEquals("2021", DateResolver.reportDate(List.of(ArticleFixtures.of("t",
                "早在2007年,该市开始探索。", "力争到2023年实现全覆盖。", "保定市启动2021年社会工作主题宣传活动。"))));
        assertNull(DateResolver.reportDate(List.of(ArticleFixtures.of("t", "会议部署了2023年-2025年的目标任务。",
                "全市将于2026年实现全覆盖。"))));
    }

    @Test
    void neverTakesAYearInADocumentsTitleForTheReportsOrTheArticlesDate() {
        ArticleText plan = ArticleFixtures.of("t", "5月18日,省政府举行新闻发布会。",
                "《全省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》将社工站全覆盖纳入其中。");
        assertNull(DateResolver.reportDate(List.of(plan)));
        assertNull(new DateResolver().resolve(ArticleFixtures.of("t", "《2025年社会工作宣传周活动方案》印发。")));
    }

    @Test
    void takesTheYearBeforeAFutureYearSaidWithThisYear() {
        assertEquals("2024", DateResolver.reportDate(List.of(ArticleFixtures.of("t",
                "今年,深圳大学获得博士点,将于2025年正式招生。"))));
    }

    @Test
    void neverTakesTheDateOfAPolicyCitedAfterTheLeadForTheArticleOrTheReport() {
        ArticleText opinion = ArticleFixtures.of("t", "最近,各地的老年食堂火了。",
                "老年人吃饭难问题愈加凸显。", "2023年10月,民政部等11部门印发《积极发展老年助餐服务行动方案》,作出部署。");
        assertNull(RESOLVER.resolve(opinion));
        assertNull(DateResolver.reportDate(List.of(opinion)));
        assertEquals("2023-10-12", date("2023年10月12日,民政部印发《行动方案》。"), "the lead's own news");
    }

    @Test
    void datesAnArticleByItsLeadNotByAStepTheStoryTellsFurtherOn() {
        assertNull(RESOLVER.resolve(ArticleFixtures.of("t", "近日,督导中心成立。", "中心组建了督导队。", "小标题",
                "启动仪式当天,教授授课。7月18日至19日,民政局开展培训。"), "2022"));
        assertEquals("2024-12-18", RESOLVER.resolve(ArticleFixtures.of("t", "“以后可以就近到调解室。”",
                "12月18日上午,调解室揭牌。"), "2024"), "an opening quote before the lead's day");
        assertEquals("2020-09-24", RESOLVER.resolve(ArticleFixtures.of("t", "龙子湖区加强儿童工作队伍建设。",
                "实现全覆盖。", "龙子湖区民政局", "2020年9月24日")), "a signature's date line");
    }

    @Test
    void datesAPeriodByItsFirstDayOnlyWhenItLastsAWeekAtMost() {
        assertEquals("2019-03-18", date("2019年3月18日至24日,宣传周举行。"));
        assertEquals("2022-03", RESOLVER.resolve(ArticleFixtures.of("t", "3月14日至3月30日是集中宣传活动期。"), "2022"));
        assertNull(RESOLVER.resolve(ArticleFixtures.of("t", "8月6日-9月6日,社工完成入职培训。"), "2019"));
    }

    @Test
    void datesAnArticleByItsDatelineUnlessTheLeadSaysAnotherDayOrAVaguePast() {
        assertEquals("2020-10-29", RESOLVER.resolve(ArticleFixtures.of("t",
                "新华社南宁10月29日电(记者林凡诗)记者从民政厅获悉,今年以来,广西建成社工站。"), "2020-09-24"));
        assertEquals("2023-03-20", date("青岛广电·爱青岛3月20日讯今天,我市启动2023年社会工作主题宣传活动。"));
        assertEquals("2023-03-18", RESOLVER.resolve(ArticleFixtures.of("t",
                "人民网南昌3月20日电 3月18日,宣传周启动。"), "2023"));
        assertNull(RESOLVER.resolve(ArticleFixtures.of("t", "人民网南昌3月20日电 近日,宣传周启动。"), "2023"));
        assertNull(date("人民网南昌4月18日电 宣传周活动启动仪式今天在南昌举行。"), "no year anywhere");
    }

    @Test
    void datesADispatchThatSaysYesterdayTheDayBeforeItsDateline() {
        assertEquals("2020-10-28", RESOLVER.resolve(ArticleFixtures.of("t",
                "新华社南宁10月29日电 昨日,广西壮族自治区民政厅召开社工站建设推进会。"), "2020-09-24"));
        assertEquals("2022-12-31", date("本报北京2023年1月1日讯 记者昨天从民政部获悉,全国建成社工站2.9万个。"));
        assertNull(date("昨日,记者从河南省民政厅了解到,报考人数创新高。"), "no dateline, no day");
        assertNull(date("本报讯 昨日,宣传周启动。"), "a dateline without a day");
    }

    @Test
    void readsTheLeadAfterADatelineWithoutADay() {
        assertEquals("2022-01-10", date("本报讯 1月10日,2022年全区民政工作会议召开。"));
        assertEquals("2022-01-10", RESOLVER.resolve(ArticleFixtures.of("t", "本报讯 全区民政工作会议召开。",
                "1月10日,会议部署任务。"), "2022"));
    }

    @Test
    void readsDatesWrittenWithDotsOrInChineseNumerals() {
        assertEquals("2023-03-20", date("2023.3.20,西宁市社会工作宣传周在中心广场启动。"));
        assertEquals("2023-03-22", date("二〇二三年三月二十二日,天津市民政局举办培训班。"));
    }

    @Test
    void aSignatureDateInChineseNumeralsDatesTheArticle() {
        assertEquals("2022-11-08", date("市民政局召开社工站建设推进会。", "会议要求加快建设。", "会议部署下一步工作。",
                "二〇二二年十一月八日"));
    }

    @Test
    void aYearAfterAChineseDashInTheSentenceDatesTheDayWhileARangeDoesNot() {
        assertEquals("2025-03-11", date("3月11日至12日,广州市举办“未”爱赋能计划——2025年第一期儿童主任示范培训。"));
        assertNull(date("3月11日,全市启动2021-2025年社工人才规划编制。"));
    }
}
