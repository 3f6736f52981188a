package org.swbulletin.render;

/** The colour scale shared by the inline SVG charts. */
final class Svg {
    /** From no articles (pale) to the most (deep teal), five steps. */
    private static final String[] SHADES = {"#eef1f3", "#cde6e4", "#8fcac4", "#3f9c94", "#1f6560"};

    private Svg() {}

    /** The fill for a count on a scale up to max: zero gets the palest shade. */
    static String shade(int count, int max) {
        if (count <= 0 || max <= 0) {
            return SHADES[0];
        }
        int step = (int) Math.ceil(4.0 * count / max);
        return SHADES[Math.max(1, Math.min(4, step))];
    }
}
