package org.swbulletin.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives Chinese text the full-width punctuation a Chinese reader expects: raw reports often type {@code 3月12日,江苏…}
 * with the half-width marks of a Latin keyboard, which look cramped between characters.
 *
 * <p>{@code , : ; ? !} become {@code ，：；？！} where a neighbour is Chinese (a Han character or Chinese
 * punctuation), looking past spaces, brackets and the other marks of this set; a pair {@code ( )} becomes
 * {@code （ ）} when it holds a Han character. Numbers, Latin words and web addresses keep theirs: {@code 1,000},
 * {@code 10:30}, {@code 3.5}, {@code (Hong Kong)}, {@code Hong Kong, Macao}, {@code https://a.cn/?q=1}. Running it
 * twice changes nothing more, and text without Han characters is returned as it is.
 */
public final class ChinesePunctuation {
    private static final String HALF = ",:;?!";
    private static final String FULL = "，：；？！";
    /** Looked past when finding a mark's neighbours: spaces, brackets and the marks of this set in either width. */
    private static final String TRANSPARENT = " \t\u3000()（）" + HALF + FULL;
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'*+;=%]*[A-Za-z0-9/=&#_\\-]");

    private ChinesePunctuation() {}

    /**
     * The text with its half-width marks made full-width where the text around them is Chinese.
     *
     * @param text any text
     * @return the converted text and how many marks changed
     */
    public static Result normalise(String text) {
        if (text == null || !hasHan(text)) return new Result(text, 0);
        char[] out = text.toCharArray();
        boolean[] keep = urls(text);
        int changed = 0;
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            int k = HALF.indexOf(c);
            if (k < 0 || keep[i] || betweenDigits(text, i)) continue;
            if (isChinese(neighbour(text, i, -1)) || isChinese(neighbour(text, i, +1))) {
                out[i] = FULL.charAt(k);
                changed++;
            }
        }
        changed += brackets(text, out, keep);
        return new Result(changed == 0 ? text : withoutSpacesAroundMadeMarks(text, out), changed);
    }

    /**
     * The converted characters without the half-width spaces typed beside a mark made full-width: a full-width mark
     * carries its own space, so {@code 民政厅: 创新} reads {@code 民政厅：创新}, not {@code 民政厅： 创新}; a space before a
     * Latin word or a number stays.
     */
    private static String withoutSpacesAroundMadeMarks(String text, char[] out) {
        StringBuilder s = new StringBuilder(out.length);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == ' ' && (madeBeside(text, out, i, -1) && isChinese(beside(out, i, +1))
                    || madeBeside(text, out, i, +1) && isChinese(beside(out, i, -1)))) continue;
            s.append(out[i]);
        }
        return s.toString();
    }

    /** The first character past the spaces from {@code i} in direction {@code dir}, or 0. */
    private static char beside(char[] out, int i, int dir) {
        int j = i;
        while (j >= 0 && j < out.length && out[j] == ' ') j += dir;
        return j >= 0 && j < out.length ? out[j] : 0;
    }

    /** Whether the first character past the spaces from {@code i} in direction {@code dir} is a mark made full-width. */
    private static boolean madeBeside(String text, char[] out, int i, int dir) {
        int j = i;
        while (j >= 0 && j < out.length && out[j] == ' ') j += dir;
        return j >= 0 && j < out.length && out[j] != text.charAt(j);
    }

    /**
     * Text after conversion.
     *
     * @param text    the converted text (the input itself when nothing changed)
     * @param changed how many marks were made full-width
     */
    public record Result(String text, int changed) {}

    /**
     * Pairs of brackets holding a Han character get full-width halves, a pair typed half in each width ({@code （市、区)})
     * included; nested pairs are judged each on their own.
     */
    private static int brackets(String text, char[] out, boolean[] keep) {
        int changed = 0;
        int[] open = new int[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keep[i]) continue;
            if (c == '(' || c == '（') {
                open[depth++] = i;
            } else if ((c == ')' || c == '）') && depth > 0) {
                int from = open[--depth];
                if (hasHan(text.substring(from + 1, i))) {
                    if (text.charAt(from) == '(') {
                        out[from] = '（';
                        changed++;
                    }
                    if (c == ')') {
                        out[i] = '）';
                        changed++;
                    }
                }
            }
        }
        return changed;
    }

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The nearest character before ({@code dir} -1) or after (+1) that is not transparent, or 0. */
    private static char neighbour(String text, int i, int dir) {
        for (int j = i + dir; j >= 0 && j < text.length(); j += dir) {
            char c = text.charAt(j);
            if (TRANSPARENT.indexOf(c) < 0) return c;
        }
        return 0;
    }

    /** A Han character, or Chinese punctuation and quotes (the CJK symbols block, full-width forms, curly quotes). */
    private static boolean isChinese(char c) {
        if (c == 0) return false;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return true;
        return (c >= '\u3000' && c <= '\u303f') || (c >= '\uff01' && c <= '\uff0f') || c == '\uff1a' || c == '\uff1b'
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—' || c == '·';
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean[] urls(String text) {
        boolean[] keep = new boolean[text.length()];
        Matcher m = URL.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) keep[i] = true;
        }
        return keep;
    }
}
