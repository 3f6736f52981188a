package org.swbulletin.site;

import org.swbulletin.render.XmlText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.swbulletin.Lang;

/** {@code sitemap.xml} with each page's language versions as hreflang alternates, and {@code robots.txt}. */
public final class Sitemap {
    private Sitemap() {}

    /**
     * The sitemap's bytes.
     *
     * @param rels    relative paths of the listed pages, each existing in both languages, in a stable order
     * @param baseUrl the site's absolute base URL, ending with {@code /}
     */
    public static byte[] write(List<String> rels, String baseUrl) {
        StringBuilder s = new StringBuilder(256 + rels.size() * 520);
        s.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/"
                + "sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String rel : rels) {
            String zh = baseUrl + Lang.ZH.prefix() + rel;
            String en = baseUrl + Lang.EN.prefix() + rel;
            for (String loc : List.of(zh, en)) {
                s.append("<url><loc>").append(XmlText.escape(loc)).append("</loc>")
                        .append(alternate(Lang.ZH.htmlLang(), zh)).append(alternate(Lang.EN.htmlLang(), en))
                        .append(alternate("x-default", zh)).append("</url>\n");
            }
        }
        s.append("</urlset>\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String alternate(String lang, String href) {
        return "<xhtml:link rel=\"alternate\" hreflang=\"" + lang + "\" href=\"" + XmlText.escape(href) + "\"/>";
    }

    /** {@code robots.txt}: everything may be crawled; the sitemap is named. */
    public static byte[] robots(String baseUrl) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }
}
