package org.swbulletin.enrich;

import java.util.List;

/**
 * Where the words that change what a number means last stood before each position of a paragraph: 其中, which makes
 * what follows a part of a total, a 等 that closes a list of counts as examples, and the words of a plan or target (力争, 预计, 到2020年), which make the rest of
 * the sentence not yet a fact. Found in one pass when the paragraph is read, so asking costs the same however far
 * back the word stands.
 */
final class Marks {
    private static final List<String> PARTS = List.of("其中");
    /** The plan words of {@code time-words.yaml}, the same the date resolver reads. */
    private static final List<String> PLANS = TimeWords.bundled().plans();
    /** Characters before 到 that make it a rise or a reach (达到, 增加到, 从2016年到), not a deadline. */
    private static final String NOT_DEADLINE = "达增升至提扩年";
    /** Characters a count ends with, so that a 等 after them closes a list of counts. */
    private static final String COUNT_ENDS = "个人名次家所支篇场期条项户元件份位处座批间节部对余多%％";

    /** For each position, where the last 其中 ending at or before it starts; -1 when none. */
    private final int[] lastPart;
    /** For each position, where the last plan word ending at or before it starts; -1 when none. */
    private final int[] lastPlan;
    /** For each position, where the next 等 right after a count stands (社区活动25109余场等); the length when none. */
    private final int[] nextEtc;
    /** For each position, where the next sentence end stands; the length when none. */
    private final int[] nextSentenceEnd;

    Marks(String p) {
        int n = p.length();
        lastPart = new int[n + 1];
        lastPlan = new int[n + 1];
        lastPart[0] = -1;
        lastPlan[0] = -1;
        for (int end = 1; end <= n; end++) {
            lastPart[end] = endingAt(p, end, PARTS, lastPart[end - 1]);
            int plan = endingAt(p, end, PLANS, lastPlan[end - 1]);
            // 到2020年, 到“十四五”末: a deadline, read when its year closes it.
            if (p.charAt(end - 1) == '年' || p.charAt(end - 1) == '末') {
                int start = deadlineStart(p, end - 1);
                plan = start >= 0 ? start : plan;
            }
            lastPlan[end] = plan;
        }
        nextEtc = new int[n + 1];
        nextSentenceEnd = new int[n + 1];
        nextEtc[n] = n;
        nextSentenceEnd[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            char c = p.charAt(i);
            boolean etc = c == '等' && i > 0 && COUNT_ENDS.indexOf(p.charAt(i - 1)) >= 0;
            nextEtc[i] = etc ? i : nextEtc[i + 1];
            nextSentenceEnd[i] = "。!！?？".indexOf(c) >= 0 ? i : nextSentenceEnd[i + 1];
        }
    }

    /** Whether a list of examples closed by 等 after a count ends the sentence from {@code pos} on. */
    boolean examplesFollow(int pos) {
        int i = Math.max(0, Math.min(pos, nextEtc.length - 1));
        return nextEtc[i] < nextSentenceEnd[i];
    }

    private static int endingAt(String p, int end, List<String> words, int had) {
        for (String w : words) {
            if (end >= w.length() && p.startsWith(w, end - w.length())) {
                return end - w.length();
            }
        }
        return had;
    }

    /** Where 到 starts a deadline closed by the 年 or 末 at {@code close} (到2020年, 到“十四五”末), or -1. */
    private static int deadlineStart(String p, int close) {
        int i = close - 1;
        int stop = Math.max(0, close - 8);
        while (i >= stop && p.charAt(i) != '到') {
            char c = p.charAt(i);
            if (!(Character.isDigit(c) || "“”\"十百千零一二三四五六七八九".indexOf(c) >= 0)) {
                return -1;
            }
            i--;
        }
        if (i < stop || i == close - 1 || (i > 0 && NOT_DEADLINE.indexOf(p.charAt(i - 1)) >= 0)) {
            return -1;
        }
        return i;
    }

    /** Where the last 其中 ending at or before {@code pos} starts, or -1. */
    int lastPart(int pos) {
        return lastPart[Math.max(0, Math.min(pos, lastPart.length - 1))];
    }

    /** Where the last plan or deadline word ending at or before {@code pos} starts, or -1. */
    int lastPlan(int pos) {
        return lastPlan[Math.max(0, Math.min(pos, lastPlan.length - 1))];
    }
}
