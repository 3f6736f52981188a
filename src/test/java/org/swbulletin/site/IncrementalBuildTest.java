package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;
import org.swbulletin.render.TileMap;

/** An incremental build writes exactly the bytes a full build writes, and re-renders only what changed. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private BuildSummary build(Path content, Path templates, Path out, boolean full) {
        return new SiteBuilder(FixtureSite.gazetteer(), TileMap.bundled(), 2).build(content, templates, out,
                ThemeTaxonomy.load(content), Glossary.load(content), new BuildOptions(full, BuildProgress.SILENT));
    }

    private void assertSameSite(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = SiteBuilderTest.snapshot(expected);
        Map<String, byte[]> b = SiteBuilderTest.snapshot(actual);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void anIncrementalBuildAfterEditsEqualsAFreshFullBuildByteForByte() throws IOException {
        Path content = tmp.resolve("content");
        Path templates = tmp.resolve("templates");
        FixtureSite.copyTree(FixtureSite.CONTENT, content);
        FixtureSite.copyTree(FixtureSite.TEMPLATES, templates);
        Path site = tmp.resolve("work").resolve("site");
        build(content, templates, site, false);
        build(content, templates, site, false);

        // One article's body edited: only the pages that show it are rendered again.
        Path article = content.resolve("001_fixture/kunming-anti-drug.md");
        Files.writeString(article, Files.readString(article) + "\n补充一段新的内容。\n");
        BuildSummary edited = build(content, templates, site, false);
        assertTrue(edited.rendered() > 0 && edited.rendered() < edited.pagesZh() + edited.pagesEn(),
                "rendered " + edited.rendered());
        assertSameSite(fresh(content, templates, "a"), site);

        // A new article in a new report, and one removed: lists, counts and sidebars change.
        Path added = content.resolve("003_fixture/added.md");
        Files.createDirectories(added.getParent());
        Files.writeString(added, Files.readString(article).replace("id: kunming-anti-drug", "id: added-kunming")
                .replace("report: 001_fixture", "report: 003_fixture").replace("date: 2023-06-30", "date: 2023-07-02"));
        Files.delete(content.resolve("002_fixture/script-title.md"));
        build(content, templates, site, false);
        assertSameSite(fresh(content, templates, "b"), site);

        // A changed UI string reaches every page.
        edit(templates.resolve("i18n/en.yaml"), "label: Main navigation", "label: Main menu");
        Files.writeString(templates.resolve("assets/extra.css"), "p{}\n");
        BuildSummary restyled = build(content, templates, site, false);
        assertSameSite(fresh(content, templates, "c"), site);
        assertEquals(restyled.pagesZh() + restyled.pagesEn(), restyled.rendered(),
                "a changed template set re-renders every page");
    }

    @Test
    void aFullBuildRendersEveryPageAndWritesTheSameBytes() throws IOException {
        Path site = tmp.resolve("site");
        FixtureSite.build(site);
        Map<String, byte[]> before = SiteBuilderTest.snapshot(site);
        BuildSummary full = build(FixtureSite.CONTENT, FixtureSite.TEMPLATES, site, true);
        assertEquals(full.pagesZh() + full.pagesEn(), full.rendered());
        assertEquals(0, full.written());
        Map<String, byte[]> after = SiteBuilderTest.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }

    private Path fresh(Path content, Path templates, String name) {
        Path out = tmp.resolve("fresh-" + name).resolve("site");
        build(content, templates, out, true);
        return out;
    }
}
