package org.swbulletin.enrich;

/**
 * The clauses and quoted names of one paragraph: where a clause around a position starts and ends, and whether a
 * position stands inside a short quoted name ({@code “中国百名社工人物”}, {@code 《…》}).
 *
 * <p>A clause ends at any of {@code ，,。;；:：!！?？、} outside quoted names, so {@code “情定旗镇、情暖边城”等10个项目}
 * stays one clause. A quote counts as a name only when it closes within {@value #MAX_NAME} characters with no
 * sentence end inside; longer quotes are reported speech, whose numbers are as real as any.
 */
final class Clauses {
    static final int MAX_NAME = 24;
    private static final String DELIMITERS = "，,。;；:：!！?？、";
    private static final String SENTENCE_ENDS = "。!！?？";
    private static final String OPENING = "“‘《「〈\"";
    private static final String CLOSING = "”’》」〉\"";

    private final String text;
    private final boolean[] named;

    Clauses(String text) {
        this.text = text;
        this.named = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int kind = OPENING.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            char close = CLOSING.charAt(kind);
            for (int j = i + 1; j < text.length() && j - i <= MAX_NAME + 1; j++) {
                char c = text.charAt(j);
                if (SENTENCE_ENDS.indexOf(c) >= 0) {
                    break;
                }
                if (c == close) {
                    for (int k = i; k <= j; k++) {
                        named[k] = true;
                    }
                    i = j;
                    break;
                }
            }
        }
    }

    /** Whether the character at this position is part of a quoted name, its marks included. */
    boolean inName(int i) {
        return i >= 0 && i < named.length && named[i];
    }

    /** Where the clause holding this position starts. */
    int start(int i) {
        int j = Math.min(i, text.length());
        while (j > 0 && !delimiter(j - 1)) {
            j--;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Where the clause holding this position ends (exclusive). */
    int end(int i) {
        int j = Math.max(i, 0);
        while (j < text.length() && !delimiter(j)) {
            j++;
        }
        while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private boolean delimiter(int i) {
        return DELIMITERS.indexOf(text.charAt(i)) >= 0 && !named[i];
    }
}
