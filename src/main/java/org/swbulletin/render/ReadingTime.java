package org.swbulletin.render;

/** Minutes to read a text: CJK characters at 400 a minute, other words at 220 a minute, at least one minute. */
public final class ReadingTime {
    private static final double CJK_PER_MINUTE = 400;
    private static final double WORDS_PER_MINUTE = 220;

    private ReadingTime() {}

    /** Whole minutes, rounded up, never below one. */
    public static int minutes(String text) {
        int cjk = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Summary.isCjk(cp)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return Math.max(1, (int) Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
    }
}
