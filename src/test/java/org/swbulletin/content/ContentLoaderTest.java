package org.swbulletin.content;

import org.swbulletin.Diagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.Diagnostic.Severity;

class ContentLoaderTest {
    @TempDir
    Path tmp;
    Path content;
    final ContentLoader loader = new ContentLoader(Fixtures.gazetteer());
    static final Publication TODAY = new Publication(java.time.LocalDate.of(2026, 12, 4), false);

    private LoadedContent check(Path dir) {
        return loader.load(dir, TODAY);
    }

    @BeforeEach
    void copyValidContent() {
        content = Fixtures.validContent(tmp);
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String article(String id, String extraFrontMatter) {
        return "---\nid: " + id + "\ntitle: 标题\nreport: 000_r1\n" + extraFrontMatter + "---\n\n正文。\n";
    }

    private static void assertFinding(LoadedContent r, String fileName, int line, Severity severity,
                                      String messagePart) {
        boolean found = r.diagnostics().stream().anyMatch(p -> p.file().getFileName().toString().equals(fileName)
                && p.line() == line && p.severity() == severity && p.message().contains(messagePart));
        assertTrue(found, "expected " + fileName + ":" + line + " " + severity + " '" + messagePart + "' in\n"
                + r.diagnostics().stream().map(Diagnostic::located).collect(Collectors.joining("\n")));
    }

    private static List<Diagnostic> serious(LoadedContent r) {
        return r.diagnostics().stream().filter(p -> p.severity() != Severity.INFO).toList();
    }

    @Test
    void validContentHasNothingSeriousAndCountsUntranslatedArticles() {
        LoadedContent r = check(content);
        assertEquals(List.of(), serious(r));
        assertTrue(r.ok());
        assertEquals(2, r.originals());
        assertEquals(0, r.translations());
        assertEquals(2, r.untranslated());
        assertEquals(2, r.count(Severity.INFO));
    }

    @Test
    void reportsFrontMatterThatDoesNotParseAndKeepsCheckingTheRest() throws IOException {
        write("000_r1/broken.md", "---\nid: broken\ntitle: [unclosed\n---\n\n正文。\n");
        write("000_r1/no-front-matter.md", "正文。\n");
        write("000_r1/list-title.md", "---\nid: list-title\nlang: zh\ntitle: [a, b]\n---\n\n正文。\n");
        LoadedContent r = check(content);
        assertFinding(r, "broken.md", 4, Severity.ERROR, "not valid YAML");
        assertFinding(r, "no-front-matter.md", 1, Severity.ERROR, "front matter missing");
        assertFinding(r, "list-title.md", 4, Severity.ERROR, "must be a single value");
        assertEquals(2, r.originals());
        assertFalse(r.ok());
    }

    @Test
    void warnsAboutAnUnknownKeyAtItsLine() throws IOException {
        write("000_r1/typo.md", article("typo", "provinse: [甘肃]\n"));
        LoadedContent r = check(content);
        assertFinding(r, "typo.md", 5, Severity.WARNING, "unknown key 'provinse'");
        assertTrue(r.ok());
    }

    @Test
    void reportsADuplicateIdNamingTheOtherFile() throws IOException {
        write("001_r2/copy.md", article("wuwei-stations", ""));
        LoadedContent r = check(content);
        assertFinding(r, "copy.md", 2, Severity.ERROR, "duplicate id 'wuwei-stations'");
        assertTrue(r.diagnostics().stream().anyMatch(p -> p.message().contains("wuwei-stations.md")));
    }

    @Test
    void reportsATranslationOfNoArticle() throws IOException {
        write("000_r1/ghost.en.md", "---\nid: ghost\nlang: en\ntitle: Ghost\n---\n\nText.\n");
        assertFinding(check(content), "ghost.en.md", 2, Severity.ERROR, "no Chinese article has id 'ghost'");
    }

    @Test
    void reportsATranslationFileWithoutLangEn() throws IOException {
        write("000_r1/kunshan-schools.en.md", "---\nid: kunshan-schools\nlang: zh\ntitle: Kunshan\n---\n\nText.\n");
        assertFinding(check(content), "kunshan-schools.en.md", 3, Severity.ERROR, "needs 'lang: en'");
    }

    @Test
    void reportsUnknownProvinceCityAndThemeAtTheirLines() throws IOException {
        write("000_r1/tags.md", article("tags", "provinces: [甘肃, 火星]\ncities: [月亮城]\nthemes: [volunteering, "
                + "space-travel]\n"));
        LoadedContent r = check(content);
        assertFinding(r, "tags.md", 5, Severity.ERROR, "unknown province '火星'");
        assertFinding(r, "tags.md", 6, Severity.ERROR, "unknown city '月亮城'");
        assertFinding(r, "tags.md", 7, Severity.ERROR, "unknown theme 'space-travel'");
        assertEquals(3, r.count(Severity.ERROR));
    }

    @Test
    void pointsACountyListedAsCityToItsPrefecture() throws IOException {
        write("000_r1/county.md", article("county", "provinces: [江苏]\ncities: [昆山]\n"));
        assertFinding(check(content), "county.md", 6, Severity.ERROR, "list 苏州 in cities and 昆山 in places");
    }

    @Test
    void acceptsOnlyRealDaysAndMonths() throws IOException {
        write("000_r1/d1.md", article("d1", "date: 2023-02-30\n"));
        write("000_r1/d2.md", article("d2", "date: 2023-13\n"));
        write("000_r1/d3.md", article("d3", "date: 2023-6-29\n"));
        write("000_r1/d4.md", article("d4", "date: 2023年6月\n"));
        write("000_r1/d5.md", article("d5", "date: 2024-02-29\n"));
        LoadedContent r = check(content);
        assertFinding(r, "d1.md", 5, Severity.ERROR, "not a day of the calendar");
        assertFinding(r, "d2.md", 5, Severity.ERROR, "not a month of the calendar");
        assertFinding(r, "d3.md", 5, Severity.ERROR, "must be YYYY-MM-DD or YYYY-MM");
        assertFinding(r, "d4.md", 5, Severity.ERROR, "must be YYYY-MM-DD or YYYY-MM");
        assertEquals(4, r.count(Severity.ERROR));
    }

    @Test
    void reportsBrokenInternalLinksAtTheirBodyLine() throws IOException {
        write("000_r1/links.md", "---\nid: links\ntitle: 链接\nreport: 000_r1\n---\n\n第一段。\n\n"
                + "见[武威](/articles/wuwei-stations/)与[缺失](/en/articles/missing-one/)。\n\n"
                + "[专题]: /themes/no-such-theme/\n\n<a href=\"/provinces/atlantis/\">x</a> [外部](https://example.org/)\n\n"
                + "[报告](/reports/000_r1/) [另一期](/reports/999_none/#top)\n");
        LoadedContent r = check(content);
        assertFinding(r, "links.md", 9, Severity.ERROR, "/en/articles/missing-one/: no article has id 'missing-one'");
        assertFinding(r, "links.md", 11, Severity.ERROR, "no theme has id 'no-such-theme'");
        assertFinding(r, "links.md", 13, Severity.ERROR, "no province has slug 'atlantis'");
        assertFinding(r, "links.md", 15, Severity.ERROR, "no report has id '999_none'");
        assertEquals(4, r.count(Severity.ERROR));
    }

    @Test
    void warnsAboutATranslationMadeFromAnEarlierChineseText() throws IOException {
        Path zhFile = content.resolve("000_r1/kunshan-schools.md");
        Article zh = FrontMatter.parse(Files.readString(zhFile), zhFile);
        write("000_r1/kunshan-schools.en.md", "---\nid: kunshan-schools\nlang: en\ntitle: Kunshan\nsource_fingerprint: "
                + Fingerprint.of(zh) + "\n---\n\nKunshan held a meeting.\n");
        LoadedContent fresh = check(content);
        assertEquals(List.of(), serious(fresh));
        assertEquals(1, fresh.translations());
        assertEquals(1, fresh.untranslated());

        Files.writeString(zhFile, Files.readString(zhFile).replace("推进会。", "推进会,百余人参加。"));
        LoadedContent changed = check(content);
        assertFinding(changed, "kunshan-schools.en.md", 5, Severity.WARNING, "may be out of date");
        assertEquals(1, changed.stale());
        assertTrue(changed.ok());
    }

    @Test
    void warnsAboutATranslationWithoutFingerprint() throws IOException {
        write("000_r1/kunshan-schools.en.md", "---\nid: kunshan-schools\nlang: en\ntitle: Kunshan\n---\n\nText.\n");
        assertFinding(check(content), "kunshan-schools.en.md", 2, Severity.WARNING, "no source_fingerprint");
    }

    @Test
    void reportsAnUnfinishedTranslationDraft() throws IOException {
        write("000_r1/kunshan-schools.en.md", "---\nid: kunshan-schools\nlang: en\ntitle: Kunshan\n---\n\nDone part.\n\n"
                + TranslationDraft.SOURCE_HEADING + "\n\n昆山市举行学校社工项目推进会。\n");
        assertFinding(check(content), "kunshan-schools.en.md", 9, Severity.WARNING, "unfinished translation");
    }

    @Test
    void warnsAtChineseLeftInAFinishedTranslationFieldByFieldAndAtTheFirstBodyLine() throws IOException {
        write("000_r1/kunshan-schools.en.md", "---\nid: kunshan-schools\nlang: en\ntitle: Kunshan\ncaptions:\n"
                + "  - 推进会现场\n---\n\nKunshan held a meeting.\n\n昆山市举行学校社工项目推进会。\n\n又一段。\n");
        LoadedContent r = check(content);
        assertFinding(r, "kunshan-schools.en.md", 5, Severity.WARNING, "Chinese text left in the translation's captions");
        assertFinding(r, "kunshan-schools.en.md", 11, Severity.WARNING, "Chinese text left in the translation:");
        assertEquals(2, serious(r).stream().filter(d -> d.message().startsWith("Chinese text left")).count(),
                "one finding for the body, not one per line");
        assertTrue(r.held().isEmpty(), "a warning, not a hold: the editor decides");
    }

    @Test
    void anEnglishTranslationWithoutChineseHasNoFinding() throws IOException {
        Path zhFile = content.resolve("000_r1/kunshan-schools.md");
        Article zh = FrontMatter.parse(Files.readString(zhFile), zhFile);
        write("000_r1/kunshan-schools.en.md", "---\nid: kunshan-schools\nlang: en\ntitle: “Warmth +1℃” in Kunshan\n"
                + "source_fingerprint: " + Fingerprint.of(zh) + "\n---\n\nKunshan held a meeting… — 25,000 served.\n");
        assertEquals(List.of(), serious(check(content)));
    }

    @Test
    void reportsAMissingThemeTaxonomyNamingIt() throws IOException {
        Files.delete(content.resolve("_data/themes.yaml"));
        LoadedContent r = check(content);
        assertTrue(r.diagnostics().stream().anyMatch(p -> p.severity() == Severity.ERROR
                && p.file().endsWith(Path.of("_data", "themes.yaml"))), r.diagnostics().toString());
    }

    @Test
    void formatsFindingsAsFileLineSeverityMessage() {
        assertEquals("content/a.md:3: warning: unknown key 'x'",
                new Diagnostic(Path.of("content/a.md"), 3, Severity.WARNING, "unknown key 'x'").located());
        assertEquals("content/a.md: error: not UTF-8 text",
                new Diagnostic(Path.of("content/a.md"), 0, Severity.ERROR, "not UTF-8 text").located());
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(a -> a.id() + (a.isTranslation() ? ".en" : "")).toList();
    }

    @Test
    void publishesEveryValidArticleAndHoldsNone() {
        LoadedContent r = check(content);
        assertEquals(List.of("kunshan-schools", "wuwei-stations"), ids(r.published()));
        assertEquals(List.of(), r.held());
    }

    @Test
    void holdsADraftAndItsTranslationAndListsThem() throws IOException {
        write("000_r1/kunshan-schools.md", article("kunshan-schools", "draft: true\n"));
        write("000_r1/kunshan-schools.en.md", "---\nid: kunshan-schools\nlang: en\ntitle: Kunshan\n---\n\nText.\n");
        LoadedContent r = check(content);
        assertTrue(r.ok());
        assertEquals(List.of("wuwei-stations"), ids(r.published()));
        assertEquals(List.of("its Chinese article is held (draft: true)", "draft: true"),
                r.held().stream().map(LoadedContent.Held::reason).toList());
        assertFinding(r, "kunshan-schools.md", 0, Severity.INFO, "not published yet: draft: true");
    }

    @Test
    void showsHeldArticlesMarkedAsDraftsWhenDraftsAreAskedFor() throws IOException {
        write("000_r1/kunshan-schools.md", article("kunshan-schools", "publish_after: 2026-12-05\n"));
        LoadedContent r = loader.load(content, TODAY.withDrafts(true));
        assertEquals(List.of("kunshan-schools", "wuwei-stations"), ids(r.published()));
        assertTrue(r.published().get(0).draft());
        assertFalse(r.published().get(1).draft());
        assertEquals(1, r.held().size());
    }

    @Test
    void holdsAnArticleUntilItsPublishAfterDayInChina() throws IOException {
        write("000_r1/kunshan-schools.md", article("kunshan-schools", "publish_after: 2026-12-05\n"));
        assertEquals(List.of("wuwei-stations"), ids(check(content).published()));
        LoadedContent due = loader.load(content, new Publication(java.time.LocalDate.of(2026, 12, 5), false));
        assertEquals(List.of("kunshan-schools", "wuwei-stations"), ids(due.published()));
    }

    @Test
    void holdsAnUnfinishedTranslationButPublishesItsChineseArticle() throws IOException {
        write("000_r1/kunshan-schools.en.md", "---\nid: kunshan-schools\nlang: en\ntitle: Kunshan\n---\n\nDone.\n\n"
                + TranslationDraft.NOTES_HEADING + "\n\n- 社工: social worker\n");
        LoadedContent r = check(content);
        assertTrue(r.ok());
        assertEquals(List.of("kunshan-schools", "wuwei-stations"), ids(r.published()));
        assertEquals(List.of("unfinished translation draft"), r.held().stream().map(LoadedContent.Held::reason).toList());
    }

    @Test
    void refusesAPublishAfterThatIsNoDayAndADraftThatIsNoFlag() throws IOException {
        write("000_r1/p.md", article("p", "publish_after: next week\n"));
        write("000_r1/q.md", article("q", "draft: maybe\n"));
        LoadedContent r = check(content);
        assertFinding(r, "p.md", 5, Severity.ERROR, "publish_after 'next week' must be YYYY-MM-DD");
        assertFinding(r, "q.md", 5, Severity.ERROR, "'draft' must be true or false, not 'maybe'");
    }

    @Test
    void refusesAnIdOrReportThatWouldLeaveTheSite() throws IOException {
        write("000_r1/escape.md", article("../../../escaped", ""));
        write("000_r1/report.md", "---\nid: report-escape\ntitle: 标题\nreport: ../../X\n---\n\n正文。\n");
        LoadedContent r = check(content);
        assertFinding(r, "escape.md", 2, Severity.ERROR, "id '../../../escaped' must be ascii letters");
        assertFinding(r, "report.md", 4, Severity.ERROR, "report '../../X' is not a report id");
        InvalidContentException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidContentException.class,
                r::requireValid);
        assertEquals(2, e.diagnostics().size());
        assertTrue(e.located().endsWith("2 errors in content: nothing was published"), e.located());
    }

