package org.swbulletin.site.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.render.TileMap;
import org.swbulletin.site.BuildProgress;
import org.swbulletin.site.BuildSummary;
import org.swbulletin.site.FixtureSite;
import org.swbulletin.site.OutputDir;
import org.swbulletin.site.SiteBuilder;

/** An incremental build writes exactly the bytes a full build writes, and re-renders only what changed. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;
    /** Copies of the fixture content and templates that a test may edit, and the site built from them. */
    private Path content;
    private Path templates;
    private Path site;

    @BeforeEach
    void copyFixture() {
        content = copy(FixtureSite.CONTENT, "content");
        templates = copy(FixtureSite.TEMPLATES, "templates");
        site = tmp.resolve("work").resolve("site");
    }

    private BuildSummary build(Path content, Path templates, Path out, boolean full) {
        return new RebuildPlanner(() -> new SiteBuilder(FixtureSite.gazetteer(), TileMap.bundled(), 2))
                .build(content, templates, out, new BuildOptions(full, BuildProgress.SILENT));
    }

    private void assertSameSite(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = FixtureSite.snapshot(expected);
        Map<String, byte[]> b = FixtureSite.snapshot(actual);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    private Path copy(Path fixture, String name) {
        Path to = tmp.resolve(name);
        FixtureSite.copyTree(fixture, to);
        return to;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void anIncrementalBuildAfterEditsEqualsAFreshFullBuildByteForByte() throws IOException {
        build(content, templates, site, false);

        // One article's body edited where its summary shows it. A build into a new folder fingerprints no page (as in
        // CI, no later build would use them): the first build after it renders every page once and fingerprints them,
        // later ones render only the pages whose fingerprint changed.
        Path article = content.resolve("001_fixture/kunming-anti-drug.md");
        Files.writeString(article, Files.readString(article) + "\n补充一段新的内容。\n");
        BuildSummary fingerprinted = build(content, templates, site, false);
        assertEquals(fingerprinted.pagesZh() + fingerprinted.pagesEn(), fingerprinted.rendered());
        Files.writeString(article, Files.readString(article) + "\n再补充一段。\n");
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
    void aNewReportRewritesTheSidebarOfEveryPageAsAFullBuildWould() throws IOException {
        Path article = content.resolve("001_fixture/kunming-anti-drug.md");
        build(content, templates, site, false);
        addReport(article, "003_fixture", "added-one", "2023-07-02");
        BuildSummary keyed = build(content, templates, site, false);
        assertEquals(keyed.pagesZh() + keyed.pagesEn(), keyed.rendered(),
                "the first build after a fresh one keys every page");
        String about = FixtureSite.read(site.resolve("en/about/index.html"));

        addReport(article, "004_fixture", "added-two", "2023-07-03");
        build(content, templates, site, false);
        assertFalse(about.equals(FixtureSite.read(site.resolve("en/about/index.html"))),
                "a page that shows no article has the new counts in its sidebar");
        assertSameSite(fresh(content, templates, "a"), site);
    }

    private static void addReport(Path like, String report, String id, String date) throws IOException {
        Path added = like.getParent().resolveSibling(report).resolve(id + ".md");
        Files.createDirectories(added.getParent());
        Files.writeString(added, Files.readString(like).replace("id: kunming-anti-drug", "id: " + id)
                .replace("report: 001_fixture", "report: " + report).replace("date: 2023-06-30", "date: " + date));
    }

    private java.util.Optional<BuildSummary> patch() {
        return BodyEdits.apply(content, templates, site, BuildOptions.INCREMENTAL);
    }

    @Test
    void bodyEditsArePatchedIntoTheirPagesAsAFullBuildWouldWriteThem() throws IOException {
        assertTrue(patch().isEmpty(), "no build yet");
        build(content, templates, site, false);
        assertEquals(0, patch().orElseThrow().rendered(), "nothing changed");

        // An untranslated article: its Chinese page and its English page, which shows the Chinese text.
        Path article = content.resolve("001_fixture/kunming-anti-drug.md");
        Files.writeString(article, Files.readString(article) + "\n* * *\n");
        BuildSummary patched = patch().orElseThrow();
        assertEquals(2, patched.rendered());
        assertTrue(FixtureSite.read(site.resolve("en/articles/kunming-anti-drug/index.html"))
                .contains("<hr>"));
        assertSameSite(fresh(content, templates, "a"), site);
        BuildSummary built = build(content, templates, site, false);
        assertEquals(List.of(patched.pagesZh(), patched.pagesEn(), patched.articles(), patched.translated(),
                patched.warnings()), List.of(built.pagesZh(), built.pagesEn(), built.articles(), built.translated(),
                built.warnings()), "reported as a build reports the site");

        // A translation's body: its English page only.
        Path translation = content.resolve("001_fixture/dali-training-base.en.md");
        Files.writeString(translation, Files.readString(translation) + "\n* * *\n");
        assertEquals(1, patch().orElseThrow().rendered());
        assertSameSite(fresh(content, templates, "b"), site);

        // Twice in a row, then a build: the caches the patch left are sound.
        Files.writeString(article, Files.readString(article) + "\n- - -\n");
        assertEquals(2, patch().orElseThrow().rendered());
        assertSameSite(fresh(content, templates, "c"), site);
        build(content, templates, site, false);
        assertSameSite(fresh(content, templates, "d"), site);
    }

    @Test
    void patchesInARowAndAFileRestoredWithItsOldTimeLeaveCachesABuildCanTrust() throws IOException {
        // Stamps older than a few seconds are trusted from one build to the next, as on an editor's disk.
        Path article = content.resolve("001_fixture/kunming-anti-drug.md");
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 600_000);
        try (var files = Files.walk(content)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
        String original = Files.readString(article);
        build(content, templates, site, false);
        build(content, templates, site, false);

        Files.writeString(article, original + "\n* * *\n");
        Files.setLastModifiedTime(article, FileTime.fromMillis(System.currentTimeMillis() - 300_000));
        assertEquals(2, patch().orElseThrow().rendered());
        Files.writeString(article, original + "\n* * *\n\n- - -\n");
        Files.setLastModifiedTime(article, FileTime.fromMillis(System.currentTimeMillis() - 200_000));
        assertEquals(2, patch().orElseThrow().rendered(), "the second patch finds the first one's HTML");
        assertSameSite(fresh(content, templates, "a"), site);

        // Restored as a backup or 'cp -p' restores it: the text and the time the caches knew before the patches.
        Files.writeString(article, original);
        Files.setLastModifiedTime(article, old);
        build(content, templates, site, false);
        assertSameSite(fresh(content, templates, "b"), site);
        // And the second patch's text again: the keys must not still claim it.
        Files.writeString(article, original + "\n* * *\n\n- - -\n");
        Files.setLastModifiedTime(article, FileTime.fromMillis(System.currentTimeMillis() - 100_000));
        patch();
        assertSameSite(fresh(content, templates, "c"), site);
        build(content, templates, site, false);
        assertSameSite(fresh(content, templates, "d"), site);
    }

    @Test
    void everyOtherChangeIsLeftToTheBuild() throws IOException {
        build(content, templates, site, false);
        Map<String, byte[]> live = FixtureSite.snapshot(site);

        // A translated original's text: its translation goes stale, which the status pages show.
        Path translated = content.resolve("001_fixture/dali-training-base.md");
        String original = Files.readString(translated);
        Files.writeString(translated, original + "\n* * *\n");
        assertTrue(patch().isEmpty());
        Files.writeString(translated, original);

        // Text a summary shows, a title, a new article, a template: other pages show them.
        Path article = content.resolve("002_fixture/national-federation.md");
        String before = Files.readString(article);
        Files.writeString(article, before.replace("---\n\n", "---\n\n新的开头。"));
        assertTrue(patch().isEmpty(), "summary");
        Files.writeString(article, before.replaceFirst("title: ", "title: 新"));
        assertTrue(patch().isEmpty(), "title");
        Files.writeString(article, before);
        Files.writeString(content.resolve("002_fixture/added.md"), before.replace("id: national-federation",
                "id: added"));
        assertTrue(patch().isEmpty(), "new file");
        Files.delete(content.resolve("002_fixture/added.md"));
        Files.writeString(templates.resolve("about.ftlh"), Files.readString(templates.resolve("about.ftlh")) + " ");
        assertTrue(patch().isEmpty(), "template");

        Map<String, byte[]> after = FixtureSite.snapshot(site);
        assertEquals(live.keySet(), after.keySet());
        live.forEach((k, v) -> assertArrayEquals(v, after.get(k), k + " untouched"));
    }

    @Test
    void aBodyEditNoOtherPageShowsReplacesOnlyTheArticlesOwnPagesInPlace() throws IOException {
        BuildSummary first = build(content, templates, site, false);
        Object siteDir = Files.readAttributes(site, BasicFileAttributes.class).fileKey();

        // A rule adds no text that a summary or a reading time counts: no list, feed or sidebar shows the change.
        Path article = content.resolve("001_fixture/kunming-anti-drug.md");
        Files.writeString(article, Files.readString(article) + "\n* * *\n");
        BuildSummary edited = build(content, templates, site, false);
        assertEquals(2, edited.rendered(), "the article's Chinese and English pages");
        assertEquals(2, edited.written());
        assertEquals(first.pagesZh() + first.pagesEn(), edited.pagesZh() + edited.pagesEn());
        assertEquals(siteDir, Files.readAttributes(site, BasicFileAttributes.class).fileKey(),
                "updated in place, not swapped");
        assertTrue(FixtureSite.read(site.resolve("articles/kunming-anti-drug/index.html")).contains("<hr"));
        assertSameSite(fresh(content, templates, "a"), site);

        // A title shows on lists and other articles' pages: the whole site is planned again.
        edit(article, "title: 两百余名", "title: 三百余名");
        BuildSummary retitled = build(content, templates, site, false);
        assertTrue(retitled.rendered() > 2, "rendered " + retitled.rendered());
        assertSameSite(fresh(content, templates, "b"), site);

        // And a body edit after that is in place again, on the manifest the last build left.
        Files.writeString(article, Files.readString(article) + "\n- - -\n");
        assertEquals(2, build(content, templates, site, false).rendered());
        assertSameSite(fresh(content, templates, "c"), site);

        // Editing a translated original makes its translation stale: the status pages list that too.
        Path translated = content.resolve("001_fixture/dali-training-base.md");
        Files.writeString(translated, Files.readString(translated) + "\n* * *\n");
        BuildSummary staled = build(content, templates, site, false);
        assertEquals(4, staled.rendered(), "the article's two pages and the two translation status pages");
        assertTrue(FixtureSite.read(site.resolve("en/translations/index.html")).contains("dali-training-base"));
        assertSameSite(fresh(content, templates, "d"), site);
    }

    @Test
    void editorsDataOrATranslationChangedIsNeverUpdatedInPlace() throws IOException {
        BuildSummary first = build(content, templates, site, false);
        Object siteDir = Files.readAttributes(site, BasicFileAttributes.class).fileKey();

        // A theme renamed in the editors' data shows on every page that names it.
        edit(content.resolve("_data/themes.yaml"), "en: Anti-drug social work", "en: Social work against drugs");
        build(content, templates, site, false);
        assertTrue(!siteDir.equals(Files.readAttributes(site, BasicFileAttributes.class).fileKey()),
                "a new tree was swapped in");
        assertSameSite(fresh(content, templates, "a"), site);

        // A translation added changes the English lists ("translation pending" goes) and the status page.
        Path original = content.resolve("001_fixture/kunming-anti-drug.md");
        String text = Files.readString(original);
        Files.writeString(content.resolve("001_fixture/kunming-anti-drug.en.md"), text.replace("lang: zh", "lang: en")
                .replaceFirst("title: .*", "title: Experts meet in Kunming"));
        BuildSummary translated = build(content, templates, site, false);
        assertTrue(translated.rendered() > 4, "rendered " + translated.rendered());
        assertEquals(first.translated() + 1, translated.translated());
        assertSameSite(fresh(content, templates, "b"), site);
    }

    @Test
    void anInPlaceUpdateCutShortLeavesASiteTheNextBuildMakesWhole() throws IOException {
        build(content, templates, site, false);
        // A build that began updating in place and stopped after one page, never writing the manifest back.
        OutputDir output = new OutputDir(site);
        assertTrue(output.beginInPlace());
        byte[] half = "<!DOCTYPE html><p>half".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        output.replaceInPlace("articles/kunming-anti-drug/index.html", half, half.length,
                output.liveKey("articles/kunming-anti-drug/index.html"));
        Path article = content.resolve("001_fixture/kunming-anti-drug.md");
        Files.writeString(article, Files.readString(article) + "\n* * *\n");
        build(content, templates, site, false);
        assertSameSite(fresh(content, templates, "a"), site);
    }

    @Test
    void aFullBuildRendersEveryPageAndWritesTheSameBytes() throws IOException {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        Map<String, byte[]> before = FixtureSite.snapshot(out);
        BuildSummary full = build(FixtureSite.CONTENT, FixtureSite.TEMPLATES, out, true);
        assertEquals(full.pagesZh() + full.pagesEn(), full.rendered());
        assertEquals(0, full.written());
        Map<String, byte[]> after = FixtureSite.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }

    private Path fresh(Path content, Path templates, String name) {
        Path out = tmp.resolve("fresh-" + name).resolve("site");
        build(content, templates, out, true);
        return out;
    }
}
