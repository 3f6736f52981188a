package org.swbulletin.bench;

import org.swbulletin.Diagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.Diagnostic.Severity;
import org.swbulletin.content.Article;
import org.swbulletin.content.ContentLoader;
import org.swbulletin.content.LoadedContent;
import org.swbulletin.content.Publication;
import org.swbulletin.content.ContentStore;
import org.swbulletin.content.FrontMatter;
import org.swbulletin.content.Fixtures;
import org.swbulletin.enrich.ThemeTaxonomy;

class SyntheticCorpusTest {
    @TempDir
    Path tmp;

    private int corpora;

    private SyntheticCorpus corpus(long seed) {
        Path content = Fixtures.validContent(tmp.resolve("data-" + corpora++));
        return new SyntheticCorpus(seed, Fixtures.gazetteer(), ThemeTaxonomy.load(content).themes());
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void writesTheSameBytesForTheSameSeed() throws IOException {
        corpus(7).write(tmp.resolve("a"), 60);
        corpus(7).write(tmp.resolve("b"), 60);
        corpus(8).write(tmp.resolve("c"), 60);
        assertEquals(files(tmp.resolve("a")), files(tmp.resolve("b")));
        assertNotEquals(files(tmp.resolve("a")), files(tmp.resolve("c")));
    }

    @Test
    void writesSixArticlesPerReportAndAboutThirtyPercentTranslations() {
        SyntheticCorpus.Stats s = corpus(1).write(tmp.resolve("c"), 600);
        assertEquals(600, s.articles());
        assertEquals(100, s.reports());
        assertTrue(s.translations() > 140 && s.translations() < 220, "translations: " + s.translations());
    }

    @Test
    void writesArticlesThatParseBackAndPassCheck() {
        Path content = Fixtures.validContent(tmp.resolve("c"));
        corpus(3).write(content, 120);
        LoadedContent r = new ContentLoader(Fixtures.gazetteer()).load(content, Publication.asOfToday());
        assertEquals(List.of(), r.diagnostics().stream().filter(p -> p.severity() != Severity.INFO)
                .map(Diagnostic::located).toList());
        assertEquals(122, r.originals());
        List<Article> all = new ContentStore(content).loadAll();
        for (Article a : all) {
            assertEquals(a, FrontMatter.parse(FrontMatter.write(a), a.file()).toBuilder().file(a.file()).build());
        }
    }

    @Test
    void writesBodiesOfRealisticLengthWithSubheadingsAndFigures() {
        SyntheticCorpus c = corpus(5);
        int withSubheadings = 0;
        int withFigures = 0;
        for (int i = 0; i < 200; i++) {
            Article a = c.article(i);
            int chars = a.body().replaceAll("[\\s#]", "").length();
            assertTrue(chars >= 600 && chars <= 2500, a.id() + ": " + chars + " characters");
            if (a.body().contains("\n## ")) withSubheadings++;
            if (!a.figures().isEmpty()) withFigures++;
            a.figures().forEach(f -> assertTrue(a.body().contains(f.text()), f.text()));
        }
        assertTrue(withSubheadings > 60, "with subheadings: " + withSubheadings);
        assertTrue(withFigures > 100, "with figures: " + withFigures);
    }

    @Test
    void spreadsProvincesUnevenlyAndTagsSomeArticlesNational() {
        SyntheticCorpus c = corpus(9);
        Map<String, Integer> counts = new HashMap<>();
        int national = 0;
        for (int i = 0; i < 600; i++) {
            Article a = c.article(i);
            if (a.provinces().isEmpty()) national++;
            else counts.merge(a.provinces().get(0), 1, Integer::sum);
        }
        assertTrue(national > 30 && national < 120, "national: " + national);
        int max = counts.values().stream().max(Integer::compare).orElse(0);
        int min = counts.values().stream().min(Integer::compare).orElse(0);
        assertTrue(max > 2 * min, counts.toString());
    }

    @Test
    void addsTheNextReportAndEditsAnArticleMakingItsTranslationStale() throws IOException {
        Path content = Fixtures.validContent(tmp.resolve("c"));
        SyntheticCorpus c = corpus(2);
        c.write(content, 60);
        SyntheticCorpus.Stats added = c.addReport(content, 60);
        assertEquals(6, added.articles());
        assertEquals(1, added.reports());
        assertTrue(Files.isDirectory(content.resolve(c.reportId(10))));

        int translatedIndex = 0;
        while (!Files.exists(content.resolve(c.article(translatedIndex).file().toString().replace(".md", ".en.md")))) {
            translatedIndex++;
        }
        Path edited = c.editArticle(content, translatedIndex);
        assertTrue(Files.readString(edited).contains("编辑补充"));
        LoadedContent r = new ContentLoader(Fixtures.gazetteer()).load(content, Publication.asOfToday());
        assertEquals(1, r.stale());
    }

    @Test
    void writesRawReportsInTheSeedsStyle() throws IOException {
        SyntheticReports reports = new SyntheticReports(corpus(4), 4);
        assertEquals(reports.report(3), new SyntheticReports(corpus(4), 4).report(3));
        long bytes = reports.write(tmp.resolve("seeds"), 200_000);
        assertTrue(bytes >= 200_000);
        String all = String.join("\n", files(tmp.resolve("seeds")).values());
        assertTrue(all.contains("(据") || all.contains("（据"));
        assertTrue(all.contains("  \n") || all.contains("  \r\n"), "two-line titles");
        assertTrue(all.contains("\n# ") && all.contains("\n## ") && all.contains("\n### "));
        assertTrue(all.contains("图为"), "captions between cut paragraphs");
        assertFalse(all.contains("---\n"), "no front matter in raw reports");
    }
}
