package org.swbulletin.enrich;

import java.util.List;

/**
 * What enrichment finds in an article: where it is about, what themes, which key figures and when.
 *
 * @param provinces short names of provincial-level divisions, most relevant first; empty for national news
 * @param cities    short names of prefecture-level cities
 * @param places    finer places named (counties, districts)
 * @param themes    theme ids, 1 to 4
 * @param figures   key statistics
 * @param date      {@code YYYY-MM-DD}, {@code YYYY-MM}, or null
 */
public record Enrichment(List<String> provinces, List<String> cities, List<String> places, List<String> themes,
                         List<Figure> figures, String date) {

    /** Copies the lists. */
    public Enrichment {
        provinces = List.copyOf(provinces);
        cities = List.copyOf(cities);
        places = List.copyOf(places);
        themes = List.copyOf(themes);
        figures = List.copyOf(figures);
    }
}
