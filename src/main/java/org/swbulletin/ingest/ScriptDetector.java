package org.swbulletin.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Tells a Traditional-script report from a Simplified one by the characters only one of the scripts uses.
 *
 * <p>A Traditional-only character is one whose Simplified form differs ({@code 據}, {@code 鄉}); a Simplified-only
 * character one whose Traditional form differs ({@code 据}, {@code 乡}). Characters both scripts write alike
 * ({@code 社}, {@code 工}, and {@code 乾}, which stays in {@code 乾隆}) count for neither. Both lists come from OpenCC's
 * character tables, read from the converter's jar without loading the converter itself, so that a Simplified report
 * costs only this count.
 */
public final class ScriptDetector {
    /** Fewest Traditional-only characters that make a report Traditional: a quoted name or two do not. */
    static final int MIN_TRADITIONAL = 5;
    /** How many times the Simplified-only characters the Traditional-only ones must outnumber. */
    static final int DOMINANCE = 4;

    private ScriptDetector() {}

    /**
     * The script of a text: Traditional when its Traditional-only characters are at least {@link #MIN_TRADITIONAL}
     * and {@link #DOMINANCE} times its Simplified-only ones, else Simplified (a mixed text is left as it is).
     */
    public static Script detect(String text) {
        // A Simplified report rarely holds even one Traditional-only character: the Simplified table, needed only to
        // weigh those that are there, is then never read.
        int traditional = count(text, TraditionalOnly.SET);
        if (traditional < MIN_TRADITIONAL) return Script.SIMPLIFIED;
        return traditional >= DOMINANCE * count(text, SimplifiedOnly.SET) ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    /**
     * Whether one line of a Simplified report is written in Traditional script: at least two Traditional-only
     * characters and no Simplified-only one, or the report's own test on the line. A Simplified sentence quoting a
     * Traditional name holds Simplified-only characters too (这, 们, 会, 个…) and stays as it is.
     */
    static boolean isTraditionalLine(String line) {
        if (count(line, TraditionalOnly.SET) < 2) return false;
        return count(line, SimplifiedOnly.SET) == 0 || detect(line) == Script.TRADITIONAL;
    }

    /**
     * How many characters of a text only Traditional, and only Simplified, script uses.
     *
     * @param traditional characters whose Simplified form differs
     * @param simplified  characters whose Traditional form differs
     */
    public record Counts(int traditional, int simplified) {}

    /** Counts the characters of a text that only one script uses. */
    public static Counts count(String text) {
        return new Counts(count(text, TraditionalOnly.SET), count(text, SimplifiedOnly.SET));
    }

    private static int count(String text, BitSet characters) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x2E80 && characters.get(c)) n++; // below the CJK blocks: ascii, punctuation, Latin
        }
        return n;
    }

    /** Loaded on first use, once, whichever thread asks first. */
    private static final class TraditionalOnly {
        static final BitSet SET = changedKeys("/data/dictionary/TSCharacters.txt");
    }

    /** Loaded on first use, once: only for a text with Traditional-only characters. */
    private static final class SimplifiedOnly {
        static final BitSet SET = changedKeys("/data/dictionary/STCharacters.txt");
    }

    /**
     * The characters of an OpenCC table ({@code key TAB candidate[ candidate…]} lines) none of whose candidates is the
     * key itself: those the other script always writes differently. Read by hand rather than line by line with
     * splits, as this runs on every import.
     */
    private static BitSet changedKeys(String resource) {
        String table;
        try (InputStream in = ScriptDetector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC table " + resource + " missing from the classpath");
            }
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenCC table " + resource, e);
        }
        BitSet keys = new BitSet(0x30000);
        int n = table.length();
        for (int line = 0; line < n; ) {
            int end = table.indexOf('\n', line);
            if (end < 0) end = n;
            int key = table.codePointAt(line);
            int tab = line + Character.charCount(key);
            if (tab < end && table.charAt(tab) == '\t') {
                boolean unchanged = false;
                for (int c = tab + 1; c < end; ) {
                    int stop = c;
                    while (stop < end && table.charAt(stop) != ' ' && table.charAt(stop) != '\r') stop++;
                    unchanged |= stop - c == tab - line && table.regionMatches(c, table, line, tab - line);
                    c = stop + 1;
                }
                if (!unchanged) keys.set(key);
            }
            line = end + 1;
        }
        return keys;
    }
}
