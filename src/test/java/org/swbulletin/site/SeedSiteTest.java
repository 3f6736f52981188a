package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.render.TileMap;

/** The site built from the committed content of the five seed reports, with the bundled gazetteer. */
class SeedSiteTest {
    @TempDir
    Path tmp;

    @Test
    void seedSitePassesTheNuHtmlCheckerAndEveryInternalLinkResolves() throws Exception {
        Path content = Path.of("content");
        Path site = tmp.resolve("site");
        BuildSummary summary = new SiteBuilder(Gazetteer.bundled(), TileMap.bundled(), 2)
                .build(content, Path.of("templates"), site);
        assertTrue(summary.articles() >= 17, summary.line());
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertEquals(List.of(), new HtmlChecker().check(site, pages));
        String basePath = java.net.URI.create(org.swbulletin.render.SiteSettings.load(content).baseUrl()).getPath();
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Document doc = Jsoup.parse(Files.readString(page));
            for (Element e : doc.select("a[href], link[rel=stylesheet]")) {
                String href = e.attr("href");
                if (!href.startsWith("/")) {
                    continue;
                }
                Path target = site.resolve(href.substring(basePath.length()));
                if (href.endsWith("/")) {
                    target = target.resolve("index.html");
                }
                if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(page) + ": " + href);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyProvinceOfTheBundledGazetteerHasATileOnTheMap() {
        TileMap map = TileMap.bundled();
        List<String> missing = Gazetteer.bundled().provinces().stream().map(d -> d.code() + " " + d.name())
                .filter(c -> !map.tiles().containsKey(c.substring(0, 6))).toList();
        assertEquals(List.of(), missing);
        assertEquals(34, map.tiles().size());
    }
}
