package org.swbulletin.site.search;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs of a sanitised article body, as text: the build's own HTML, so tags and entities are few. */
final class HtmlText {
    private HtmlText() {}

    /** Each block ({@code p}, heading, list item, table cell row) as a line of text, empty ones dropped. */
    static List<String> paragraphs(String html) {
        String s = html.replaceAll("(?i)</(p|h[1-6]|li|tr|blockquote|pre)>|<br\\s*/?>", "\n")
                .replaceAll("<[^>]*>", "");
        List<String> out = new ArrayList<>();
        for (String line : s.split("\n")) {
            String t = unescape(line).strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
