package org.swbulletin.ingest;

/** Full-width and half-width punctuation as the parser reads it: what ends a sentence, what is sentence punctuation. */
public final class Punctuation {
    private static final String SENTENCE_END = "。．.!！?？…";
    /** Ends a paragraph though not a sentence: a colon announcing a list or a quotation. */
    private static final String PARAGRAPH_END = ":：";
    private static final String CLOSERS = "”’」』)）》〉】\"'";
    private static final String SENTENCE_PUNCTUATION = "，,。．!！?？;；:：…";

    private Punctuation() {}

    /** True when the text ends a sentence (or a paragraph, with a colon), closing quotes and brackets skipped. */
    public static boolean endsParagraph(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000'
                || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) return false;
        char c = text.charAt(i);
        return SENTENCE_END.indexOf(c) >= 0 || PARAGRAPH_END.indexOf(c) >= 0;
    }

    /** True when the text ends with a full stop (full-width or half-width), quotes skipped: never a title. */
    public static boolean endsWithFullStop(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && "。．.".indexOf(text.charAt(i)) >= 0 && !text.endsWith("...");
    }

    /** True when the text ends with a colon, as a kicker like {@code 甘肃省白银市白银区:} does. */
    public static boolean endsWithColon(String text) {
        String t = text.strip();
        return !t.isEmpty() && PARAGRAPH_END.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** True when the text holds a comma, full stop, colon, semicolon, question or exclamation mark. */
    public static boolean hasSentencePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** True when the text holds a comma, semicolon or full stop: the marks of running text, rare in headlines. */
    public static boolean hasClausePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("，,；;。．".indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** True for a line of punctuation only, such as a stray {@code ”}; an ellipsis line is text, not stray. */
    public static boolean isLonePunctuation(String text) {
        if (text.isEmpty()) return false;
        boolean ellipsisOnly = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
            if (c != '…' && c != '.' && c != '。' && !Character.isWhitespace(c)) ellipsisOnly = false;
        }
        return !ellipsisOnly;
    }

    /** The text without whitespace and punctuation, for comparing a caption with a title. */
    public static String lettersOnly(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) s.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return s.toString();
    }

}
