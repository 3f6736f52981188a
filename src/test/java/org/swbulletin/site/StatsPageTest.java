package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 4: the statistics page is a dashboard, not a dump of every number twice. */
class StatsPageTest {
    private static final List<String> LANGS = List.of("", "en/");

    @TempDir
    Path tmp;

    @Test
    void theFirstScreenHasTheTotalsTheTimelineOneMapAndTheThemes() throws IOException {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        for (String lang : LANGS) {
            Element main = main(out, lang + "stats/index.html");
            List<Element> totals = main.select("dl.totals > div");
            assertEquals(6, totals.size(), lang);
            assertEquals("5", totals.get(0).selectFirst("dd").text(), lang + ": the fixture's five articles");
            assertFalse(main.select(".timeline .cols span").isEmpty(), lang);
            assertEquals(1, main.select("svg.tilemap").size(), lang + ": the tile map once");
            assertFalse(main.select("ol.hbars li a[href]").isEmpty(), lang);
            assertTrue(main.select("section").first().select("h2").first().text().length() > 0);
        }
    }

    @Test
    void whenMostArticlesAreUndatedTheTimelineCountsArticlesPerReportInPrintedOrder() throws IOException {
        Path out = fixtureBuiltAfter(content -> {
            try (var files = Files.walk(content)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    Files.writeString(f, Files.readString(f).replaceAll("(?m)^date: .*\n", ""));
                }
            }
        });
        Element main = main(out, "stats/index.html");
        assertEquals(2, main.select(".timeline .cols span").size(), "one column per report");
        assertEquals("第1期", main.selectFirst(".timeline .axis span").text());
        assertTrue(main.select("p.note").isEmpty(), "every article is counted");
    }

    @Test
    void everyTableIsAnAlternativeFoldedInDetails() throws IOException {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        for (String lang : LANGS) {
            Element main = main(out, lang + "stats/index.html");
            assertFalse(main.select("table").isEmpty(), lang);
            for (Element table : main.select("table")) {
                assertFalse(table.parents().select("details").isEmpty(), lang + ": a table outside <details>");
            }
        }
    }

    @Test
    void eachArticleIsLinkedOnceInAGroupAndItsFiguresStandBesideIt() throws IOException {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        for (String lang : LANGS) {
            Element main = main(out, lang + "stats/index.html");
            List<Element> groups = main.select(".group");
            assertFalse(groups.isEmpty(), lang);
            for (Element g : groups) {
                Set<String> seen = new HashSet<>();
                for (Element a : g.select("> ul > li > a")) {
                    assertTrue(seen.add(a.attr("href")), lang + ": " + a.attr("href") + " twice in a group");
                }
                assertTrue(g.select(".chips a").isEmpty(), "figures carry no link of their own");
                assertFalse(g.select(".chips li strong").isEmpty());
            }
        }
    }

    @Test
    void nationalNewsIsItsOwnGroupFirst() throws IOException {
        Path out = fixtureBuiltAfter(content -> {
            Path national = content.resolve("002_fixture/national-federation.md");
            Files.writeString(national, Files.readString(national).replace("themes: [conferences]\n",
                    "themes: [conferences]\nfigures:\n  - {label: 社工站, value: 29000, unit: 个, text: \"全国已建成乡镇（街道）社工站2.9万个\"}\n"));
        });
        Element zh = main(out, "stats/index.html");
        Element first = zh.selectFirst(".groupset .group");
        assertEquals("全国", first.selectFirst("h4 a").text());
        assertTrue(first.selectFirst("h4 a").attr("href").endsWith("/provinces/national/"));
        assertTrue(first.text().contains("2.9万个"), first.text());
        assertEquals("National", main(out, "en/stats/index.html").selectFirst(".groupset .group h4 a").text());
    }

    @Test
    void theStatisticsAndAboutPagesLinkTheOpenDataInBothLanguages() throws IOException {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        for (String lang : LANGS) {
            for (String page : List.of("stats/index.html", "about/index.html")) {
                Set<String> hrefs = new HashSet<>(main(out, lang + page).select("ul.downloads a").eachAttr("href"));
                for (String f : List.of("articles.csv", "articles.json", "figures.csv", "figures.json")) {
                    assertTrue(hrefs.contains("/bulletin/data/" + f), lang + page + " links " + f + ": " + hrefs);
                    assertTrue(Files.exists(out.resolve("data/" + f)));
                }
            }
        }
    }

    @Test
    void theTileMapAppearsOnceOnTheStatisticsAndProvincePagesAndTheSidebarCarriesNone() throws IOException {
        Path out = fixtureBuiltAfter(content -> { });
        for (String lang : LANGS) {
            for (String page : List.of("stats/index.html", "provinces/index.html", "index.html")) {
                Document d = Jsoup.parse(out.resolve(lang + page).toFile(), "UTF-8");
                assertEquals(page.equals("index.html") ? 0 : 1, d.select("svg.tilemap").size(), lang + page);
                assertFalse(d.select("aside .total").isEmpty(), lang + page + ": the sidebar is there");
            }
        }
    }

    /** An edit of a copy of the fixture's content. */
    private interface ContentEdit {
        void apply(Path content) throws IOException;
    }

    /** The fixture site built from a copy of its content with an edit made. */
    private Path fixtureBuiltAfter(ContentEdit edit) throws IOException {
        Path content = tmp.resolve("content");
        FixtureSite.copyTree(FixtureSite.CONTENT, content);
        edit.apply(content);
        Path out = tmp.resolve("site");
        FixtureSite.build(content, FixtureSite.TEMPLATES, out);
        return out;
    }

    private static Element main(Path site, String page) throws IOException {
        Document d = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
        return d.selectFirst("main");
    }
}
