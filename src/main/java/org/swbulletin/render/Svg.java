package org.swbulletin.render;

/** Small pieces shared by the inline SVG charts: escaping and the colour scale. */
final class Svg {
    /** From no articles (pale) to the most (deep teal), five steps. */
    private static final String[] SHADES = {"#eef1f3", "#cde6e4", "#8fcac4", "#3f9c94", "#1f6560"};

    private Svg() {}

    /** Text or attribute value escaped for XML and HTML alike. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The fill for a count on a scale up to max: zero gets the palest shade. */
    static String shade(int count, int max) {
        if (count <= 0 || max <= 0) {
            return SHADES[0];
        }
        int step = (int) Math.ceil(4.0 * count / max);
        return SHADES[Math.max(1, Math.min(4, step))];
    }
}
