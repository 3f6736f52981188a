package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.render.TileMap;

/**
 * The English edition reads as English: on every English page of a built site, a Chinese character stands only inside
 * an element marked {@code lang="zh…"} (the Chinese text of an untranslated article, a Chinese headline, the link to
 * the Chinese edition), in text and in the attributes readers meet (titles, descriptions, labels, alt text).
 */
class BilingualCompletenessTest {
    private static final List<String> READ_ATTRIBUTES = List.of("content", "title", "alt", "aria-label", "placeholder");

    @TempDir
    Path tmp;

    @Test
    void theShippedBulletinsEnglishPagesHaveNoChineseOutsideMarkedElements() throws IOException {
        Path site = tmp.resolve("site");
        new SiteBuilder(Gazetteer.bundled(), TileMap.bundled(), 2).build(Paths.get("content"), FixtureSite.TEMPLATES,
                site);
        assertEquals(List.of(), unmarkedChinese(site));
    }

    @Test
    void theFixtureSitesEnglishPagesHaveNoChineseOutsideMarkedElements() throws IOException {
        Path site = tmp.resolve("site");
        FixtureSite.build(site);
        assertEquals(List.of(), unmarkedChinese(site));
    }

    @Test
    void theCheckFindsChineseThatIsNotMarked() {
        Document doc = Jsoup.parse("<html lang=en><head><title>Home</title><meta name=description content=社工></head>"
                + "<body><p lang=zh-CN>社工站 <b>站</b></p><p>A station 站</p></body></html>");
        List<String> found = new ArrayList<>();
        collect("x.html", doc, found);
        assertEquals(List.of("x.html: <p> A station 站", "x.html: <meta content> 社工"), found);
    }

    private static List<String> unmarkedChinese(Path site) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site.resolve("en"))) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 20, "the English edition was built");
        for (Path page : pages) {
            collect(site.relativize(page).toString(), Jsoup.parse(FixtureSite.read(page)), found);
        }
        return found;
    }

    private static void collect(String rel, Document doc, List<String> found) {
        List<String> attributes = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (marked(e)) {
                continue;
            }
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t && hasHan(t.text())) {
                    found.add(rel + ": <" + e.tagName() + "> " + t.text().strip());
                }
            }
            for (Attribute a : e.attributes()) {
                if (READ_ATTRIBUTES.contains(a.getKey()) && hasHan(a.getValue())) {
                    attributes.add(rel + ": <" + e.tagName() + " " + a.getKey() + "> " + a.getValue());
                }
            }
        }
        found.addAll(attributes);
    }

    /** True when the element or an ancestor is marked as Chinese. */
    private static boolean marked(Element e) {
        for (Element cur = e; cur != null; cur = cur.parent()) {
            if (cur.hasAttr("lang")) {
                return cur.attr("lang").startsWith("zh");
            }
        }
        return false;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
