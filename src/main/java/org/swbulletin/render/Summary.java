package org.swbulletin.render;

import java.util.regex.Pattern;

/**
 * Summaries measured in characters that never cut a word: CJK text is cut after a clause mark where one is near,
 * Latin text at a space, and a cut summary ends with an ellipsis.
 */
public final class Summary {
    private static final String ELLIPSIS = "…";
    private static final String CJK_BREAKS = "。！？；，、：”」）";
    private static final String SENTENCE_ENDS = "。！？!?";
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");
    private static final Pattern TRAILING_MARK = Pattern.compile("[,;:，、；：]$");

    private Summary() {}

    /**
     * The start of a text, at most {@code max} characters (code points) plus the ellipsis.
     *
     * @param text plain text, paragraphs on their own lines
     * @param max  the longest summary, in characters
     */
    public static String of(String text, int max) {
        String t = normalisedStart(text, max);
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        int end = t.offsetByCodePoints(0, max);
        // A clause mark in the last third keeps the cut where a reader pauses anyway.
        int floor = t.offsetByCodePoints(0, max * 2 / 3);
        for (int i = end - 1; i >= floor; i--) {
            char c = t.charAt(i);
            if (CJK_BREAKS.indexOf(c) >= 0) {
                return SENTENCE_ENDS.indexOf(c) >= 0 ? t.substring(0, i + 1) + ELLIPSIS
                        : t.substring(0, i) + ELLIPSIS;
            }
        }
        if (isWordChar(t.codePointBefore(end)) && isWordChar(t.codePointAt(end))) {
            int i = end;
            while (i > 0 && isWordChar(t.codePointBefore(i))) {
                i -= Character.charCount(t.codePointBefore(i));
            }
            if (i > 0) {
                end = i;
            }
        }
        return TRAILING_MARK.matcher(t.substring(0, end).stripTrailing()).replaceAll("") + ELLIPSIS;
    }

    /**
     * The text with line breaks and the blanks around them made one space, stripped; or, for a long text, a start of
     * that which holds more than {@code max} characters, which is all a summary reads. The start is cut after a
     * character that is not blank, where no run of blanks can straddle the cut, so it normalises as the whole would.
     */
    private static String normalisedStart(String text, int max) {
        int cut = cut(text, max);
        if (cut < text.length()) {
            String start = normalised(text.substring(0, cut));
            if (start.codePointCount(0, start.length()) > max + 1) {
                return start;
            }
        }
        return normalised(text);
    }

    /** Where a long text's start is cut: after a character that is neither blank nor half of a pair. */
    private static int cut(String text, int max) {
        int cut = 3 * max + 16;
        while (cut < text.length() && (Character.isWhitespace(text.charAt(cut - 1))
                || Character.isSurrogate(text.charAt(cut - 1)))) {
            cut++;
        }
        return cut;
    }

    /**
     * The start of a text that gives every summary of at most {@code max} characters that the whole text gives, so
     * that a rendered body need not keep all its text for them; the whole text when no shorter start is sure to.
     */
    public static String source(String text, int max) {
        int cut = cut(text, max);
        if (cut < text.length()) {
            String start = text.substring(0, cut);
            String n = normalised(start);
            if (n.codePointCount(0, n.length()) > max + 1) {
                return start;
            }
        }
        return text;
    }

    private static String normalised(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ").strip();
    }

    /** Letters and digits of scripts that put spaces between words (Latin digits inside CJK text included). */
    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !isCjk(cp);
    }

    /** True for Han, kana and hangul, scripts read without spaces; range checks, as this runs on every character. */
    static boolean isCjk(int cp) {
        return cp >= 0x3040 && (cp <= 0x30FF                    // hiragana, katakana
                || cp >= 0x3400 && cp <= 0x4DBF                 // Han extension A
                || cp >= 0x4E00 && cp <= 0x9FFF                 // Han unified ideographs
                || cp >= 0xAC00 && cp <= 0xD7AF                 // hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF                 // Han compatibility ideographs
                || cp >= 0x20000 && cp <= 0x3134F);             // Han extensions B to G
    }
}
