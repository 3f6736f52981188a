package org.swbulletin.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the pinyin that some script converters leave after characters, {@code 鄉(xiāng)鎮（zhèn）} or
 * {@code 社工(shè gōng)}: left in place it would stay in titles, bodies and captions, and turn up in ids.
 *
 * <p>Only a bracket right after a Han character, holding nothing but pinyin syllables of which at least one carries a
 * tone (a mark, {@code xiāng}, or a digit, {@code xiang1}), is debris. Genuine brackets stay: {@code (Hong Kong)},
 * {@code (2023)}, {@code （试行）}, {@code (据新华社)}.
 */
public final class RomanisationDebris {
    private static final String VOWEL = "aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    /** One pinyin syllable: an optional initial, vowels, an optional nasal or r ending, an optional tone digit. */
    private static final String SYLLABLE = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[" + VOWEL + "]{1,4}(?:ng|n|r)?[1-5]?";
    /** A word of one or more syllables; words separated by spaces, apostrophes, hyphens or middle dots. */
    private static final String WORDS = "(?:" + SYLLABLE + ")+(?:[ '’\\-·](?:" + SYLLABLE + ")+)*";
    private static final Pattern DEBRIS = Pattern.compile(
            "(?<=\\p{IsHan})[ \\u3000]?[(（][ \\u3000]?(" + WORDS + ")[ \\u3000]?[)）]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RomanisationDebris() {}

    /** The text without romanisation debris; text without any is returned as it is. */
    public static String remove(String text) {
        // Most reports have no bracket followed by a Latin letter at all: skip the pattern for them.
        if (!mayHoldDebris(text)) return text;
        Matcher m = DEBRIS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (!hasTone(m.group(1))) continue;
            out.append(text, last, m.start());
            last = m.end();
        }
        if (last == 0) return text;
        return out.append(text, last, text.length()).toString();
    }

    /** A tone mark, or a tone digit after at least two letters (so that a code such as {@code A1} is no pinyin). */
    private static boolean hasTone(String words) {
        int letters = 0;
        boolean digit = false;
        for (int i = 0; i < words.length(); i++) {
            char c = Character.toLowerCase(words.charAt(i));
            if (TONED.indexOf(c) >= 0) return true;
            if (Character.isLetter(c)) letters++;
            digit |= c >= '1' && c <= '5';
        }
        return digit && letters >= 2;
    }

    /** True when an opening bracket is followed by a Latin letter, as all debris is. */
    private static boolean mayHoldDebris(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c != '(' && c != '（') continue;
            int j = i + 1;
            if (text.charAt(j) == ' ' || text.charAt(j) == '\u3000') j++;
            if (j < text.length() && text.charAt(j) < 0x250 && Character.isLetter(text.charAt(j))) return true;
        }
        return false;
    }
}
