package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.Article;
import org.swbulletin.render.ArticleView;
import org.swbulletin.render.Card;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The feeds and the sitemap of a fixture build, read back with a real XML parser. */
class FeedXmlTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @TempDir
    Path tmp;

    /** A namespace-aware parser that reads no DTD and resolves no external entity. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String ns, String name) {
        NodeList list = parent.getElementsByTagNameNS(ns, name);
        List<Element> direct = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() == parent) {
                direct.add((Element) list.item(i));
            }
        }
        return direct;
    }

    private static void assertAtomFeed(Document doc, String what) {
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI(), what);
        assertEquals("feed", feed.getLocalName(), what);
        for (String required : List.of("id", "title", "updated", "link", "author")) {
            assertFalse(children(feed, ATOM, required).isEmpty(), what + " lacks <" + required + ">");
        }
        List<Element> entries = children(feed, ATOM, "entry");
        assertFalse(entries.isEmpty(), what + " has no entry");
        for (Element e : entries) {
            for (String required : List.of("id", "title", "updated", "link")) {
                assertEquals(1, children(e, ATOM, required).size(), what + ": an entry needs one <" + required + ">");
            }
            assertTrue(children(e, ATOM, "link").get(0).getAttribute("href").startsWith("http"), what);
        }
    }

    @Test
    void theFeedsAndTheSitemapOfABuildAreWellFormedAtomAndSitemapXml() throws Exception {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        assertAtomFeed(parse(Files.readAllBytes(out.resolve("feed.xml"))), "feed.xml");
        assertAtomFeed(parse(Files.readAllBytes(out.resolve("en/feed.xml"))), "en/feed.xml");

        Element urlset = parse(Files.readAllBytes(out.resolve("sitemap.xml"))).getDocumentElement();
        assertEquals(SITEMAP, urlset.getNamespaceURI());
        assertEquals("urlset", urlset.getLocalName());
        List<Element> urls = children(urlset, SITEMAP, "url");
        assertFalse(urls.isEmpty());
        for (Element url : urls) {
            List<Element> loc = children(url, SITEMAP, "loc");
            assertEquals(1, loc.size());
            assertTrue(loc.get(0).getTextContent().startsWith("http"), loc.get(0).getTextContent());
        }
    }

    @Test
    void aDateThatIsMarkupStaysTextInTheFeed() throws Exception {
        Article a = Article.builder().id("a").title("标题").date("<!--<12>10").body("正文。").build();
        Card card = new Card("/articles/a/", "标题", null, null, null, null, List.of(), List.of(), "摘要", false, 1);
        ArticleView v = new ArticleView(a, card, null, null, null, null, null, List.of(), null, List.of(), "", null,
                false, false, List.of(), false, null);
        byte[] xml = AtomFeed.write("zh-CN", "简报", "https://example.org/feed.xml", "https://example.org/",
                x -> "https://example.org/articles/a/", List.of(v), "编辑部");
        Document doc = parse(xml);
        assertAtomFeed(doc, "feed");
        assertEquals("<!--<12>10T00:00:00Z", children(doc.getDocumentElement(), ATOM, "updated").get(0).getTextContent());
    }
}
