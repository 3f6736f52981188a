package org.swbulletin.site.search;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs of a sanitised article body, as text: the build's own HTML, so tags and entities are few. */
final class HtmlText {
    private HtmlText() {}

    /** Each block ({@code p}, heading, list item, table row, line break) as a line of text, empty ones dropped. */
    static List<String> paragraphs(String html) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int n = html.length();
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                if (endsBlock(html, i + 1, end)) {
                    flush(line, out);
                }
                i = end;
            } else if (c == '\n') {
                flush(line, out);
            } else {
                line.append(c);
            }
        }
        flush(line, out);
        return out;
    }

    private static boolean endsBlock(String html, int from, int end) {
        String tag = html.substring(from, end).toLowerCase(java.util.Locale.ROOT);
        return tag.equals("/p") || tag.matches("/h[1-6]") || tag.equals("/li") || tag.equals("/tr")
                || tag.equals("/blockquote") || tag.equals("/pre") || tag.startsWith("br");
    }

    private static void flush(StringBuilder line, List<String> out) {
        String t = unescape(line.toString()).strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
        line.setLength(0);
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
