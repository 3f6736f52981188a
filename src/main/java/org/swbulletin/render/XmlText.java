package org.swbulletin.render;

/** Text escaped for XML and HTML content and attribute values, as the SVG charts and the feeds write them. */
public final class XmlText {
    private XmlText() {}

    /**
     * The text with {@code & < > " '} escaped and the control characters XML forbids dropped.
     * Example: {@code 社工 "站" & <b>} gives {@code 社工 &quot;站&quot; &amp; &lt;b&gt;}.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
