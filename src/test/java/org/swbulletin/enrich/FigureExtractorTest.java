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
        assertEquals(new BigDecimal("4"), only("拉萨市现有高级社会工作者四名。").value());
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
        Figure f = figures("按照每 5-8 个社工站配备督导人员。").get(0);
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
    void keepsAtMostEightKeyFiguresInTextOrder() {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            s.append("新疆第").append(i).append("师建成社工站").append(100 + i).append("个,");
        }
        List<Figure> f = figures(s.toString());
        assertEquals(FigureExtractor.MAX_FIGURES, f.size());
        assertEquals(new BigDecimal("101"), f.get(0).value());
    }
}
