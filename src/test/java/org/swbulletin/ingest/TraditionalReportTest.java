package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixture {@code traditional-two-articles.txt} is written from two public news items, shortened: 九派新闻's
 * report of 2022-11-21 on Wuhan's 162 street social-work stations, and 中国兰州网's on International Social Work
 * Day 2015 in Lanzhou. It was converted to Traditional with opencc4j, hand-set to the usual Taiwan forms (為, 群眾)
 * and given the romanisation debris a converter leaves in a title and a paragraph; the GB18030 copy holds the same
 * text in that encoding.
 */
class TraditionalReportTest {
    private static final Pattern LATIN_IN_BRACKETS = Pattern.compile("[(（][ a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]");

    private static ParsedReport parse(String name) {
        return ReportParserTest.parse(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"traditional-two-articles.txt", "traditional-two-articles-gb18030.txt"})
    void splitsATraditionalReportIntoSimplifiedArticlesWithTheirTitlesAndSources(String name) {
        ParsedReport r = parse(name);
        assertEquals(Script.TRADITIONAL, r.script());
        assertEquals(List.of("武汉街道乡镇社工站实现全覆盖", "兰州举行国际社工日宣传活动"),
                r.articles().stream().map(ParsedArticle::title).toList());
        assertEquals(List.of("九派新闻", "中国兰州网"), r.articles().stream().map(ParsedArticle::source).toList());
        ParsedArticle wuhan = r.articles().get(0);
        assertEquals(List.of("图为社工在昙华林社区开展活动"), wuhan.captions());
        assertEquals(List.of(
                "为打通服务群众的“最后一米”，近年来武汉市大力推动街道（乡镇）社会工作服务站建设。"
                        + "截至今年10月，全市已建成街道（乡镇）社会工作服务站162个，覆盖率达100%。",
                "在武昌区昙华林社区，社工站通过商户联盟把街区100余家商户连接在一起，"
                        + "又通过“家门口的议事会”把辖区居民团结在一起，扩大社区服务覆盖面。",
                "社工站还组织开展商户开放日、街头剧场等活动，进一步激发街区活力。"), wuhan.paragraphs());
        assertEquals(List.of(
                "3月17日是第九个国际社工日，甘肃省民政厅在兰州市举办以“发展社会工作、创新社会治理”为主题的宣传活动，"
                        + "城关区部分街道和社区工作人员、高校志愿者参加。",
                "据介绍，近几年甘肃社会工作快速发展，社会工作专业人才数量已突破3万人，服务正从省会城市向市州、区县延伸。"),
                r.articles().get(1).paragraphs());
        assertEquals(List.of(), r.stats().warnings());
    }

    @Test
    void leavesNoRomanisationDebrisAnywhere() {
        ParsedReport r = parse("traditional-two-articles.txt");
        for (ParsedArticle a : r.articles()) {
            List<String> texts = new ArrayList<>(List.of(a.title(), a.source(), a.markdown()));
            texts.addAll(a.captions());
            for (String t : texts) {
                assertFalse(LATIN_IN_BRACKETS.matcher(t).find(), t);
            }
        }
    }

    @Test
    void recordsTheEncodingAndTheScriptApart() {
        ParsedReport r = parse("traditional-two-articles-gb18030.txt");
        assertEquals(Charset.forName("GB18030"), r.charset());
        assertEquals(Script.TRADITIONAL, r.script());
        assertEquals(Script.SIMPLIFIED, parse("report-gb18030.txt").script());
    }
}
