package org.swbulletin.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The terms a search index holds and a query looks up, by script rather than by a word segmenter: Han text as single
 * characters and overlapping pairs of characters (bigrams), any other letters and digits as case-folded words with a
 * light English stemmer, and pinyin as runs of one to four syllables.
 *
 * <p>Why not a segmenter (Lucene's SmartChineseAnalyzer or jieba): a segmenter at build time and whatever splits the
 * query in the browser disagree on where words end, which is how a segmenting index misses 五社联动 in most of the
 * articles that contain it. Bigrams need no dictionary, the browser computes exactly the same ones, and a phrase is
 * found wherever its characters stand in the text. The browser's copy of these rules is {@code search.js}; both follow
 * this class, and a test runs the same queries through both.
 */
public final class SearchTokens {
    /** Pinyin terms start with this mark, so that the syllable {@code she} is never the English word {@code she}. */
    public static final String PINYIN = "'";
    /** The longest run of syllables indexed as one pinyin term. */
    public static final int PINYIN_SYLLABLES = 4;

    private SearchTokens() {}

    /** The text as terms compare it: compatibility forms folded (full-width letters and digits), lower case. */
    public static String normalise(String text) {
        // Most text is Han characters, ASCII and CJK punctuation, which NFKC leaves alone or maps one to one; such text
        // is folded here without the normaliser, which was most of the time of tokenising an article.
        int n = text.length();
        char[] out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f == 0) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            }
            if (f != c && out == null) {
                out = text.toCharArray();
            }
            if (out != null) {
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * The text as {@link #normalise} makes it, as characters: in this thread's scratch buffer (its first
     * {@link Scratch#length} characters) where the table folds it all, else in an array of its own.
     */
    private static char[] normalisedChars(String text, Scratch scratch) {
        int n = text.length();
        char[] out = scratch.chars(n);
        text.getChars(0, n, out, 0);
        for (int i = 0; i < n; i++) {
            char f = fold(out[i]);
            if (f == 0) {
                char[] nf = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).toCharArray();
                scratch.length = nf.length;
                return nf;
            }
            out[i] = f;
        }
        scratch.length = n;
        return out;
    }

    /**
     * A thread's reusable buffer and word stems for {@link #scan}: a copy of every text and a string and stem for every
     * word were most of what indexing an archive allocated, and the collector's pauses stopped every thread.
     */
    private static final class Scratch {
        private char[] chars = new char[1 << 12];
        int length;
        boolean busy;
        /** Words seen and their stems, by a hash of the word's characters; a slot holds the last word put there. */
        private final char[][] words = new char[1 << 12][];
        private final String[] stems = new String[1 << 12];

        char[] chars(int n) {
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            return chars;
        }

        /** The stem of the word in {@code s[from, to)}, as {@link #stem} makes it. */
        String stem(char[] s, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + s[i];
            }
            int slot = (h ^ h >>> 16) & (words.length - 1);
            char[] w = words[slot];
            if (w != null && java.util.Arrays.equals(w, 0, w.length, s, from, to)) {
                return stems[slot];
            }
            String stem = SearchTokens.stem(new String(s, from, to - from));
            words[slot] = java.util.Arrays.copyOfRange(s, from, to);
            stems[slot] = stem;
            return stem;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * The characters that NFKC maps to one character without looking at their neighbours, each with its folded form
     * (NFKC, then lower case), for U+0000 to U+FFFF; 0 for any other (combining marks, Hangul, kana and whatever
     * composes or decomposes), which the normaliser handles. Made from the normaliser itself, so the two agree.
     */
    private static final char[] FOLD = foldTable();

    static char fold(char c) {
        if (c >= 0x4e00 && c <= 0x9fff) {
            // CJK Unified Ideographs: no compatibility mapping, no case.
            return c;
        }
        return FOLD[c];
    }

    private static char[] foldTable() {
        char[] t = new char[0x10000];
        int[][] ranges = {{0x20, 0x7e}, {0xa0, 0xbf}, {0x2000, 0x206f}, {0x3000, 0x303f}, {0xff01, 0xff5e}};
        for (int[] r : ranges) {
            for (int c = r[0]; c <= r[1]; c++) {
                String one = String.valueOf((char) c);
                String nf = Normalizer.normalize(one, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                // One character in and out, not combining, unchanged after a letter. A combining mark after it is
                // not in this table, so text that has one goes to the normaliser whole.
                if (nf.length() == 1 && Character.getType(nf.charAt(0)) != Character.NON_SPACING_MARK
                        && Normalizer.normalize("a" + one, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                        .equals("a" + nf)) {
                    t[c] = nf.charAt(0);
                }
            }
        }
        // Line breaks and tabs stand in text as they are.
        t['\n'] = '\n';
        t['\r'] = '\r';
        t['\t'] = '\t';
        return t;
    }

    /** True for a character of the Han script. */
    public static boolean isHan(int cp) {
        return cp < 0x10000 ? CLASSES[cp] == HAN : cp >= 0x2e80 && scriptIsHan(cp);
    }

    /** True for a character of a word: a letter or a number of any script but Han. */
    public static boolean isWordChar(int cp) {
        return cp < 0x10000 ? CLASSES[cp] == WORD : isWordCharByTables(cp);
    }

    private static boolean scriptIsHan(int cp) {
        // The CJK Unified Ideographs block first: nearly every character of a Chinese text, without a table search.
        return cp >= 0x4e00 && cp <= 0x9fff || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isWordCharByTables(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (cp >= 0x2e80 && scriptIsHan(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static final byte OTHER = 0;
    private static final byte HAN = 1;
    private static final byte WORD = 2;
    /**
     * Each BMP character's class, made from the Unicode tables at start: a Chinese text's punctuation otherwise asked
     * the script table (a binary search) twice a character, which was most of the time of tokenising it.
     */
    private static final byte[] CLASSES = classes();

    private static byte[] classes() {
        byte[] t = new byte[0x10000];
        for (int c = 0; c < t.length; c++) {
            t[c] = c >= 0x2e80 && scriptIsHan(c) ? HAN : isWordCharByTables(c) ? WORD : OTHER;
        }
        return t;
    }

    /** One piece of a text: a run of Han characters, or a word; a query's pieces are what it must contain. */
    public record Piece(String text, boolean han) {
        /** The terms the piece is looked up by: its characters' pairs (its character, when alone), or its stem. */
        public List<String> terms() {
            List<String> out = new ArrayList<>();
            if (!han) {
                out.add(stem(text));
            } else if (text.codePointCount(0, text.length()) == 1) {
                out.add(text);
            } else {
                int[] cps = text.codePoints().toArray();
                for (int i = 0; i + 1 < cps.length; i++) {
                    String pair = new String(cps, i, 2);
                    if (!out.contains(pair)) {
                        out.add(pair);
                    }
                }
            }
            return out;
        }
    }

    /** The pieces of a text, normalised, in order. */
    public static List<Piece> pieces(String text) {
        String s = normalise(text);
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean han = isHan(cp);
            if (!han && !isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int j = i;
            while (j < s.length()) {
                int c = s.codePointAt(j);
                if (han ? !isHan(c) : !isWordChar(c)) {
                    break;
                }
                j += Character.charCount(c);
            }
            out.add(new Piece(s.substring(i, j), han));
            i = j;
        }
        return out;
    }

    /** Every term of a text: each Han character and pair of adjacent Han characters, each word's stem. */
    public static void terms(String text, Consumer<String> sink) {
        scan(text, key -> sink.accept(term(key)), sink);
    }

    /**
     * Every term of a text, Han terms as numbers ({@link #term} makes the string): an index makes millions of them,
     * and a string each was most of its time.
     *
     * @param han   hears each Han character and pair, as a key
     * @param words hears each word's stem
     */
    public static void scan(String text, LongConsumer han, Consumer<String> words) {
        Scratch scratch = SCRATCH.get();
        if (scratch.busy) {
            // Scanned again from a listener: this text gets scratch of its own.
            scratch = new Scratch();
        }
        scratch.busy = true;
        try {
            scan(normalisedChars(text, scratch), scratch, han, words);
        } finally {
            scratch.busy = false;
        }
    }

    private static void scan(char[] s, Scratch scratch, LongConsumer han, Consumer<String> words) {
        int n = scratch.length;
        int prevHan = -1;
        int i = 0;
        while (i < n) {
            char c = s[i];
            int cp = c;
            int len = 1;
            byte cls;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s[i + 1])) {
                cp = Character.toCodePoint(c, s[i + 1]);
                len = 2;
                cls = isHan(cp) ? HAN : isWordChar(cp) ? WORD : OTHER;
            } else {
                cls = CLASSES[c];
            }
            if (cls == HAN) {
                han.accept(cp);
                if (prevHan >= 0) {
                    han.accept((long) prevHan << 21 | cp);
                }
                prevHan = cp;
                i += len;
            } else if (cls == WORD) {
                prevHan = -1;
                int j = i + len;
                while (j < n) {
                    char d = s[j];
                    if (Character.isHighSurrogate(d) && j + 1 < n && Character.isLowSurrogate(s[j + 1])) {
                        if (!isWordChar(Character.toCodePoint(d, s[j + 1]))) {
                            break;
                        }
                        j += 2;
                    } else if (CLASSES[d] == WORD) {
                        j++;
                    } else {
                        break;
                    }
                }
                words.accept(scratch.stem(s, i, j));
                i = j;
            } else {
                prevHan = -1;
                i += len;
            }
        }
    }

    /** The term of a Han key: one character, or the pair of two. */
    public static String term(long key) {
        if (key < 1L << 21) {
            return new String(new int[] {(int) key}, 0, 1);
        }
        return new String(new int[] {(int) (key >>> 21), (int) (key & 0x1fffff)}, 0, 2);
    }

    /**
     * The pinyin terms of a Chinese name or title: every run of one to {@value #PINYIN_SYLLABLES} consecutive
     * syllables, written together after the {@link #PINYIN} mark ({@code 'shegongzhan}, {@code 'gansu}).
     */
    public static void pinyinTerms(String text, Consumer<String> sink) {
        List<String> syllables = new ArrayList<>();
        for (Piece p : pieces(text)) {
            if (p.han()) {
                syllables.addAll(Pinyin.syllables(p.text()));
            } else {
                pinyinRuns(syllables, sink);
                syllables.clear();
            }
        }
        pinyinRuns(syllables, sink);
    }

    /**
     * The Han runs of names with their readings, for marking what a pinyin query matched: each run of Han characters
     * that has one syllable per character, once, with its syllables separated by spaces ({@code 甘肃省},
     * {@code gan su sheng}). A run whose characters are not all found gets none.
     */
    public static List<List<String>> readings(List<String> names) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String name : names) {
            for (Piece p : pieces(name)) {
                if (p.han() && !out.containsKey(p.text())) {
                    List<String> syllables = Pinyin.syllables(p.text());
                    if (syllables.size() == p.text().codePointCount(0, p.text().length())) {
                        out.put(p.text(), String.join(" ", syllables));
                    }
                }
            }
        }
        List<List<String>> pairs = new ArrayList<>();
        out.forEach((run, reading) -> pairs.add(List.of(run, reading)));
        return pairs;
    }

    private static void pinyinRuns(List<String> syllables, Consumer<String> sink) {
        StringBuilder run = new StringBuilder(32);
        for (int i = 0; i < syllables.size(); i++) {
            run.setLength(0);
            run.append(PINYIN);
            for (int j = i; j < Math.min(syllables.size(), i + PINYIN_SYLLABLES); j++) {
                run.append(syllables.get(j));
                sink.accept(run.toString());
            }
        }
    }

    /**
     * A light English stemmer: plurals to their singular (Harman's S-stemmer), then verb endings as Porter's steps 1b,
     * 1c and 5a take them ({@code trained}, {@code training} and {@code trains} meet at {@code train}; {@code caring} and
     * {@code cared} at {@code care}; {@code planned} at {@code plan}), and nothing more: no derivational suffixes, so
     * that {@code relation} and {@code relative}, or {@code social} and {@code society}, stay apart as readers expect
     * of a search box. Lucene's EnglishMinimalStemmer is the plural step alone; Porter's full algorithm conflates
     * more than a reader asks for and would have to be copied whole into the script. Words with anything but the
     * letters a to z keep their plural step only.
     */
    public static String stem(String word) {
        String w = plural(word);
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < 'a' || w.charAt(i) > 'z') {
                return w;
            }
        }
        return finalE(finalY(verbEnding(w)));
    }

    /** Porter's step 1c: a final y after a vowel-bearing stem is i, so that studied and study meet. */
    private static String finalY(String w) {
        int n = w.length();
        return n > 1 && w.charAt(n - 1) == 'y' && hasVowel(w, n - 1) ? w.substring(0, n - 1) + "i" : w;
    }

    private static String plural(String word) {
        int n = word.length();
        if (n > 3 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 3 && word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return word.substring(0, n - 1);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    /** Porter's step 1b: -eed, -ed and -ing. */
    private static String verbEnding(String w) {
        int n = w.length();
        if (w.endsWith("eed")) {
            return measure(w, n - 3) > 0 ? w.substring(0, n - 1) : w;
        }
        String base;
        if (w.endsWith("ed") && hasVowel(w, n - 2)) {
            base = w.substring(0, n - 2);
        } else if (w.endsWith("ing") && hasVowel(w, n - 3)) {
            base = w.substring(0, n - 3);
        } else {
            return w;
        }
        int b = base.length();
        if (base.endsWith("at") || base.endsWith("bl") || base.endsWith("iz")) {
            return base + "e";
        }
        char last = base.charAt(b - 1);
        if (b >= 2 && last == base.charAt(b - 2) && consonant(base, b - 1) && last != 'l' && last != 's'
                && last != 'z') {
            return base.substring(0, b - 1);
        }
        return measure(base, b) == 1 && cvc(base, b) ? base + "e" : base;
    }

    /** Porter's step 5a: a final e goes from a long enough word. */
    private static String finalE(String w) {
        int n = w.length();
        if (!w.endsWith("e")) {
            return w;
        }
        int m = measure(w, n - 1);
        return m > 1 || m == 1 && !cvc(w, n - 1) ? w.substring(0, n - 1) : w;
    }

    /** A consonant in Porter's sense: not a, e, i, o, u, nor a y after a consonant. */
    private static boolean consonant(String w, int i) {
        char c = w.charAt(i);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            return false;
        }
        return c != 'y' || i == 0 || !consonant(w, i - 1);
    }

    /** The number of vowel-consonant sequences in the first {@code len} letters. */
    private static int measure(String w, int len) {
        int i = 0;
        int m = 0;
        while (i < len && consonant(w, i)) {
            i++;
        }
        while (i < len) {
            while (i < len && !consonant(w, i)) {
                i++;
            }
            if (i >= len) {
                break;
            }
            while (i < len && consonant(w, i)) {
                i++;
            }
            m++;
        }
        return m;
    }

    private static boolean hasVowel(String w, int len) {
        for (int i = 0; i < len; i++) {
            if (!consonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code len} letters end consonant, vowel, consonant, the last not w, x or y. */
    private static boolean cvc(String w, int len) {
        if (len < 3 || !consonant(w, len - 3) || consonant(w, len - 2) || !consonant(w, len - 1)) {
            return false;
        }
        char c = w.charAt(len - 1);
        return c != 'w' && c != 'x' && c != 'y';
    }
}
