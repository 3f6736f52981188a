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
        int i = 0;
        while (i < n) {
            // The text up to the next tag or line break, appended at once.
            int j = i;
            char c = 0;
            while (j < n && (c = html.charAt(j)) != '<' && c != '\n') {
                j++;
            }
            line.append(html, i, j);
            if (j == n) {
                break;
            }
            if (c == '\n') {
                flush(line, out);
                i = j + 1;
                continue;
            }
            int end = html.indexOf('>', j);
            if (end < 0) {
                break;
            }
            if (endsBlock(html, j + 1, end)) {
                flush(line, out);
            }
            i = end + 1;
        }
        flush(line, out);
        return out;
    }

    private static boolean endsBlock(String html, int from, int end) {
        if (end - from >= 2 && (html.charAt(from) | 0x20) == 'b' && (html.charAt(from + 1) | 0x20) == 'r') {
            return true;
        }
        if (html.charAt(from) != '/') {
            return false;
        }
        String tag = html.substring(from + 1, end).toLowerCase(java.util.Locale.ROOT);
        return switch (tag) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "pre" -> true;
            default -> false;
        };
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
