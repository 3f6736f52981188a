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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.Article;
import org.swbulletin.content.ContentStore;

class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/ingest");

    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path content() {
        return tmp.resolve("content");
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) return files;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private List<Article> articles() {
        return new ContentStore(content()).loadAll();
    }

    private Path seedsWith(String... fixtures) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        for (String f : fixtures) {
            Files.copy(FIXTURES.resolve(f), seeds.resolve(f));
        }
        return seeds;
    }

    private Path fileOf(String title) {
        return content().resolve(articles().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow()
                .file());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void importsTheSeedsIntoSeventeenArticlesAndSummarisesEachReport() {
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()));
        assertEquals(17, articles().size());
        assertTrue(out.contains("000_48b25d9ea022bb79: 3 articles, 1 caption moved, 3 mends, 140 punctuation marks made full-width,"
                + " 0 warnings; 3 written"),
                out);
        assertTrue(out.contains("003_7be3d2dd4adab9aa.txt:7: warning: stray line"), out);
        assertTrue(Files.isRegularFile(content().resolve("_import/manifest.yaml")));
        Article rubric = articles().stream().filter(a -> "积极探索“专业社工+志愿服务”新模式".equals(a.title())).findFirst()
                .orElseThrow();
        assertEquals(zh("甘肃省白银市白银区:"), rubric.kicker());
        assertEquals("聚焦社会工作人才队伍建设", rubric.section());
        assertEquals(List.of("004_946cbcfd3783f5b9"), rubric.reports());
        assertFalse(articles().stream().anyMatch(a -> a.title().equals("聚焦社会工作人才队伍建设")));
    }

    @Test
    void importingTwiceChangesNotOneByte() throws IOException {
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()));
        Map<String, String> first = tree(content());
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()));
        assertEquals(first, tree(content()));
        assertTrue(out.contains("0 written, 3 unchanged, 0 kept editor edits"), out);
    }

    @Test
    void anEditorsHalfWidthPunctuationSurvivesTheFullWidthImport() throws IOException {
        Path seeds = seedsWith("source-line-glued.txt");
        run("import", "--seeds", seeds.toString(), "--content", content().toString());
        Path file = fileOf("示范大学成立社会工作研究院");
        edit(file, "title: 示范大学成立社会工作研究院", "title: \"示范大学:成立社会工作研究院\"");
        edit(seeds.resolve("source-line-glued.txt"), "示范大学成立社会工作研究院", "示范大学成立社会工作研究院(试点)");

        assertEquals(0, run("import", "--seeds", seeds.toString(), "--content", content().toString()));
        assertEquals("示范大学:成立社会工作研究院",
                new ContentStore(content()).load(content().relativize(file)).title());
        assertTrue(out.contains("kept editor edits in " + file + ": title"), out);
    }

    @Test
    void keepsAFieldAnEditorChangedAndUpdatesTheOthers() throws IOException {
        Path seeds = seedsWith("source-line-glued.txt");
        run("import", "--seeds", seeds.toString(), "--content", content().toString());
        Path file = fileOf("示范大学成立社会工作研究院");
        String id = articles().get(0).id();
        edit(file, "title: 示范大学成立社会工作研究院", "title: 示范大学社会工作研究院成立\ntitle_en: Research institute");
        edit(seeds.resolve("source-line-glued.txt"), "聚焦基层治理研究", "聚焦基层治理与社区服务研究");

        assertEquals(0, run("import", "--seeds", seeds.toString(), "--content", content().toString()));
        Article a = new ContentStore(content()).load(content().relativize(file));
        assertEquals("示范大学社会工作研究院成立", a.title());
        assertEquals("Research institute", a.titleEn());
        assertTrue(a.body().contains("聚焦基层治理与社区服务研究"), a.body());
        assertEquals(id, a.id());
        assertTrue(out.contains("kept editor edits in " + file + ": title"), out);

        Map<String, String> before = tree(content());
        run("import", "--seeds", seeds.toString(), "--content", content().toString());
        assertEquals(before, tree(content()));
    }

    @Test
    void forceOverwritesEditorsEditsButKeepsTheirExtraKeys() throws IOException {
        Path seeds = seedsWith("source-line-glued.txt");
        run("import", "--seeds", seeds.toString(), "--content", content().toString());
        Path file = fileOf("示范区举办社工宣传周");
        edit(file, "source: 示范晚报", "source: 示范晚报社\ntitle_en: Publicity week");
        assertEquals(0, run("import", "--force", "--seeds", seeds.toString(), "--content", content().toString()));
        Article a = new ContentStore(content()).load(content().relativize(file));
        assertEquals("示范晚报", a.source());
        assertEquals("Publicity week", a.titleEn());
    }

    @Test
    void keepsAFileAnEditorDeletedUnlessForced() throws IOException {
        Path seeds = seedsWith("rubric-heading.txt");
        run("import", "--seeds", seeds.toString(), "--content", content().toString());
        Path file = fileOf("示范县社工助力乡村振兴");
        Files.delete(file);
        assertEquals(0, run("import", "--seeds", seeds.toString(), "--content", content().toString()));
        assertFalse(Files.exists(file));
        assertTrue(out.contains("kept deleted by an editor"), out);
        run("import", "--force", "--seeds", seeds.toString(), "--content", content().toString());
        assertTrue(Files.exists(file));
    }

    @Test
    void keepsTheIdWhenTheSeedTitleIsCorrected() throws IOException {
        Path seeds = seedsWith("stray-punctuation.txt");
        run("import", "--seeds", seeds.toString(), "--content", content().toString());
        String id = articles().get(0).id();
        edit(seeds.resolve("stray-punctuation.txt"), "示范研讨会在京召开\n", "示范国际研讨会在京召开\n");
        run("import", "--seeds", seeds.toString(), "--content", content().toString());
        assertEquals(1, articles().size());
        assertEquals(id, articles().get(0).id());
        assertEquals("示范国际研讨会在京召开", articles().get(0).title());
    }

    @Test
    void writesAReprintOnceWithBothReports() throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.copy(FIXTURES.resolve("report-crlf.txt"), seeds.resolve("r1.txt"));
        Files.copy(FIXTURES.resolve("report-gb18030.txt"), seeds.resolve("r2.txt"));
        assertEquals(0, run("import", "--seeds", seeds.toString(), "--content", content().toString()));
        assertEquals(1, articles().size());
        assertEquals(List.of("r1", "r2"), articles().get(0).reports());
        assertTrue(articles().get(0).file().startsWith("r1"));
        Map<String, String> before = tree(content());
        run("import", "--seeds", seeds.resolve("r2.txt").toString(), "--content", content().toString());
        assertEquals(before, tree(content()));
    }

    @Test
    void dryRunWritesNothingAndSaysWhatItWouldWrite() throws IOException {
        assertEquals(0, run("import", "--dry-run", "--seeds", "seeds", "--content", content().toString()));
        assertEquals(Map.of(), tree(content()));
        assertTrue(out.contains("would create " + content().resolve("000_48b25d9ea022bb79")), out);
    }

    @Test
    void aReportThatFailsWritesNothingAndExitsWithOne() throws IOException {
        Path seeds = seedsWith("rubric-heading.txt", "empty.txt", "no-article.txt");
        assertEquals(1, run("import", "--seeds", seeds.toString(), "--content", content().toString()));
        assertTrue(err.contains("error: " + seeds.resolve("empty.txt") + ": empty report"), err);
        assertTrue(err.contains("error: " + seeds.resolve("no-article.txt") + ":1: no recognisable article"), err);
        assertFalse(err.contains("\tat "), "no stack trace without --verbose");
        assertEquals(2, articles().size());
        assertFalse(Files.exists(content().resolve("empty")));
        assertFalse(Files.exists(content().resolve("no-article")));
    }

    @Test
    void aBinaryReportLeavesExistingContentAsItWas() throws IOException {
        Path seeds = seedsWith("rubric-heading.txt");
        run("import", "--seeds", seeds.toString(), "--content", content().toString());
        Map<String, String> before = tree(content());
        Files.copy(FIXTURES.resolve("binary.bin"), seeds.resolve("rubric-heading.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(1, run("import", "--seeds", seeds.toString(), "--content", content().toString()));
        assertEquals(before, tree(content()));
        assertTrue(err.startsWith("error: " + seeds.resolve("rubric-heading.txt") + ":1: binary data"), err);
    }

    @Test
    void anUnreadablePathIsInvalidInputAndAnUnknownOptionIsAUsageError() {
        assertEquals(1, run("import", "--seeds", tmp.resolve("nope.txt").toString(), "--content",
                content().toString()));
        assertEquals("error: seeds '" + tmp.resolve("nope.txt") + "' does not exist (--seeds)", err.strip());
        assertEquals(1, run("import", "--verbose", "--seeds", tmp.resolve("nope.txt").toString(), "--content",
                content().toString()));
        assertTrue(err.contains("\tat "), "stack trace with --verbose");
        assertEquals(2, run("import", "--no-such-option"));
    }

    @Test
    void retagKeepsTagsAnEditorSetUnlessForced() throws IOException {
        Path seeds = seedsWith("subheadings.txt");
        run("import", "--seeds", seeds.toString(), "--content", content().toString());
        Path file = fileOf("示范市社工服务提质增效");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceFirst("(?m)^themes: \\[.*]$", "themes: [editor-chosen]"),
                StandardCharsets.UTF_8);
        assertEquals(0, run("retag", "--content", content().toString()));
        assertEquals(List.of("editor-chosen"), articles().get(0).themes());
        assertTrue(out.contains("kept editor edits in " + file + ": themes"), out);
        assertEquals(0, run("retag", "--force", "--content", content().toString()));
        assertFalse(articles().get(0).themes().contains("editor-chosen"));
        Map<String, String> before = tree(content());
        run("retag", "--content", content().toString());
        assertEquals(before, tree(content()));
    }

    @Test
    void aReportWithNoncharactersInItsTitleAndSourceImportsIntoFilesThatPassCheck() {
        Path content = tmp.resolve("unwritable-content");
        assertEquals(0, run("import", "--seeds", FIXTURES.resolve("noncharacters-in-title-and-source.txt").toString(),
                "--content", content.toString()), out + err);
        assertTrue((out + err).contains("U+FFFE"), out + err);
        assertTrue((out + err).contains("U+FFFF"), out + err);
        assertEquals(0, run("check", "--content", content.toString()), out + err);
    }

    /** Expected Chinese text as the importer writes it, with full-width punctuation. */
    private static String zh(String s) {
        return org.swbulletin.ingest.ChinesePunctuation.normalise(s).text();
    }
}
