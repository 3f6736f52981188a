package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The English of a figure label: the glossary's term when it lists one, else a rendering composed from the glossary's
 * {@code words}, so that an English page never shows a label in Chinese.
 *
 * <p>Chinese and English noun compounds both put the head last (社区志愿者分会, community volunteer branches), so the
 * label is cut into the longest words the glossary knows, each put into English in order, the last one in its plural
 * form. A word entry is written {@code modifier|plural} ({@code 站: station|stations}) or as one form used for both
 * ({@code 专职: full-time}); a listed term may stand inside a label too. Characters no entry covers are written in
 * pinyin, which is still legible to an English reader and tells the editors what to add.
 */
public final class TermEnglish {
    private static final String PLURAL_MARK = "|";
    /** The cost of a character no entry covers, against 1 for a piece: any cover beats none. */
    private static final long UNCOVERED = 1000;

    private final Glossary glossary;
    private final int longest;

    /** Renderings from this glossary. */
    public TermEnglish(Glossary glossary) {
        this.glossary = glossary;
        int max = 1;
        for (String k : glossary.words().keySet()) {
            max = Math.max(max, k.length());
        }
        for (String k : glossary.terms().keySet()) {
            max = Math.max(max, k.length());
        }
        this.longest = max;
    }

    /** The glossary's English for the label, if it lists the label as a term. */
    public Optional<String> listed(String zh) {
        return glossary.term(zh);
    }

    /**
     * The English of a label: the glossary's term, else a composed rendering; a list (社工、志愿者、爱心人士) is put
     * into English item by item, "social workers, volunteers and …".
     */
    public String of(String zh) {
        Optional<String> listed = listed(zh);
        if (listed.isPresent() || zh.indexOf('、') < 0) {
            return listed.orElseGet(() -> composed(zh));
        }
        List<String> items = new ArrayList<>();
        for (String item : zh.split("、")) {
            if (!item.isBlank()) {
                items.add(listed(item).orElseGet(() -> composed(item)));
            }
        }
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * A rendering composed from the glossary's words and terms, pinyin where neither covers the text. The label is cut
     * so that the fewest characters are left uncovered, then into the fewest pieces (优秀 志愿 服务队, not
     * 优秀 志愿服务 队).
     */
    public String composed(String zh) {
        int[] next = cut(zh);
        int n = zh.length();
        List<String> parts = new ArrayList<>();
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < n; ) {
            if (next[i] < 0) {
                unknown.append(zh.charAt(i));
                i++;
                continue;
            }
            flush(unknown, parts);
            parts.add(english(zh.substring(i, next[i]), next[i] == n));
            i = next[i];
        }
        flush(unknown, parts);
        return String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList());
    }

    /**
     * True when the label reads as English without pinyin: the glossary lists it, or its words cover every character
     * but punctuation.
     */
    public boolean readsAsEnglish(String zh) {
        if (listed(zh).isPresent()) {
            return true;
        }
        int[] next = cut(zh);
        for (int i = 0; i < zh.length(); ) {
            if (next[i] < 0 && !isMark(zh.charAt(i))) {
                return false;
            }
            i = next[i] < 0 ? i + 1 : next[i];
        }
        return true;
    }

    /** The best cut: for each position, where the piece starting there ends, or -(position + 1) for an uncovered one. */
    private int[] cut(String zh) {
        int n = zh.length();
        // best[i]: cost of the best cut of zh[i..]; next[i]: where its first piece ends (negative: one uncovered char).
        long[] best = new long[n + 1];
        int[] next = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            best[i] = (isMark(zh.charAt(i)) ? 0 : UNCOVERED) + best[i + 1];
            next[i] = -(i + 1);
            for (int end = Math.min(n, i + longest); end > i; end--) {
                String piece = zh.substring(i, end);
                if ((glossary.words().containsKey(piece) || glossary.terms().containsKey(piece))
                        && 1 + best[end] < best[i]) {
                    best[i] = 1 + best[end];
                    next[i] = end;
                }
            }
        }
        return next;
    }

    private static boolean isMark(char c) {
        return !Character.isLetterOrDigit(c);
    }

    private static void flush(StringBuilder unknown, List<String> parts) {
        if (unknown.length() > 0) {
            // Brackets and marks between words (省(市)) are not words.
            String text = unknown.toString().replaceAll("[\\p{P}\\s]+", " ").strip();
            for (String run : text.split(" ")) {
                List<String> syllables = Pinyin.syllables(run);
                parts.add(syllables.isEmpty() ? run : String.join("", syllables));
            }
            unknown.setLength(0);
        }
    }

    /** A word or term in English: a word as a modifier inside the label, in its plural at its end. */
    private String english(String piece, boolean last) {
        String word = glossary.words().get(piece);
        if (word == null) {
            return glossary.terms().get(piece);
        }
        int bar = word.indexOf(PLURAL_MARK);
        if (bar < 0) {
            return word.strip();
        }
        return (last ? word.substring(bar + 1) : word.substring(0, bar)).strip();
    }
}
