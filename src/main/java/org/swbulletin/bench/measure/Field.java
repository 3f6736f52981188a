package org.swbulletin.bench.measure;

/** What the measurement scores, in the order the table lists it. */
public enum Field {
    /** Articles split out of the reports: one produced for each annotated (by title, else by source). */
    ARTICLES("articles split"),
    /** Titles exactly as annotated (punctuation width and spaces aside). */
    TITLES("titles exact"),
    /** Source outlets exactly as annotated. */
    SOURCES("sources exact"),
    /** Provinces tagged. */
    PROVINCES("provinces"),
    /** Prefecture-level cities tagged. */
    CITIES("cities"),
    /**
     * Dates as far as the report's text supports them: a produced date is right when it starts with the annotated one;
     * any date where none is due is wrong.
     */
    DATES("dates"),
    /** Dates against the true date of each article's page, which the report's text cannot always tell. */
    PAGE_DATES("dates against the pages"),
    /** Key figures, by value and unit. */
    FIGURES("figures"),
    /** Theme ids. */
    THEMES("themes"),
    /** Photo captions moved to {@code captions:}. */
    CAPTIONS("captions"),
    /** Annotated captions that appear in no body (precision and recall are the same rate). */
    CAPTIONS_NOT_IN_BODY("captions not in body"),
    /** Produced articles without romanisation debris in any text (the same rate twice). */
    NO_DEBRIS("no romanisation debris");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** The name the table prints. */
    public String label() {
        return label;
    }
}
