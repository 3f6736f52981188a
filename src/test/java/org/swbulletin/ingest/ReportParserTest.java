package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportParserTest {
    static Path fixture(String name) {
        return Path.of("src/test/resources/ingest", name);
    }

    static ParsedReport parse(String name) {
        return ReportParser.parse(fixture(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"report-gb18030.txt", "report-utf16-bom.txt", "report-utf8-bom.txt", "report-crlf.txt",
            "report-cr.txt", "report-unicode-line-separators.txt"})
    void readsEveryEncodingAndLineEndToTheSameArticle(String name) {
        ParsedReport r = parse(name);
        assertEquals(1, r.articles().size());
        ParsedArticle a = r.articles().get(0);
        assertEquals("示范市社工站服务覆盖全部街道", a.title());
        assertEquals("示范日报", a.source());
        assertEquals(List.of("近日，示范市民政局召开会议，通报全市社工站建设进展。", "会议指出，全市已建成社工站四十个，实现街道全覆盖。"),
                a.paragraphs());
    }

    @Test
    void detectsGb18030WhenTheBytesAreNotUtf8() {
        assertEquals(Charset.forName("GB18030"), parse("report-gb18030.txt").charset());
        assertEquals("UTF-8", parse("report-utf8-bom.txt").charset().name());
    }

    @Test
    void readsTwoLineTitlesAsKickerAndHeadline() {
        ParsedReport r = parse("title-two-lines.txt");
        assertEquals("示范省示范市：", r.articles().get(0).kicker());
        assertEquals("社工站建设迈上新台阶", r.articles().get(0).title());
        assertEquals("志愿服务", r.articles().get(1).kicker());
        assertEquals("示范县启动社区志愿服务月活动", r.articles().get(1).title());
        assertEquals("示范县融媒体中心", r.articles().get(1).source());
    }

    @Test
    void mendsSentenceCutByPageBreak() {
        ParsedReport r = parse("page-break-mid-word.txt");
        assertEquals("示范省印发通知，着力推动社会工作专业人才队伍高质量发展。", r.articles().get(0).paragraphs().get(0));
        assertEquals(1, r.stats().mends());
    }

    @Test
    void movesCaptionDroppedIntoACutSentence() {
        ParsedArticle a = parse("page-break-with-caption.txt").articles().get(0);
        assertEquals(List.of("示范市社会工作学院揭牌仪式现场"), a.captions());
        assertEquals("学院负责人介绍，学院将开设社会工作本科专业，面向社区一线招收学员，培养示范性专业人才。", a.paragraphs().get(0));
        assertEquals(2, a.blocks().size());
    }

    @Test
    void findsSourceLinesGluedToTheLastParagraph() {
        ParsedReport r = parse("source-line-glued.txt");
        assertEquals("示范特区报", r.articles().get(0).source());
        assertEquals("研究院将联合本地社工机构开展实践教学。", r.articles().get(0).paragraphs().get(1));
        assertEquals("示范晚报", r.articles().get(1).source());
        assertEquals(List.of("示范区举办社工宣传周，发放宣传资料三千余份。"), r.articles().get(1).paragraphs());
    }

    @Test
    void takesAHeadingThatIntroducesSeveralArticlesAsTheirSection() {
        ParsedReport r = parse("rubric-heading.txt");
        assertEquals(2, r.articles().size());
        r.articles().forEach(a -> assertEquals("聚焦社区治理", a.section()));
        r.articles().forEach(a -> assertNull(a.kicker()));
    }

    @Test
    void givesTheCaptionRepeatingTheTitleToThePreviousArticle() {
        ParsedReport r = parse("caption-repeats-title.txt");
        assertEquals(2, r.articles().size());
        assertEquals(List.of("示范基地落户示范大学"), r.articles().get(0).captions());
        assertEquals("示范市召开社工工作会议", r.articles().get(1).title());
    }

    @Test
    void tellsPlainAndMarkedSubheadingsFromParagraphs() {
        ParsedArticle a = parse("subheadings.txt").articles().get(0);
        assertEquals("## “双百”工程建设步入新阶段", a.markdown().split("\n\n")[1]);
        assertEquals("## 坚持创新机制，提升服务质效", a.markdown().split("\n\n")[3]);
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void dropsStrayPunctuationLines() {
        ParsedReport r = parse("stray-punctuation.txt");
        assertEquals(2, r.articles().get(0).paragraphs().size());
        assertEquals(1, r.stats().strayLines());
        assertEquals(6, r.stats().warnings().get(0).line());
    }

    @Test
    void handlesFullWidthAndHalfWidthPunctuationAlike() {
        ParsedReport r = parse("report-fullwidth-and-halfwidth.txt");
        assertEquals(List.of(zh("示范省:社工站建设成效显著"), "示范市：社工助力基层治理"),
                r.articles().stream().map(ParsedArticle::title).toList());
        assertEquals(zh("示范省民政厅介绍,全省已建成社工站八百余个,服务群众百万余人次。"), r.articles().get(0).paragraphs().get(0));
        assertEquals("示范市社工参与矛盾调解，化解纠纷两百余起，受到群众好评。", r.articles().get(1).paragraphs().get(0));
    }

    @Test
    void parsesAMadeUpGb18030ReportWithEveryArtifact() {
        ParsedReport r = parse("made-up-report-gb18030.txt");
        assertEquals("made-up-report-gb18030", r.id());
        assertEquals(3, r.articles().size());
        ParsedArticle first = r.articles().get(0);
        assertEquals(zh("浙江湖州:社区社工站开展“银龄课堂”"), first.title());
        assertEquals("湖州日报", first.source());
        assertNull(first.section());
        assertEquals(List.of("银龄课堂上志愿者为老人讲解手机支付", zh("浙江湖州:社区社工站开展“银龄课堂”")), first.captions());
        assertEquals(List.of("近日，湖州市吴兴区多个社区社工站联合开设“银龄课堂”，为辖区老年人提供智能手机使用、防诈骗知识等课程。",
                "据介绍，课堂由专业社工设计课程内容，志愿者一对一辅导，目前已开课二十余次，服务老年居民六百余人次。社区居民王阿姨说：“以前不敢用手机付款，现在学会了。”",
                "吴兴区民政局有关负责人表示，下一步将推动银龄课堂覆盖全区各镇街社工站，让更多老人共享数字生活。"), first.paragraphs());
        ParsedArticle second = r.articles().get(1);
        assertEquals("四川成都：", second.kicker());
        assertEquals("社工助力“一老一小”服务提质", second.title());
        assertEquals("聚焦基层社工站建设", second.section());
        assertEquals("成都市民政局", second.source());
        assertEquals(5, second.blocks().size());
        assertEquals(2, second.blocks().stream().filter(b -> b.kind() == ParsedArticle.Block.Kind.SUBHEADING).count());
        ParsedArticle third = r.articles().get(2);
        assertEquals("湖南长沙开展社会工作宣传周活动", third.title());
        assertEquals("聚焦基层社工站建设", third.section());
        assertEquals("长沙晚报", third.source());
        assertEquals(2, r.stats().mends());
        assertEquals(2, r.stats().captionsMoved());
        assertEquals(1, r.stats().strayLines());
    }

    @Test
    void rejectsAnEmptyReport() {
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> parse("empty.txt"));
        assertEquals(fixture("empty.txt") + ": empty report", e.located());
        assertThrows(ReportFormatException.class, () -> parse("blank-lines-only.txt"));
    }

    @Test
    void rejectsBinaryDataNamingTheLine() {
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> parse("binary.bin"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertEquals(1, e.line());
        ReportFormatException bad = assertThrows(ReportFormatException.class, () -> parse("not-decodable.txt"));
        assertEquals(2, bad.line());
        assertTrue(bad.located().startsWith(fixture("not-decodable.txt") + ":2: not text"), bad.located());
    }

    @Test
    void rejectsAReplacementCharacterAsTextThatWasAlreadyDamaged() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> parse("replacement-character.txt"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("U+FFFD"), e.getMessage());
    }

    @Test
    void rejectsAReportWithNoRecognisableArticle() {
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> parse("no-article.txt"));
        assertTrue(e.getMessage().startsWith("no recognisable article"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void rejectsAPathThatCannotBeRead() {
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> parse("missing.txt"));
        assertEquals(fixture("missing.txt") + ": cannot read report: no such file", e.located());
    }

    /** Expected Chinese text as the importer writes it, with full-width punctuation. */
    private static String zh(String s) {
        return ChinesePunctuation.normalise(s).text();
    }
}
