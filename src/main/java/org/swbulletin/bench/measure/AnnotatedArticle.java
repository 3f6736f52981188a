package org.swbulletin.bench.measure;

import java.util.List;

/**
 * What a careful editor reads in one article of a report: the answer the importer is measured against.
 *
 * @param title     the title as the Simplified site should show it
 * @param source    the outlet of the source line, or null when the article has none
 * @param provinces provincial-level short names; empty for national news
 * @param cities    prefecture-level short names
 * @param date      {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} as far as the report's own text supports it
 *                  (the corpus README's dating rule), or null when nothing in it does
 * @param pageDate  the true date its page shows, which the report may not tell; the same as {@code date} unless
 *                  annotated apart
 * @param figures   key figures as {@code "value unit"}, the value normalised ({@code 1.7万} is {@code 17000})
 * @param themes    theme ids
 * @param captions  photo captions as printed
 */
public record AnnotatedArticle(String title, String source, List<String> provinces, List<String> cities, String date,
                               String pageDate, List<String> figures, List<String> themes, List<String> captions) {

    /** Copies the lists. */
    public AnnotatedArticle {
        provinces = List.copyOf(provinces);
        cities = List.copyOf(cities);
        figures = List.copyOf(figures);
        themes = List.copyOf(themes);
        captions = List.copyOf(captions);
    }
}
