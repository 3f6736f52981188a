package org.swbulletin.enrich;

/**
 * The clauses and quoted names of one paragraph: where a clause around a position starts and ends, and whether a
 * position stands inside a short quoted name ({@code “中国百名社工人物”}, {@code 《…》}).
 *
 * <p>A clause ends at any of {@code ，,。;；:：!！?？、} outside quoted names, so {@code “情定旗镇、情暖边城”等10个项目}
 * stays one clause. A quote counts as a name only when it closes within {@value #MAX_NAME} characters with no
 * sentence end inside; longer quotes are reported speech, whose numbers are as real as any.
 *
 * <p>Clause bounds are found in one pass when the paragraph is read, so asking for them costs the same however long
 * the clause: a paragraph of megabytes with thousands of figures and no comma is read in linear time.
 */
final class Clauses {
    static final int MAX_NAME = 24;
    private static final String DELIMITERS = "，,。;；:：!！?？、";
    private static final String SENTENCE_ENDS = "。!！?？";
    private static final String OPENING = "“‘《「〈\"";
    private static final String CLOSING = "”’》」〉\"";

    private final String text;
    private final boolean[] named;
    /** For each position, where the text after the last delimiter before it starts. */
    private final int[] afterDelimiter;
    /** For each position, where the next delimiter at or after it stands (the length when none). */
    private final int[] nextDelimiter;
    /** For each position, where the text after the last sentence end before it starts. */
    private final int[] afterSentenceEnd;

    Clauses(String text) {
        this.text = text;
        int n = text.length();
        this.named = new boolean[n];
        for (int i = 0; i < n; i++) {
            int kind = OPENING.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            char close = CLOSING.charAt(kind);
            for (int j = i + 1; j < n && j - i <= MAX_NAME + 1; j++) {
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
        afterDelimiter = new int[n + 1];
        afterSentenceEnd = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            afterDelimiter[i] = delimiter(i - 1) ? i : afterDelimiter[i - 1];
            afterSentenceEnd[i] = SENTENCE_ENDS.indexOf(text.charAt(i - 1)) >= 0 && !named[i - 1]
                    ? i : afterSentenceEnd[i - 1];
        }
        nextDelimiter = new int[n + 1];
        nextDelimiter[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            nextDelimiter[i] = delimiter(i) ? i : nextDelimiter[i + 1];
        }
    }

    /** Whether the character at this position is part of a quoted name, its marks included. */
    boolean inName(int i) {
        return i >= 0 && i < named.length && named[i];
    }

    /** Where the clause holding this position starts. */
    int start(int i) {
        int j = afterDelimiter[Math.max(0, Math.min(i, text.length()))];
        while (j < text.length() && j < i && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Where the clause holding this position ends (exclusive). */
    int end(int i) {
        int j = nextDelimiter[Math.max(0, Math.min(i, text.length()))];
        while (j > i && j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    /** Where the sentence holding this position starts. */
    int sentenceStart(int i) {
        return afterSentenceEnd[Math.max(0, Math.min(i, text.length()))];
    }

    private boolean delimiter(int i) {
        return DELIMITERS.indexOf(text.charAt(i)) >= 0 && !named[i];
    }
}
