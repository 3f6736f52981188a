package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SeedReportsTest {
    private static ParsedReport seed(String prefix) {
        try (Stream<Path> files = java.nio.file.Files.list(Path.of("seeds"))) {
            return ReportParser.parse(files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> titles(ParsedReport r) {
        return r.articles().stream().map(ParsedArticle::title).toList();
    }

    private static List<String> sources(ParsedReport r) {
        return r.articles().stream().map(ParsedArticle::source).toList();
    }

    @Test
    void splitsTheFiveSeedsIntoSeventeenArticles() {
        int total = 0;
        int[] expected = {3, 3, 4, 3, 4};
        for (int i = 0; i < 5; i++) {
            ParsedReport r = seed("00" + i);
            assertEquals(expected[i], r.articles().size(), r.id());
            total += r.articles().size();
        }
        assertEquals(17, total);
    }

    @Test
    void report000HasHeadingTitlesTheCaptionRepeatingTheTitleAndMarkedSubheadings() {
        ParsedReport r = seed("000");
        assertEquals(List.of("中国社会工作联合会社会工作培训基地落户大理大学",
                "两百余名专家学者聚首昆明 共同推动禁毒社会工作高质量发展",
                zh("内蒙古自治区民政厅: 创新“五社联动”机制 推进社会工作高质量发展")), titles(r));
        assertEquals(List.of("中国社会工作联合会", "中国新闻网", "内蒙古自治区人民政府官网"), sources(r));
        assertEquals(List.of("中国社会工作联合会社会工作培训基地落户大理大学"), r.articles().get(0).captions());
        ParsedArticle third = r.articles().get(2);
        assertEquals(List.of(zh("坚持创新机制,全面提升“五社联动”工作质效"), zh("坚持夯实基础,加快构建三级社工服务平台"),
                zh("坚持多措并举,着力推动社工人才队伍发展壮大")), subheadings(third));
        assertTrue(r.articles().get(0).paragraphs().stream()
                .anyMatch(p -> p.contains(zh("社会工作培训基地落户大理大学,开启了新的"))), "mended across the page break");
        assertTrue(r.articles().get(1).paragraphs().stream().anyMatch(p -> p.contains("民族性和教育性为一体")));
    }

    @Test
    void report001MovesTheCaptionCutIntoASentenceAndKeepsPlainSubheadings() {
        ParsedReport r = seed("001");
        assertEquals(List.of(zh("福建:首个政校社合作共建社会工作学院成立"), zh("广东:广州成立社工“双百工程”督导中心"),
                zh("海南:已建成乡镇(街道)社工站 142 个")), titles(r));
        assertEquals(List.of("中国经济网", "南方都市报", "海南省民政厅"), sources(r));
        ParsedArticle first = r.articles().get(0);
        assertEquals(List.of("泉州职业技术大学社会工作学院暨晋江社会工作学院成立仪式"), first.captions());
        assertTrue(first.paragraphs().stream().anyMatch(p -> p.endsWith("创新发展。”晋江市民政局副局长张连侨表示。")));
        assertTrue(first.paragraphs().stream().anyMatch(p -> p.contains(zh("其中,高级社会工作者师四名"))));
        assertEquals(List.of("“双百工程”建设步入新阶段", "建立市、区两级督导机制", "加强督导人员岗前培训"),
                subheadings(r.articles().get(1)));
    }

    @Test
    void report002MendsWordsSplitByPageBreaksAndFindsTheGluedSource() {
        ParsedReport r = seed("002");
        assertEquals(List.of(zh("江苏:加强社会工作专业人才培养"), zh("甘肃武威:三项举措推进社会工作专业人才培养"),
                "将矛盾化解在家门口 黑龙江哈尔滨香坊区依托社工站建立调解室", "深圳社会工作创新研究基地 在深圳大学揭牌成立"),
                titles(r));
        assertEquals(List.of("江苏省委社会工作部", "武威市委社会工作部", "中国劳动保障报", "深圳特区报"), sources(r));
        assertTrue(r.articles().get(0).paragraphs().get(0).endsWith("推动社会工作专业人才队伍高质量发展。"));
        List<String> last = r.articles().get(3).paragraphs();
        assertTrue(last.get(last.size() - 1).endsWith("奠定坚实基础。"), "glued source removed from the text");
    }

    @Test
    void report003DropsTheStrayQuoteLine() {
        ParsedReport r = seed("003");
        assertEquals(List.of("中法社会工作服务研讨会在京召开", zh("黑龙江绥芬河:强化社工人才队伍培养"),
                zh("甘肃定西: 汇聚社工力量激发基层治理活力")), titles(r));
        assertEquals(List.of("中国社会工作联合会", "黑龙江日报", "甘肃日报"), sources(r));
        assertEquals(1, r.stats().strayLines());
        assertFalse(r.articles().get(0).paragraphs().contains("”"));
    }

    @Test
    void report004TakesTheRubricAsSectionAndReadsTwoLineTitles() {
        ParsedReport r = seed("004");
        assertEquals(List.of("内蒙古社会工作学院揭牌成立", "新疆启动2025社工宣传周活动", "积极探索“专业社工+志愿服务”新模式",
                "江苏昆山举行“温暖+1℃”学校社工项目高质量发展推进会"), titles(r));
        assertEquals(List.of("央广网", "乌鲁木齐晚报", "白银日报", "苏州市人民政府官网"), sources(r));
        r.articles().forEach(a -> assertEquals("聚焦社会工作人才队伍建设", a.section()));
        assertNull(r.articles().get(0).kicker());
        assertEquals("专业社工+志愿服务", r.articles().get(1).kicker());
        assertEquals(zh("甘肃省白银市白银区:"), r.articles().get(2).kicker());
        List<String> dialogue = r.articles().get(2).paragraphs();
        assertTrue(dialogue.get(0).startsWith(zh("“阿姨,")));
        assertEquals("……", dialogue.get(3));
        assertTrue(r.articles().get(3).paragraphs().contains(
                zh("目前,学校社工作为“六位一体”未保体系的重要一环,正迈向加速高质量发展的新阶段:")));
    }

    @Test
    void noSeedArticleHasACaptionOrSourceLineInItsBody() {
        for (int i = 0; i < 5; i++) {
            ParsedReport r = seed("00" + i);
            for (ParsedArticle a : r.articles()) {
                for (String caption : a.captions()) {
                    assertFalse(a.blocks().stream().anyMatch(b -> b.text().equals(caption)), a.title());
                }
                for (ParsedArticle.Block b : a.blocks()) {
                    assertFalse(b.text().contains("(据") || b.text().contains("（据"), b.text());
                }
                String last = a.paragraphs().get(a.paragraphs().size() - 1);
                assertTrue(Punctuation.endsParagraph(last), "mended: " + last);
            }
        }
    }

    private static List<String> subheadings(ParsedArticle a) {
        return a.blocks().stream().filter(b -> b.kind() == ParsedArticle.Block.Kind.SUBHEADING)
                .map(ParsedArticle.Block::text).toList();
    }

    /** Expected Chinese text as the importer writes it, with full-width punctuation. */
    private static String zh(String s) {
        return ChinesePunctuation.normalise(s).text();
    }
}
