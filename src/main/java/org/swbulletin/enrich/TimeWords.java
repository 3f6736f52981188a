package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that tell a fact of the story from a plan, a bound or a dateline, read from the bundled
 * {@code time-words.yaml}: the date resolver and the figure extractor share its one list of plan words.
 *
 * @param plans           words of a plan or target (力争, 将于)
 * @param scheduled       the plan words that schedule something for a year (将于2025年), a subset of {@code plans}
 * @param boundsBefore    words right before a date that make it a bound, a start, history or a target (截至, 早在)
 * @param boundsAfter     words right after a date that make it a bound or a dateline (以来, 讯)
 * @param datelineOutlets outlets whose dateline may carry no day (新华社南宁电)
 */
record TimeWords(List<String> plans, List<String> scheduled, List<String> boundsBefore, List<String> boundsAfter,
                 List<String> datelineOutlets) {
    private static final String FILE = "time-words.yaml";
    private static final TimeWords BUNDLED = load();

    TimeWords {
        plans = List.copyOf(plans);
        scheduled = List.copyOf(scheduled);
        boundsBefore = List.copyOf(boundsBefore);
        boundsAfter = List.copyOf(boundsAfter);
        datelineOutlets = List.copyOf(datelineOutlets);
        for (String s : scheduled) {
            if (!plans.contains(s)) {
                throw new IllegalArgumentException(FILE + ": scheduled word " + s + " is not among the plans");
            }
        }
    }

    /** The words of the bundled file, read once. */
    static TimeWords bundled() {
        return BUNDLED;
    }

    /** The words right before a date that keep it from being the article's date: bounds and plans. */
    List<String> notEventBefore() {
        List<String> all = new ArrayList<>(boundsBefore);
        all.addAll(plans);
        return all;
    }

    /** An alternation of the words, longest first, quoted for a regular expression. */
    static String alternation(List<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static TimeWords load() {
        Map<?, ?> m = YamlData.bundledMap(TimeWords.class, FILE);
        return new TimeWords(words(m, "plans"), words(m, "scheduled"), words(m, "bounds_before"),
                words(m, "bounds_after"), words(m, "dateline_outlets"));
    }

    private static List<String> words(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException(FILE + ": " + key + " must be a list of words");
        }
        return list.stream().map(String::valueOf).toList();
    }
}
