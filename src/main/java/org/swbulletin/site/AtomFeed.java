package org.swbulletin.site;

import java.nio.charset.StandardCharsets;
import org.swbulletin.render.XmlText;
import java.util.List;
import java.util.function.Function;
import org.swbulletin.render.ArticleView;
import org.swbulletin.render.DateText;
import org.swbulletin.render.Link;

/**
 * An Atom feed of the newest articles. Timestamps come from the articles' dates, never from the clock, so the same
 * content gives the same bytes.
 */
public final class AtomFeed {
    /** Entries in a feed. */
    static final int ENTRIES = 50;
    /** The instant given to undated articles and empty feeds: fixed, so that builds stay reproducible. */
    static final String EPOCH = "1970-01-01T00:00:00Z";

    private AtomFeed() {}

    /**
     * The feed's bytes.
     *
     * @param lang      the feed's language tag
     * @param title     the feed's title
     * @param self      absolute URL of the feed
     * @param alternate absolute URL of the page the feed follows
     * @param urlOf     the absolute URL of an article's page
     * @param articles  views newest first; the first {@value #ENTRIES} are taken
     */
    public static byte[] write(String lang, String title, String self, String alternate,
                               Function<ArticleView, String> urlOf, List<ArticleView> articles, String author) {
        List<ArticleView> entries = articles.size() > ENTRIES ? articles.subList(0, ENTRIES) : articles;
        String updated = entries.stream().map(v -> DateText.instant(v.article().date())).filter(d -> d != null)
                .max(String::compareTo).orElse(EPOCH);
        StringBuilder s = new StringBuilder(4096 + entries.size() * 800);
        s.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(x(lang)).append("\">\n<title>").append(x(title)).append("</title>\n<id>").append(x(self))
                .append("</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(x(self))
                .append("\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"").append(x(alternate))
                .append("\"/>\n<updated>").append(x(updated)).append("</updated>\n<author><name>").append(x(author))
                .append("</name></author>\n");
        for (ArticleView v : entries) {
            String url = urlOf.apply(v);
            String date = DateText.instant(v.article().date());
            s.append("<entry>\n<title");
            lang(s, v.card().titleLang());
            s.append('>').append(x(v.card().title())).append("</title>\n<id>").append(x(url))
                    .append("</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"").append(x(url))
                    .append("\"/>\n<updated>").append(x(date == null ? EPOCH : date)).append("</updated>\n");
            for (Link t : v.card().themes()) {
                s.append("<category term=\"").append(x(t.text())).append("\"/>\n");
            }
            s.append("<summary type=\"text\"");
            s.append('>').append(x(v.card().summary())).append("</summary>\n</entry>\n");
        }
        s.append("</feed>\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void lang(StringBuilder s, String tag) {
        if (tag != null) {
            s.append(" xml:lang=\"").append(x(tag)).append('"');
        }
    }

    private static String x(String s) {
        return XmlText.escape(s);
    }
}
