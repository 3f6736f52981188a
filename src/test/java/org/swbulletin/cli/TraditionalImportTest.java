package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.Article;
import org.swbulletin.content.ContentStore;
import org.swbulletin.enrich.Figure;

class TraditionalImportTest {
    private static final Path FIXTURE = Path.of("src/test/resources/ingest/traditional-two-articles.txt");

    @TempDir
    Path tmp;

    private String out;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(new StringWriter(), true));
        out = o.toString();
        return code;
    }

    private List<Article> articles(Path content) {
        return new ContentStore(content).loadAll().stream().sorted(Comparator.comparingInt(Article::order)).toList();
    }

    private static List<String> figures(Article a) {
        return a.figures().stream().map(f -> f.label() + " " + f.value().toPlainString() + " " + f.unit()).toList();
    }

    @Test
    void importsATraditionalReportAsSimplifiedArticlesWithCleanIdsAndTags() throws IOException {
        Path content = tmp.resolve("content");
        assertEquals(0, run("import", "--seeds", FIXTURE.toString(), "--content", content.toString()));
        assertTrue(out.contains("traditional-two-articles: 2 articles, 1 caption moved, 0 mends, 0 punctuation marks made full-width,"
                + " 0 warnings; "
                + "2 written, 0 unchanged, 0 kept editor edits; converted from Traditional script"), out);

        List<Article> all = articles(content);
        assertEquals(List.of("wu-han-jie-dao-xiang-zhen-she-gong-zhan", "lan-zhou-ju-xing-guo-ji-she-gong-ri-xuan"),
                all.stream().map(Article::id).toList());
        Article wuhan = all.get(0);
        assertEquals("武汉街道乡镇社工站实现全覆盖", wuhan.title());
        assertEquals("九派新闻", wuhan.source());
        assertEquals(List.of("湖北"), wuhan.provinces());
        assertEquals(List.of("武汉"), wuhan.cities());
        assertEquals(List.of("图为社工在昙华林社区开展活动"), wuhan.captions());
        assertTrue(figures(wuhan).contains("社会工作服务站 162 个"), figures(wuhan).toString());

        Article lanzhou = all.get(1);
        assertEquals("兰州举行国际社工日宣传活动", lanzhou.title());
        assertEquals("中国兰州网", lanzhou.source());
        assertEquals(List.of("甘肃"), lanzhou.provinces());
        assertEquals(List.of("兰州"), lanzhou.cities());
        assertEquals(List.of("社会工作专业人才 30000 人"), figures(lanzhou));

        for (Path file : mdFiles(content)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(text.matches("(?s).*[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔù ]+[)）].*"), "romanisation debris in " + file);
            assertFalse(text.matches("(?s).*[據鄉鎮漢蘭萬].*"), "Traditional characters in " + file);
        }
        String manifest = Files.readString(content.resolve("_import/manifest.yaml"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\nconverted_from_traditional: [traditional-two-articles]\n"), manifest);
    }

    @Test
    void reimportingATraditionalReportKeepsItsIdsAndChangesNothing() throws IOException {
        Path content = tmp.resolve("content");
        assertEquals(0, run("import", "--seeds", FIXTURE.toString(), "--content", content.toString()));
        String manifest = Files.readString(content.resolve("_import/manifest.yaml"), StandardCharsets.UTF_8);
        assertEquals(0, run("import", "--seeds", FIXTURE.toString(), "--content", content.toString()));
        assertTrue(out.contains("0 written, 2 unchanged"), out);
        assertEquals(manifest, Files.readString(content.resolve("_import/manifest.yaml"), StandardCharsets.UTF_8));
    }

    @Test
    void theSeedsImportAsSimplifiedToExactlyTheCommittedContent() throws IOException {
        Path content = tmp.resolve("content");
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content.toString()));
        assertFalse(out.contains("Traditional"), out);
        List<Path> written = mdFiles(content);
        assertEquals(17, written.size());
        for (Path file : written) {
            Path committed = Path.of("content").resolve(content.relativize(file));
            // Editors' English keys, which import never writes nor touches, aside.
            assertEquals(Files.readString(committed, StandardCharsets.UTF_8)
                            .replaceAll("(?m)^(title_en|kicker_en|section_en): .*\n", ""),
                    Files.readString(file, StandardCharsets.UTF_8), committed.toString());
        }
        assertEquals(Files.readString(Path.of("content/_import/manifest.yaml"), StandardCharsets.UTF_8),
                Files.readString(content.resolve("_import/manifest.yaml"), StandardCharsets.UTF_8));
    }

    private static List<Path> mdFiles(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".en.md"))
                    .filter(p -> !p.startsWith(content.resolve("_data"))).sorted().toList();
        }
    }
}
