package org.swbulletin.site.search;


/** The paragraphs of a sanitised article body, as text: the build's own HTML, so tags and entities are few. */
final class HtmlText {
    private HtmlText() {}

    /** A body's first paragraph, and its other paragraphs one a line. */
    record LeadAndBody(String lead, String body) {}

    /**
     * The first paragraph, and the others joined by line breaks: each block ({@code p}, heading, list item, table row,
     * line break) is a paragraph, stripped, empty ones dropped. Made without a string for each paragraph of the body,
     * which an index of every article allocated by the hundred megabytes.
     */
    static LeadAndBody leadAndBody(String html) {
        String[] lead = {null};
        StringBuilder body = BODY.get();
        body.setLength(0);
        blocks(html, line -> {
            int from = 0;
            int to = line.length();
            while (from < to && Character.isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                return;
            }
            if (lead[0] == null) {
                lead[0] = line.substring(from, to);
            } else {
                if (body.length() > 0) {
                    body.append('\n');
                }
                body.append(line, from, to);
            }
        });
        return new LeadAndBody(lead[0] == null ? "" : lead[0], body.toString());
    }

    /**
     * Each thread's builders, reused: a new one per body started as Latin-1 and was copied again at its first Chinese
     * character.
     */
    private static final ThreadLocal<StringBuilder> BODY = ThreadLocal.withInitial(() -> new StringBuilder("\u4e00"));
    private static final ThreadLocal<StringBuilder> LINE = ThreadLocal.withInitial(() -> new StringBuilder("\u4e00"));

    /** Hears each block's text, unescaped but not stripped, in a builder it may read until it returns. */
    private static void blocks(String html, java.util.function.Consumer<StringBuilder> each) {
        StringBuilder line = LINE.get();
        line.setLength(0);
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
                flush(line, each);
                i = j + 1;
                continue;
            }
            int end = html.indexOf('>', j);
            if (end < 0) {
                break;
            }
            if (endsBlock(html, j + 1, end)) {
                flush(line, each);
            }
            i = end + 1;
        }
        flush(line, each);
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

    private static void flush(StringBuilder line, java.util.function.Consumer<StringBuilder> each) {
        unescape(line);
        each.accept(line);
        line.setLength(0);
    }

    private static final String[][] ENTITIES = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
        {"&nbsp;", " "}, {"&amp;", "&"}};

    /** Replaces the entities the build's own HTML writes, each in turn as String.replace would (&amp; last). */
    private static void unescape(StringBuilder s) {
        if (s.indexOf("&") < 0) {
            return;
        }
        for (String[] e : ENTITIES) {
            int at = s.indexOf(e[0]);
            while (at >= 0) {
                s.replace(at, at + e[0].length(), e[1]);
                at = s.indexOf(e[0], at + e[1].length());
            }
        }
    }
}
