package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** Hanyu pinyin without tones, for slugs, person names and outlets the glossary lacks. */
public final class Pinyin {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
    }

    /** Syllables already looked up, by character: pinyin4j parses and formats its table entry on every call. */
    private static final String[] KNOWN = new String[Character.MAX_VALUE + 1];
    /** Marks a character known to have no syllable. */
    private static final String NONE = new String("");

    private Pinyin() {}

    /**
     * The syllables of a text: one lower-case syllable per Han character, ascii letters and digits kept as words,
     * everything else dropped. Example: {@code 社工站850个} gives {@code [she, gong, zhan, 850, ge]}.
     */
    public static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String syllable = syllable(c);
            if (syllable != null) {
                flush(word, out);
                out.add(syllable);
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    private static String syllable(char c) {
        // Strings are immutable, so a racing thread sees either null (and looks the syllable up itself) or the value.
        String known = KNOWN[c];
        if (known == null) {
            String s = lookUp(c);
            known = s == null ? NONE : s;
            KNOWN[c] = known;
        }
        return known == NONE ? null : known;
    }

    private static String lookUp(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return null;
        }
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return all == null || all.length == 0 ? null : all[0].replace("ü", "v").replace(":", "");
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A Chinese person's name in the usual English form: surname, then given name as one word.
     * Example: {@code 彭东} gives {@code Peng Dong}, {@code 张小霞} gives {@code Zhang Xiaoxia}.
     */
    public static String personName(String name) {
        List<String> s = syllables(name);
        if (s.isEmpty()) {
            return name;
        }
        int surname = s.size() >= 4 ? 2 : 1;
        return capitalize(String.join("", s.subList(0, surname))) + (s.size() > surname
                ? " " + capitalize(String.join("", s.subList(surname, s.size()))) : "");
    }

    /** Syllables joined into capitalised words, for names of things: {@code 南方都市报} gives {@code Nanfang Dushibao}. */
    public static String words(String text) {
        List<String> s = syllables(text);
        List<String> words = new ArrayList<>();
        for (String syl : s) {
            words.add(capitalize(syl));
        }
        return String.join(" ", words);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
