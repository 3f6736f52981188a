package org.swbulletin.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides that an article is national news although the place tagger found Beijing: national bodies sit in Beijing,
 * so "在京召开" or "北京" in an article about one, or about nationwide figures, says where the body is, not what the
 * news is about. National news has no province, city or place ({@code provinces: []}); its figures are national.
 *
 * <p>The bodies, the patterns of their names and the words of nationwide counts are data, in
 * {@code national-scope.yaml} beside this class. An article that names a finer place in the seat (a district) or
 * another province stays where it is: a national conference held in Kunming is news from Kunming.
 */
public final class NationalScope {
    private final String seat;
    private final List<String> seatLocalNames;
    private final List<String> bodies;
    private final List<Pattern> bodyPatterns;
    private final List<String> nationwide;

    /** A scope of the given data. */
    public NationalScope(String seat, List<String> seatLocalNames, List<String> bodies, List<Pattern> bodyPatterns,
                         List<String> nationwide) {
        this.seat = seat;
        this.seatLocalNames = List.copyOf(seatLocalNames);
        this.bodies = List.copyOf(bodies);
        this.bodyPatterns = List.copyOf(bodyPatterns);
        this.nationwide = List.copyOf(nationwide);
    }

    /** The scope of the bundled {@code national-scope.yaml}. */
    public static NationalScope bundled() {
        Map<?, ?> m = YamlData.bundledMap(NationalScope.class, "national-scope.yaml");
        List<Pattern> patterns = new ArrayList<>();
        for (String p : strings(m.get("body_patterns"))) {
            patterns.add(Pattern.compile(p));
        }
        return new NationalScope(String.valueOf(m.get("seat")), strings(m.get("seat_local_names")),
                strings(m.get("bodies")), patterns, strings(m.get("nationwide")));
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }

    /**
     * The places of an article, national ones made national: when the tagger found only the seat (no district of it,
     * no other province) and the title, kicker or first paragraph names a national body, or a figure is counted
     * nationwide.
     */
    public PlaceTagger.Places apply(ArticleText text, PlaceTagger.Places places, List<Figure> figures) {
        boolean onlySeat = places.provinces().isEmpty()
                || places.provinces().equals(List.of(seat)) && places.places().isEmpty();
        if (!onlySeat || places.provinces().isEmpty()) {
            return places;
        }
        String headline = nonNull(text.kicker()) + nonNull(text.title());
        if (seatLocalNames.stream().anyMatch(headline::contains)) {
            return places;
        }
        if (namesNationalBody(text) || figures.stream().anyMatch(this::nationwide)) {
            return new PlaceTagger.Places(List.of(), List.of(), List.of());
        }
        return places;
    }

    /** True when the title, kicker or first paragraph names a national body. */
    boolean namesNationalBody(ArticleText text) {
        String lead = nonNull(text.kicker()) + "\n" + nonNull(text.title()) + "\n"
                + text.paragraphs().stream().filter(p -> p != null && !p.isBlank()).findFirst().orElse("");
        for (String body : bodies) {
            if (lead.contains(body)) {
                return true;
            }
        }
        for (Pattern p : bodyPatterns) {
            if (p.matcher(lead).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when a figure's clause counts it nationwide. */
    boolean nationwide(Figure f) {
        String clause = nonNull(f.text());
        return nationwide.stream().anyMatch(clause::contains);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
