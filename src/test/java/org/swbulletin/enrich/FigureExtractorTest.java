package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {
    private static final FigureExtractor EXTRACTOR = new FigureExtractor(
            List.of("社工站", "持证社工", "社工", "专职督导人员", "社会工作者"));

    private static List<Figure> figures(String paragraph) {
        return EXTRACTOR.extract(ArticleFixtures.of("t", paragraph));
    }

    private static Figure only(String paragraph) {
        List<Figure> f = figures(paragraph);
        assertEquals(1, f.size(), f.toString());
        return f.get(0);
    }

    @Test
    void labelsACountByTheNounBeforeIt() {
        Figure f = only("目前,全区已建成社工站850个,实现全覆盖。");
        assertEquals("社工站", f.label());
        assertEquals(new BigDecimal("850"), f.value());
        assertEquals("个", f.unit());
    }

    @Test
    void appliesMagnitudeAndQualifier() {
        Figure f = only("截至目前,全区持证社工总数1.21万余人。");
        assertEquals("持证社工", f.label());
        assertEquals(new BigDecimal("12100"), f.value());
        assertEquals("人", f.unit());
        assertEquals("余", f.qualifier());
    }

    @Test
    void readsChineseNumerals() {
        Figure f = only("累计投入接线服务社工两万余人次。");
        assertEquals(new BigDecimal("20000"), f.value());
        assertEquals("人次", f.unit());
        assertEquals("社工", f.label());
        assertEquals(new BigDecimal("40"), only("拉萨市现有高级社会工作者四十名。").value());
        assertTrue(figures("拉萨市现有高级社会工作者四名。").isEmpty(), "a small count in words is prose, not a key figure");
    }

    @Test
    void readsMoneyInHundredMillions() {
        Figure f = only("累计购买社会工作服务达 1.06 亿元。");
        assertEquals(new BigDecimal("106000000"), f.value());
        assertEquals("元", f.unit());
        assertEquals("达", f.qualifier());
    }

    @Test
    void quotesTheWholeClauseOfTheFigureAcrossSemicolonsAndSpacedNumbers() {
        Figure f = figures("新建示范站两个,培训基地三个;累计投入专项资金达 2.5 亿元。").stream()
                .filter(x -> x.unit().equals("元")).findFirst().orElseThrow();
        assertEquals("累计投入专项资金达 2.5 亿元", f.text());
        assertEquals("全区已建成社工站850个", only("目前,全区已建成社工站850个,实现全覆盖。").text());
    }

    @Test
    void quotesAListItemWithoutTheItemsBeforeIt() {
        Figure f = only("建立了示范中心、100 个村(居)社工点。");
        assertEquals("100 个村(居)社工点", f.text());
    }

    @Test
    void readsNumbersWithSpacesAndLabelsTheActivity() {
        Figure f = only("指导各县区举办培训,累计培训 600 余人次。");
        assertEquals("培训", f.label());
        assertEquals("人次", f.unit());
        assertEquals(new BigDecimal("600"), f.value());
    }

    @Test
    void labelsACountByTheNounAfterAMeasureWord() {
        Figure f = only("全市共配备 36 名专职督导人员。");
        assertEquals("专职督导人员", f.label());
        assertEquals("名", f.unit());
    }

    @Test
    void keepsARangeAsLowerBoundWithTheUpperInTheQualifier() {
        Figure f = only("全市建成社工站 5-8 个。");
        assertEquals(new BigDecimal("5"), f.value());
        assertEquals("至8", f.qualifier());
        assertEquals("社工站", f.label());
    }

    @Test
    void readsPercentages() {
        Figure f = only("岗位开发设置比例达到80%以上。");
        assertEquals("%", f.unit());
        assertEquals(new BigDecimal("80"), f.value());
    }

    @Test
    void skipsYearsDatesOrdinalsAddressesAndPhoneNumbers() {
        assertTrue(figures("6月29日,2023年第三届交流会在红旗大街148号召开,咨询电话12345678,2025社工宣传周启动。")
                .isEmpty());
    }

    @Test
    void skipsCountsOfOneAndNumeralsWithoutMeasureWords() {
        assertTrue(figures("一是坚持试点示范,设立一名联络员,推动一线社工发展。").isEmpty());
    }

    @Test
    void keepsEveryFigureWorthSigningMostImportantFirstWithoutAFixedCap() {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            s.append("新疆第").append(i).append("师建成社工站").append(100 + i).append("个,");
        }
        List<Figure> f = EXTRACTOR.extract(ArticleFixtures.of("全区投入资金1.2亿元", "全区持证社工达1.5万人。",
                s.toString()));
        assertEquals(14, f.size(), f.toString());
        assertEquals(List.of("元", "人"), List.of(f.get(0).unit(), f.get(1).unit()), "title first, then the lead");
        assertEquals(new BigDecimal("101"), f.get(2).value(), "then the body, in text order: " + f);
    }

    @Test
    void cutsTheLabelAtAPlaceNameAndKeepsTheVerbOfAHolderNoun() {
        FigureExtractor extractor = new FigureExtractor(List.of("社工"), List.of("南安市", "永安市"));
        List<Figure> f = extractor.extract(ArticleFixtures.of("t",
                "目前南安市持有心理咨询师证书者达 520 人,永安市社区食堂 48 个。"));
        assertEquals(List.of("持有心理咨询师证书者", "社区食堂"), f.stream().map(Figure::label).toList());
    }

    @Test
    void trimsVerbsScopeWordsAndAdverbsAroundTheCountedNoun() {
        assertEquals("养老驿站", only("今年全县新建养老驿站 36 个。").label());
        assertEquals("社区活动", only("志愿者参与社区活动累计 26 次。").label());
        assertEquals("为民服务", only("开展慈善及助老等各类为民服务 3500 余人次。").label());
        assertEquals("高等院校", only("全国 300 所高等院校开设社工专业。").label());
        assertEquals("案例", only("其中30篇案例入选《年度案例集》。").label());
    }

    @Test
    void labelsTheHeadNounAfterAQuotedName() {
        Figure f = only("开通 50 条“暖心”社工热线。");
        assertEquals("社工热线", f.label());
        assertEquals("开通 50 条“暖心”社工热线", f.text());
    }

    @Test
    void dropsPricesAndLabelsEndingInAVerbOrParticle() {
        assertTrue(figures("理发只花了5元,为环卫工人提供10元剪发,凭卡可以享受8元洗车,组建了一支10元以内的服务队。")
                .isEmpty());
    }

    @Test
    void dropsNumbersInsideQuotedNamesAndRoundNumeralSetPhrases() {
        assertTrue(figures("获评“全国百名优秀社工”三名、“最美社工”七名,“三个一百”工程启动,百名专家到场。").isEmpty());
    }

    @Test
    void labelsAShortListOfPeopleWholeAndAHeadCountByWhatThePeopleDid() {
        assertEquals("社工、志愿者、爱心人士", only("参与社工、志愿者、爱心人士 40 余万人次。").label());
        assertEquals(2, figures("建成指导中心2个、社工室 150 个。").size());
        assertEquals("参加人数",
                only("负责人、代表、师生等 200 余人参加,成立5人专班,组建三人小组,超过行动计划中 20% 的要求。").label());
    }

    @Test
    void labelsAShareByWhatMakesItUp() {
        assertEquals("社工站", only("社工站数量占村居总数的比例达到 83%。").label());
        List<Figure> f = figures("持证社工 284 名,占社区工作者总数的 21%。");
        assertEquals(List.of("持证社工", "持证社工"), f.stream().map(Figure::label).toList());
        assertEquals("%", f.get(1).unit());
    }

    @Test
    void readsTraditionalMagnitudesAndTwoInAMixedText() {
        Figure tenThousands = only("截至目前,全區持证社工总数1.21萬余人。");
        assertEquals(new BigDecimal("12100"), tenThousands.value());
        assertEquals("余", tenThousands.qualifier());
        assertEquals(new BigDecimal("106000000"), only("全省投入资金1.06億元,用于社工站建设。").value());
        assertEquals(new BigDecimal("20000"), only("全年服务群众兩萬余人次。").value());
    }

    private static Figure labelled(List<Figure> figures, String label, String kind) {
        return figures.stream().filter(x -> x.label().equals(label) && x.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " " + kind + " in " + figures));
    }

    @Test
    void readsTheFigureOfATitleOnceAndRanksItFirst() {
        List<Figure> f = EXTRACTOR.extract(ArticleFixtures.of("我省持证社会工作者已达4.4万人",
                "近日,省民政厅召开会议。", "截至目前,全省持证社会工作者已达4.4万人,建成社工站1200个。"));
        assertEquals(2, f.size(), f.toString());
        assertEquals("持证社会工作者", f.get(0).label());
        assertEquals(new BigDecimal("44000"), f.get(0).value());
    }

    @Test
    void tellsARiseFromTheTotalBesideItAndLabelsBothAlike() {
        List<Figure> f = figures("全省社会工作专业人才总量达30.4万,较上年增加6.4万。");
        Figure total = labelled(f, "社会工作专业人才", Figure.TOTAL);
        Figure rise = labelled(f, "社会工作专业人才", Figure.INCREASE);
        assertEquals(new BigDecimal("304000"), total.value());
        assertEquals(new BigDecimal("64000"), rise.value());
        assertEquals(Figure.INCREASE, only("新增持证社工1200人。").kind());
        assertEquals(Figure.TOTAL, only("持证社工人数增至1200人。").kind());
    }

    @Test
    void readsARatioWithItsBaseInTheUnit() {
        Figure f = only("全省每万人拥有持证社会工作者18.5名。");
        assertEquals(Figure.RATIO, f.kind());
        assertEquals("名/万人", f.unit());
        assertEquals("持证社会工作者", f.label());
        assertEquals(new BigDecimal("18.5"), f.value());
        assertEquals("社会工作者", only("每万人拥有18.5名社会工作者。").label());
        assertTrue(figures("每个社区配备2名社会工作者。").isEmpty(), "a staffing norm per unit is no statistic");
        assertEquals(Figure.TOTAL, only("每年培养社会工作专业毕业生3万多名。").kind());
    }

    @Test
    void readsThePhrasingsOfReportsItOnceMissed() {
        assertEquals("社会工作专业人才", only("全市社会工作专业人才突破1万人。").label());
        assertEquals("突破", only("全市社会工作专业人才突破1万人。").qualifier());
        List<Figure> fair = figures("招聘会共组织130家社会组织参会,提供岗位440多个。");
        assertEquals(List.of("岗位", "社会组织"), fair.stream().map(Figure::label).sorted().toList());
        Figure passed = only("今年全市有330余人通过社会工作者职业资格考试。");
        assertEquals("社会工作者职业资格考试通过人数", passed.label());
        Figure spent = only("市财政投入230万元用于社工站建设。");
        assertEquals(List.of("投入资金", Figure.MONEY), List.of(spent.label(), spent.kind()));
        assertEquals(new BigDecimal("2300000"), spent.value());
    }

    @Test
    void readsChineseNumeralsWithTenThousandsInsideInEitherScript() {
        assertEquals(new BigDecimal("32000"), only("全区持证社工达三万两千人。").value());
        assertEquals(new BigDecimal("32000"), only("全区持证社工达三萬兩千人。").value());
        assertEquals(new BigDecimal("20000000"), only("投入资金两千万元。").value());
    }

    @Test
    void neverLabelsAFigureWithAVerbOrAFragment() {
        assertEquals("参加人数", only("活动共吸引1000余人次参与。").label());
        assertEquals("社工站", only("建成1234个乡镇社工站全覆盖。").label());
        assertEquals("资金", only("统筹各项资金1200万元。").label());
        assertTrue(figures("三项举措推进社会工作专业人才培养").isEmpty());
        assertTrue(figures("达到了全省社会工作专业人才培养行动中 20% 的要求。").isEmpty());
        assertEquals("县(市、区)", only("我省已确定成都市武侯区等50个县(市、区)作为试点。").label(), "not 县(市");
        assertEquals("县区", only("凌海市2个县区积极推进。").label());
    }

    @Test
    void listsTheSameCountOnceWhateverItsMeasureWord() {
        assertEquals(1, figures("派驻社工300余名,通过招聘招录社会工作人员300余人。").size());
    }

    @Test
    void readsFiguresInTimeThatGrowsLinearlyWithTheParagraph() {
        figuresOfParagraphs(100_000); // warm the JIT, so the two measured sizes run the same compiled code
        long small = figuresOfParagraphs(500_000);
        long large = figuresOfParagraphs(2_000_000);
        // Four times the text: about four times the work when linear, sixteen when quadratic. A ratio, not a time,
        // so the test says nothing about this machine's speed, only about how the work grows.
        assertTrue(large < 9 * Math.max(small, 20), "0.5 MB took " + small + " ms of CPU, 2 MB " + large);
    }

    /** CPU milliseconds of this thread to read figures from two paragraphs of the given length full of figures. */
    private static long figuresOfParagraphs(int length) {
        StringBuilder commas = new StringBuilder();
        StringBuilder bare = new StringBuilder();
        for (int i = 0; commas.length() < length; i++) {
            commas.append("全市建成社工站").append(100 + i % 900).append("个,每万人拥有社工").append(i % 50 + 1)
                    .append(".5名,比上年增加").append(i % 70 + 2).append("万人;");
            bare.append("社工站").append(100 + i % 900).append("个占比").append(i % 90 + 2).append("% ");
        }
        // The thread's own CPU time: the wall clock of a shared test machine says more about its other jobs.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        assertTrue(figures(commas.toString()).size() > 10);
        assertTrue(figures(bare.toString()).size() > 10);
        return (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    }

    @Test
    void aHeadCountAfterAVerbOfServingIsLabelledByIt() {
        Figure f = only("近年来,全市累计开展培训,覆盖超过1.7万人次。");
        assertEquals("覆盖人次", f.label());
        assertEquals(0, f.value().compareTo(new java.math.BigDecimal(17000)));
    }

    @Test
    void casesAreCountedAndASumEndsItsLabelBeforeTheVerbThatBroughtIt() {
        assertEquals("个案服务", only("开展个案服务150例。").label());
        assertEquals("社会慈善资源", only("各县民政局引入各类社会慈善资源超50万元。").label());
    }

    @Test
    void aRoundNumeralWithAQualifierIsACountWhileABareOneIsASetPhrase() {
        assertEquals(0, only("党员、志愿者共计千余人参加。").value().compareTo(new java.math.BigDecimal(1000)));
        assertTrue(figures("开展百名社工进千村活动。").isEmpty());
    }
}
