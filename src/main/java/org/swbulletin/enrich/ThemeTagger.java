package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the one to four themes an article is really about.
 *
 * <p>Each cue occurrence scores its theme by where it stands (title {@value #TITLE}, kicker {@value #KICKER}, first
 * paragraph {@value #LEAD}, body 1, the body adding at most {@value #BODY_CAP} to a theme), so that what the story is
 * about, which its title and lead say, outweighs what its body mentions in passing; a
 * theme is kept when its score reaches {@value #MIN_SCORE} and at least {@value #RELATIVE} of the best theme's, at
 * most {@value #MAX_THEMES}. An article that mentions a cue only in passing does not get its theme; an article with
 * cues but none strong enough still gets its best theme; one with no cue at all gets none.
 */
public final class ThemeTagger {
    static final int MAX_THEMES = 4;
    static final double TITLE = 5;
    static final double KICKER = 3;
    static final double LEAD = 3;
    static final double BODY_CAP = 3;
    static final double MIN_SCORE = 3;
    static final double RELATIVE = 0.3;

    private final List<Theme> themes;
    private final WordIndex<Theme> cues = new WordIndex<>();

    /** A tagger over a taxonomy; builds its cue index once. */
    public ThemeTagger(ThemeTaxonomy taxonomy) {
        this.themes = taxonomy.themes();
        for (Theme t : themes) {
            t.cues().forEach(c -> cues.add(c, t));
        }
    }

    /** Theme ids, best first. */
    public List<String> tag(ArticleText text) {
        Map<Theme, Double> score = new LinkedHashMap<>();
        add(text.title(), TITLE, score);
        add(text.kicker(), KICKER, score);
        boolean first = true;
        Map<Theme, Double> body = new LinkedHashMap<>();
        for (String p : text.paragraphs()) {
            add(p, first ? LEAD : 1, first ? score : body);
            first = first && (p == null || p.isBlank());
        }
        // The body only confirms: a theme named on every page of a long story about something else stays minor.
        body.forEach((theme, s) -> score.merge(theme, Math.min(s, BODY_CAP), Double::sum));
        List<Map.Entry<Theme, Double>> sorted = new ArrayList<>(score.entrySet());
        // Ties go to the theme listed first in the taxonomy, so results do not depend on map order.
        sorted.sort(Comparator.<Map.Entry<Theme, Double>>comparingDouble(Map.Entry::getValue).reversed()
                .thenComparingInt(e -> themes.indexOf(e.getKey())));
        List<String> out = new ArrayList<>();
        if (sorted.isEmpty()) {
            return out;
        }
        double top = sorted.get(0).getValue();
        for (Map.Entry<Theme, Double> e : sorted) {
            boolean strong = e.getValue() >= MIN_SCORE && e.getValue() >= RELATIVE * top;
            if (out.size() == MAX_THEMES || (!strong && !out.isEmpty())) {
                break;
            }
            out.add(e.getKey().id());
        }
        return out;
    }

    private void add(String text, double weight, Map<Theme, Double> score) {
        if (text != null && !text.isEmpty()) {
            cues.scan(text, (theme, at) -> score.merge(theme, weight, Double::sum));
        }
    }
}
