package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnricherTest {

    private static boolean has(List<Figure> figures, String label, String value, String unit) {
        return figures.stream().anyMatch(f -> f.label().equals(label) && f.value().compareTo(new BigDecimal(value)) == 0
                && f.unit().equals(unit));
    }

    @Test
    void enrichesASeedArticleWithBundledDefaultsOnAFreshContentDir(@TempDir Path content) {
        Enrichment e = Enricher.load(content).enrich(ArticleFixtures.load("seed/000-3-inner-mongolia.txt"));
        assertEquals(List.of("内蒙古"), e.provinces());
        assertTrue(e.themes().contains("five-society-linkage"), e.themes().toString());
        assertTrue(has(e.figures(), "社工站", "850", "个"), e.figures().toString());
        assertTrue(has(e.figures(), "持证社工", "12100", "人"), e.figures().toString());
        assertEquals("社会工作人才", e.figures().get(0).label(), "the region's whole workforce ranks first: " + e.figures());
    }

    @Test
    void findsTheKeyFiguresOfSeedArticles(@TempDir Path content) {
        Enricher enricher = Enricher.load(content);
        List<Figure> jinjiang = enricher.enrich(ArticleFixtures.load("seed/001-1-jinjiang.txt")).figures();
        assertTrue(has(jinjiang, "民办社工服务机构", "21", "家"), jinjiang.toString());
        assertTrue(has(jinjiang, "购买社会工作服务", "106000000", "元"), jinjiang.toString());
        List<Figure> hainan = enricher.enrich(ArticleFixtures.load("seed/001-3-hainan.txt")).figures();
        assertTrue(has(hainan, "社工站", "142", "个"), hainan.toString());
        List<Figure> dingxi = enricher.enrich(ArticleFixtures.load("seed/003-3-dingxi.txt")).figures();
        assertTrue(has(dingxi, "持证社工", "337", "人"), dingxi.toString());
    }

    @Test
    void installsDefaultsOnlyWhereMissing(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("_data"));
        Files.writeString(content.resolve(Glossary.FILE), "terms: {社工站: stations}\n");
        List<Path> written = EditorDataDefaults.install(content);
        assertEquals(List.of(content.resolve(ThemeTaxonomy.FILE)), written);
        assertEquals("terms: {社工站: stations}\n", Files.readString(content.resolve(Glossary.FILE)));
        assertTrue(ThemeTaxonomy.load(content).byId("supervision").isPresent());
    }

    @Test
    void usesTheContentDirsOwnTaxonomy(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("_data"));
        Files.writeString(content.resolve(ThemeTaxonomy.FILE),
                "- {id: only-theme, zh: 唯一, en: Only, cues: [社工]}\n");
        Enrichment e = Enricher.load(content).enrich(ArticleFixtures.of("社工", "社工服务。"));
        assertEquals(List.of("only-theme"), e.themes());
    }

    @Test
    void shipsTheBundledDataAsTheProjectsContentData() throws IOException {
        assertEquals(new String(EditorDataDefaults.bytes(EditorDataDefaults.THEMES), "UTF-8"),
                Files.readString(Path.of("content", ThemeTaxonomy.FILE)));
        assertEquals(new String(EditorDataDefaults.bytes(EditorDataDefaults.GLOSSARY), "UTF-8"),
                Files.readString(Path.of("content", Glossary.FILE)));
    }
}
