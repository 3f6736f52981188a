package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English pages tell readers how current a translation is, and editors see every article's translation state. */
class TranslationPagesTest {
    private static final String ARTICLE = "en/articles/dali-training-base/index.html";

    @TempDir
    Path tmp;

    private Path content() {
        Path content = tmp.resolve("content");
        FixtureSite.copyTree(FixtureSite.CONTENT, content);
        return content;
    }

    private static Document page(Path site, String rel) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(rel)));
    }

    private static String stateOf(Document status, String id) {
        for (Element row : status.select("tbody tr")) {
            if (row.select("code").text().equals(id)) {
                return row.className();
            }
        }
        throw new AssertionError("no row for " + id);
    }

    @Test
    void aCurrentTranslationIsShownWithoutAnOutOfDateNote() throws IOException {
        Path site = tmp.resolve("site");
        FixtureSite.build(content(), FixtureSite.TEMPLATES, site);
        Document en = page(site, ARTICLE);
        assertNotNull(en.selectFirst("p.translated"));
        assertTrue(en.select(".pending").isEmpty());
        assertEquals("state-translated", stateOf(page(site, "translations/index.html"), "dali-training-base"));
    }

    @Test
    void aTranslationOfAnEarlierChineseTextIsMarkedOutOfDate() throws IOException {
        Path content = content();
        Path zh = content.resolve("001_fixture/dali-training-base.md");
        Files.writeString(zh, Files.readString(zh).stripTrailing() + "\n\n新增的一段中文。\n");
        Path site = tmp.resolve("site");
        FixtureSite.build(content, FixtureSite.TEMPLATES, site);
        Element note = page(site, ARTICLE).selectFirst(".pending");
        assertNotNull(note);
        assertTrue(note.text().contains("out of date"), note.text());
        assertEquals("state-stale", stateOf(page(site, "en/translations/index.html"), "dali-training-base"));
    }

    @Test
    void theStatusPageListsUntranslatedArticlesAndStaysOutOfNavigationAndSearch() throws IOException {
        Path site = tmp.resolve("site");
        FixtureSite.build(content(), FixtureSite.TEMPLATES, site);
        Document status = page(site, "translations/index.html");
        assertEquals("state-pending", stateOf(status, "kunming-anti-drug"));
        assertNotNull(status.selectFirst("meta[name=robots][content=noindex]"));
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("translations/"));
        assertTrue(page(site, "index.html").select("a[href*=translations]").isEmpty());
    }

    @Test
    void aTranslationWithoutCaptionsKeepsTheChineseOnesMarkedAsChinese() throws IOException {
        Path site = tmp.resolve("site");
        FixtureSite.build(content(), FixtureSite.TEMPLATES, site);
        Element captions = page(site, ARTICLE).selectFirst("section.captions ul");
        assertNotNull(captions);
        assertEquals("zh-CN", captions.attr("lang"));
        assertTrue(captions.text().contains("揭牌仪式现场"), captions.text());
    }

    @Test
    void aTranslationsOwnCaptionsReplaceTheChineseOnesOnTheEnglishPage() throws IOException {
        Path content = content();
        Path en = content.resolve("001_fixture/dali-training-base.en.md");
        Files.writeString(en, Files.readString(en).replaceFirst("\nsource_fingerprint:",
                "\ncaptions:\n  - The unveiling ceremony\nsource_fingerprint:"));
        Path site = tmp.resolve("site");
        FixtureSite.build(content, FixtureSite.TEMPLATES, site);
        Element captions = page(site, ARTICLE).selectFirst("section.captions ul");
        assertNotNull(captions);
        assertFalse(captions.hasAttr("lang"));
        assertEquals("The unveiling ceremony", captions.text());
        assertTrue(page(site, "articles/dali-training-base/index.html").selectFirst("section.captions ul").text()
                .contains("揭牌仪式现场"));
    }
}