    @Test
    void reportsEveryFileThatDoesNotParseNotOnlyTheFirst() throws IOException {
        write("000_r1/a-broken.md", "---\nid: a\ntitle: [unclosed\n---\n\nx\n");
        write("000_r1/b-broken.md", "---\nid: b\n---\n\nx\n");
        LoadedContent r = check(content);
        assertFinding(r, "a-broken.md", 4, Severity.ERROR, "not valid YAML");
        assertFinding(r, "b-broken.md", 1, Severity.ERROR, "lacks 'title'");
        assertEquals(List.of("kunshan-schools", "wuwei-stations"), ids(r.articles()));
    }

    @Test
    void namesFilesRelativeToTheWorkingDirectory() throws IOException {
        write("000_r1/typo.md", article("typo", "provinse: [甘肃]\n"));
        Diagnostic d = check(content).diagnostics().stream().filter(x -> x.message().contains("provinse"))
                .findFirst().orElseThrow();
        assertEquals(Diagnostic.shown(content.resolve("000_r1/typo.md")) + ":5: warning: unknown key 'provinse'"
                + " (known: " + String.join(", ", FrontMatter.KEYS) + ")", d.located());
    }

    @Test
    void refusesABodyThatNestsBlockQuotesOrListsTooDeepAtItsLine() throws IOException {
        for (String name : List.of("block-quotes-1000-deep", "dash-markers-600-deep", "number-markers-600-deep",
                "indented-list-600-deep")) {
            String body = Files.readString(Path.of("src/test/resources/render/nesting", name + ".md"));
            write("000_r1/" + name + ".md", "---\nid: " + name + "\ntitle: 标题\nreport: 000_r1\n---\n\n" + body);
        }
        LoadedContent r = check(content);
        assertFinding(r, "block-quotes-1000-deep.md", 7, Severity.ERROR, "body nests block quotes or lists 1000 deep (at most 16)");
        assertFinding(r, "dash-markers-600-deep.md", 7, Severity.ERROR, "600 deep");
        assertFinding(r, "number-markers-600-deep.md", 7, Severity.ERROR, "600 deep");
        assertFinding(r, "indented-list-600-deep.md", 7 + 599, Severity.ERROR, "600 deep");
        assertEquals(4, r.count(Severity.ERROR));
    }

    @Test
    void aBodyNestedTooDeepIsNotValidAloneButAFewLevelsAre() throws IOException {
        String deep = Files.readString(Path.of("src/test/resources/render/nesting/dash-markers-600-deep.md"));
        write("000_r1/deep.md", "---\nid: deep\ntitle: 标题\nreport: 000_r1\n---\n\n" + deep);
        write("000_r1/shallow.md", "---\nid: shallow\ntitle: 标题\nreport: 000_r1\n---\n\n> - 一\n>   - 二\n\n1. 甲\n   > 乙\n");
        List<Article> articles = check(content).articles();
        assertFalse(ContentLoader.validAlone(articles.stream().filter(a -> a.id().equals("deep")).findFirst().orElseThrow()));
        assertTrue(ContentLoader.validAlone(articles.stream().filter(a -> a.id().equals("shallow")).findFirst().orElseThrow()));
    }
}
