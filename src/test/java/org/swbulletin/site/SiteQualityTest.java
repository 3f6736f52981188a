package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks a build of the fixture content: valid HTML, working links, no script injection, honest English pages. */
class SiteQualityTest {
    @TempDir
    static Path tmp;
    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        FixtureSite.build(site);
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Document parse(String rel) {
        return Jsoup.parse(FixtureSite.read(site.resolve(rel)));
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        assertFalse(checker.check("broken-example",
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><ul><p>x</ul></body></html>").isEmpty(),
                "the checker reports errors on a broken page");
        assertTrue(pages.size() > 50, "fixture site has all its pages");
        assertEquals(List.of(), checker.check(site, pages));
    }

    @Test
    void everyInternalLinkAndAssetResolvesToAFile() {
        String base = "/bulletin/";
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Document doc = Jsoup.parse(FixtureSite.read(page));
            for (Element e : doc.select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("https://test.example.org/bulletin/")) {
                    ref = ref.substring("https://test.example.org".length());
                }
                if (ref.startsWith("#")) {
                    if (doc.getElementById(ref.substring(1)) == null) broken.add(page + ": " + ref);
                    continue;
                }
                URI uri = URI.create(ref);
                if (uri.isAbsolute()) {
                    continue;
                }
                String path = uri.getPath();
                if (!path.startsWith(base)) {
                    broken.add(site.relativize(page) + ": not under the base path: " + ref);
                    continue;
                }
                Path target = site.resolve(path.substring(base.length()));
                if (path.endsWith("/")) {
                    target = target.resolve("index.html");
                }
                if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(page) + ": " + ref);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void anArticlePageShowsTheFiguresItsProvinceReportedBeforeIt() {
        Element box = parse("articles/kunming-anti-drug/index.html").selectFirst("aside .figures-box");
        assertEquals("云南此前报道的数据", box.selectFirst("h2").text());
        assertEquals("专业委员会", box.selectFirst("dt").text());
        assertEquals("/bulletin/articles/dali-training-base/", box.selectFirst("a.from").attr("href"));
        assertEquals("Earlier figures: Yunnan", parse("en/articles/kunming-anti-drug/index.html")
                .selectFirst("aside .figures-box h2").text());
        assertTrue(parse("articles/dali-training-base/index.html").select("aside .figures-box").isEmpty(),
                "nothing was reported in Yunnan before the oldest article");
        assertTrue(parse("provinces/yunnan/index.html").select("aside .figures-box dt").text().contains("持证社工"),
                "the province page has its latest figures");
    }

    @Test
    void everyPageCarriesTheSidebarOfItsLanguageInItsOwnMarkup() {
        Map<String, String> sidebars = new HashMap<>();
        for (Path page : pages) {
            String rel = site.relativize(page).toString().replace('\\', '/');
            Document doc = Jsoup.parse(FixtureSite.read(page));
            assertTrue(doc.select("iframe, frame").isEmpty(), rel + ": no frame");
            Element shared = doc.selectFirst("aside.sidebar .site-counts");
            assertNotNull(shared, rel);
            String lang = rel.startsWith("en/") ? "en" : "zh";
            assertEquals(sidebars.computeIfAbsent(lang, k -> shared.outerHtml()), shared.outerHtml(),
                    rel + ": the same sidebar as every other page of its language");
        }
        Document zh = parse("index.html");
        assertNotNull(zh.selectFirst("aside.sidebar a[href=/bulletin/provinces/]"), "a link to the map");
        Element gansu = zh.selectFirst("aside.sidebar a[href=/bulletin/provinces/gansu/]");
        assertNotNull(gansu, "provinces with counts, linked");
        assertTrue(gansu.parent().selectFirst(".n").text().matches("\\d+"));
        assertNotNull(zh.selectFirst("aside.sidebar a[href^=/bulletin/themes/]"), "themes with counts, linked");
        assertNotNull(zh.selectFirst("aside.sidebar a[href^=/bulletin/reports/]"), "the reports");
        assertFalse(Files.exists(site.resolve("sidebar")), "no page of its own");
    }

    @Test
    void pagesLinkNothingOutsideTheSiteExceptArticleLinks() {
        for (Path page : pages) {
            Document doc = Jsoup.parse(FixtureSite.read(page));
            for (Element e : doc.select("[src]")) {
                assertTrue((e.is("iframe.pane") || e.is("script") && e.attr("src").startsWith("/bulletin/assets/"))
                        && e.attr("src").startsWith("/bulletin/"),
                        page + " loads nothing but the site's own sidebar page and scripts: " + e);
            }
            for (Element link : doc.select("link[href]")) {
                assertFalse(link.attr("rel").equals("stylesheet") && link.attr("href").startsWith("http"),
                        page + " loads no external stylesheet");
            }
        }
    }

    @Test
    void scriptInTitleBodyCaptionAndFiguresNeverBecomesAnElement() {
        for (String rel : List.of("articles/script-title/index.html", "en/articles/script-title/index.html",
                "index.html", "reports/002_fixture/index.html", "provinces/gansu/index.html", "stats/index.html")) {
            Document doc = parse(rel);
            for (Element s : doc.select("script")) {
                assertEquals("application/ld+json", s.attr("type"), rel + " has only JSON-LD scripts");
                assertFalse(s.data().contains("<"), rel + " JSON-LD has no raw markup");
            }
            assertTrue(doc.select("[onerror], [onclick], img, b, i").isEmpty(), rel + " has no injected markup");
            assertTrue(doc.select("a[href^=javascript]").isEmpty(), rel + " has no javascript: links");
        }
        Document zh = parse("articles/script-title/index.html");
        assertTrue(zh.select("h1").text().contains("<script>alert('title')</script>"), "title shown as text");
        assertTrue(zh.select(".body").text().contains("<script>alert('body')</script>"), "body shown as text");
    }

    @Test
    void englishPageOfAnUntranslatedArticleSaysSoAndMarksTheChineseText() {
        Document doc = parse("en/articles/kunming-anti-drug/index.html");
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("Two hundred experts meet in Kunming on anti-drug social work", doc.selectFirst("h1").text());
        assertNotNull(doc.selectFirst(".pending"), "translation pending note");
        assertTrue(doc.selectFirst(".pending").text().contains("Translation pending"));
        Element body = doc.selectFirst(".body");
        assertEquals("zh-CN", body.attr("lang"));
        assertTrue(body.text().contains("禁毒社会工作发展交流会"));
        assertTrue(doc.select(".facts").text().contains("Kunming"), "places in English");
        assertTrue(doc.select(".facts").text().contains("30 June 2023"), "date in English");
        assertTrue(doc.select(".figures").text().contains("over 12,100 people"), "figures in English");
    }

    @Test
    void englishTitleIsComposedFromPlaceAndThemesWhenNoEditorGaveOne() {
        Document doc = parse("en/articles/national-federation/index.html");
        assertEquals("China: conferences and events", doc.selectFirst("h1").text());
        assertEquals("zh-CN", doc.selectFirst(".original-title span").attr("lang"));
        assertNotNull(doc.selectFirst(".pending"));
    }

    @Test
    void translatedArticleShowsTheTranslationInEnglish() {
        Document doc = parse("en/articles/dali-training-base/index.html");
        assertEquals("Social work training base opens at Dali University", doc.selectFirst("h1").text());
        assertTrue(doc.select(".pending").isEmpty(), "no pending note on a translation");
        Element body = doc.selectFirst(".body");
        assertFalse(body.hasAttr("lang"), "the translation is English like the page");
        assertTrue(body.text().contains("27 specialised committees"));
        assertTrue(doc.select(".facts").text().contains("China Federation of Social Work"), "outlet from glossary");
        // Measured on the English text, and not said to be the Chinese original's.
        int minutes = org.swbulletin.render.ReadingTime.minutes(body.wholeText());
        assertEquals("About " + minutes + " min read", doc.selectFirst(".minutes").text());
        assertEquals("About 1 min read (Chinese original)",
                parse("en/articles/kunming-anti-drug/index.html").selectFirst(".minutes").text().replaceAll("\\d+", "1"));
    }

    @Test
    void everyPageHasItsLanguageASwitcherAndHreflangPairs() {
        for (Path page : pages) {
            String rel = site.relativize(page).toString().replace('\\', '/');
            boolean en = rel.startsWith("en/");
            Document doc = Jsoup.parse(FixtureSite.read(page));
            assertEquals(en ? "en" : "zh-CN", doc.selectFirst("html").attr("lang"), rel);
            if (doc.body().hasClass("pane")) {
                continue; // the shared sidebar, seen only inside the pages that frame it
            }
            String other = en ? rel.substring(3) : "en/" + rel;
            String switchHref = doc.selectFirst("a.switch").attr("href");
            assertEquals("/bulletin/" + other.replaceFirst("index\\.html$", ""), switchHref, rel + " switcher");
            if (doc.selectFirst("meta[name=robots][content=noindex]") != null) {
                continue; // 404 and the editors' translation status page are not for search engines
            }
            String zhUrl = "https://test.example.org/bulletin/" + (en ? other : rel).replaceFirst("index\\.html$", "");
            String enUrl = "https://test.example.org/bulletin/" + (en ? rel : other).replaceFirst("index\\.html$", "");
            assertEquals(zhUrl, doc.selectFirst("link[hreflang=zh-CN]").attr("href"), rel);
            assertEquals(enUrl, doc.selectFirst("link[hreflang=en]").attr("href"), rel);
            assertEquals(zhUrl, doc.selectFirst("link[hreflang=x-default]").attr("href"), rel);
            assertEquals(en ? enUrl : zhUrl, doc.selectFirst("link[rel=canonical]").attr("href"), rel);
        }
    }

    @Test
    void articlePagesCarryOpenGraphAndNewsArticleJsonLd() {
        Document doc = parse("articles/dali-training-base/index.html");
        assertEquals("article", doc.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("https://test.example.org/bulletin/articles/dali-training-base/",
                doc.selectFirst("meta[property=og:url]").attr("content"));
        String json = doc.selectFirst("script[type=application/ld+json]").data();
        assertTrue(json.contains("\"@type\":\"NewsArticle\""));
        assertTrue(json.contains("\"datePublished\":\"2023-06-29\""));
    }

    @Test
    void reportPageListsArticlesInPrintedOrderUnderTheirRubric() {
        Document doc = parse("reports/001_fixture/index.html");
        assertEquals("聚焦人才", doc.selectFirst(".rubric h2").text());
        List<String> titles = doc.select(".card h3").eachText();
        assertEquals(List.of("社会工作培训基地落户大理大学", "两百余名专家学者聚首昆明 共同推动禁毒社会工作高质量发展"), titles);
    }

    @Test
    void feedsAndSitemapUseTheBaseUrlAndArticleDates() {
        String feed = FixtureSite.read(site.resolve("feed.xml"));
        assertTrue(feed.contains("<updated>2023-07-15T00:00:00Z</updated>"), "feed updated from the newest article");
        assertTrue(feed.contains("https://test.example.org/bulletin/articles/dali-training-base/"));
        assertTrue(Files.isRegularFile(site.resolve("en/provinces/yunnan/feed.xml")));
        String sitemap = FixtureSite.read(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://test.example.org/bulletin/en/stats/</loc>"));
        assertTrue(sitemap.contains("hreflang=\"x-default\" href=\"https://test.example.org/bulletin/stats/\""));
        assertFalse(sitemap.contains("404"));
        assertTrue(FixtureSite.read(site.resolve("robots.txt")).contains("https://test.example.org/bulletin/sitemap.xml"));
    }
}
