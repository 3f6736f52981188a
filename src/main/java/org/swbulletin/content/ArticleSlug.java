package org.swbulletin.content;

import java.util.List;
import java.util.Set;
import org.swbulletin.enrich.Pinyin;

/** Makes an article's id: an ascii slug from the pinyin of its title, short enough for a URL, unique in the site. */
public final class ArticleSlug {
    /** Longest slug before a uniqueness suffix; cut at a syllable boundary. */
    static final int MAX_LENGTH = 40;

    private ArticleSlug() {}

    /** The slug of a title: toneless pinyin syllables joined by {@code -}, for example {@code jiang-su-jia-qiang}. */
    public static String of(String title) {
        List<String> syllables = Pinyin.syllables(title);
        StringBuilder s = new StringBuilder();
        for (String syl : syllables) {
            String clean = asciiAlnum(syl);
            if (clean.isEmpty()) continue;
            if (s.length() > 0 && s.length() + 1 + clean.length() > MAX_LENGTH) break;
            if (s.length() > 0) s.append('-');
            s.append(clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean);
        }
        return s.length() == 0 ? "article" : s.toString();
    }

    private static String asciiAlnum(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') out.append(c);
        }
        return out.toString();
    }

    /** The slug of a title made unique against the ids already taken by adding {@code -2}, {@code -3}… */
    public static String unique(String title, Set<String> taken) {
        return numbered(of(title), taken);
    }

    /** A slug made unique against the ids already taken by adding {@code -2}, {@code -3}… */
    public static String numbered(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
