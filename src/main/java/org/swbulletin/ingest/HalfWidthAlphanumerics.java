package org.swbulletin.ingest;

/**
 * Writes full-width digits and Latin letters ({@code ２０２３年３月}, {@code ＳＯＳ}), as some word processors and
 * GB2312 documents type them, in their ASCII forms, the forms Chinese typesetting uses (GB/T 15835) and every later
 * rule reads; a full-width point or per-cent sign between or after such digits ({@code ３．５％}) goes with them.
 * Full-width punctuation is left as it is: it is the Chinese form.
 */
final class HalfWidthAlphanumerics {
    private HalfWidthAlphanumerics() {}

    /** The text with its full-width digits and letters in ASCII. */
    static String normalise(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char half = half(text, i, c);
            if (half != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(half);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char half(String text, int i, char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - 0xFEE0);
        }
        if ((c == '．' && digitAt(text, i - 1) && digitAt(text, i + 1)) || (c == '％' && digitAt(text, i - 1))) {
            return (char) (c - 0xFEE0);
        }
        return c;
    }

    private static boolean digitAt(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
