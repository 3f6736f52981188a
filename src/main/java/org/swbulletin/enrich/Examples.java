package org.swbulletin.enrich;

import java.util.List;

/**
 * The stretches of a paragraph that give examples of a whole just named: a clause opened by {@code 其中}, {@code 例如},
 * {@code 比如}, {@code 譬如} or {@code 诸如} runs to the end of its sentence ({@code 全省…。其中,毕节市…;贵阳市…;黔南州…。}),
 * and a clause opened by {@code 如} right before a name holds that name ({@code 如贵阳市…}).
 *
 * <p>A place named there is one of the parts the story counts or illustrates, not where the story happens: a
 * province-wide story that names what three of its cities did is still a story about the province.
 */
final class Examples {
    private static final List<String> MARKERS = List.of("其中", "例如", "比如", "譬如", "诸如");
    private static final String CLAUSE_STARTS = "，,;；:：。!！?？";
    private static final String SENTENCE_ENDS = "。!！?？";

    private final String text;
    private final boolean[] inside;

    Examples(String text) {
        this.text = text;
        this.inside = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            String marker = markerAt(i);
            if (marker == null) {
                i++;
                continue;
            }
            int end = i + marker.length();
            while (end < text.length() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            for (int k = i; k < end; k++) {
                inside[k] = true;
            }
            i = end;
        }
    }

    /** Whether the name at {@code start} stands inside an example (after {@code 其中,} or right after {@code 如}). */
    boolean at(int start) {
        if (start < inside.length && inside[start]) {
            return true;
        }
        int m = start;
        while (m > 0 && (text.charAt(m - 1) == '，' || text.charAt(m - 1) == ',')) {
            m--;
        }
        return m > 0 && text.charAt(m - 1) == '如' && opensClause(m - 1);
    }

    private String markerAt(int i) {
        if (!opensClause(i)) {
            return null;
        }
        for (String marker : MARKERS) {
            if (text.startsWith(marker, i)) {
                return marker;
            }
        }
        return null;
    }

    private boolean opensClause(int i) {
        return i == 0 || CLAUSE_STARTS.indexOf(text.charAt(i - 1)) >= 0;
    }
}
