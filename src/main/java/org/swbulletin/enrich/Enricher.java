package org.swbulletin.enrich;

import java.nio.file.Path;
import java.util.List;

/**
 * Tags an article with places, themes, figures and its date: the enrich stage between ingest and content.
 *
 * <p>Load once per run: the gazetteer, taxonomy and glossary indexes are built here, and {@link #enrich} is then
 * a few passes over the article's text.
 */
public final class Enricher {
    private final PlaceTagger places;
    private final ThemeTagger themes;
    private final FigureExtractor figures;
    private final DateResolver dates = new DateResolver();
    private final NationalScope national = NationalScope.bundled();
    private final Glossary glossary;
    private final ThemeTaxonomy taxonomy;

    private Enricher(Gazetteer gazetteer, ThemeTaxonomy taxonomy, Glossary glossary) {
        this.places = new PlaceTagger(gazetteer);
        this.themes = new ThemeTagger(taxonomy);
        this.figures = new FigureExtractor(glossary.terms().keySet(),
                gazetteer.all().stream().map(Division::name).toList());
        this.glossary = glossary;
        this.taxonomy = taxonomy;
    }

    /**
     * An enricher with the bundled gazetteer and the content directory's taxonomy and glossary (the bundled
     * defaults where the directory has none).
     *
     * @throws DataFileException when the directory's taxonomy or glossary is malformed
     */
    public static Enricher load(Path contentDir) {
        return new Enricher(Gazetteer.bundled(), EditorDataDefaults.taxonomy(contentDir),
                EditorDataDefaults.glossary(contentDir));
    }

    /** An enricher of given data, for tests and embedding. */
    public static Enricher of(Gazetteer gazetteer, ThemeTaxonomy taxonomy, Glossary glossary) {
        return new Enricher(gazetteer, taxonomy, glossary);
    }

    /** What enrichment finds in the text. */
    public Enrichment enrich(ArticleText text) {
        return enrich(text, null);
    }

    /**
     * What enrichment finds in the text of an article of a report dated {@code reportDate} (see
     * {@link DateResolver#reportDate}; may be null): a day without a year takes the report's year.
     */
    public Enrichment enrich(ArticleText text, String reportDate) {
        List<Figure> found = figures.extract(text);
        PlaceTagger.Places p = national.apply(text, places.tag(text), found);
        return new Enrichment(p.provinces(), p.cities(), p.places(), themes.tag(text), found,
                dates.resolve(text, reportDate));
    }

    /** The glossary in use, for English names of outlets, terms and people. */
    public Glossary glossary() {
        return glossary;
    }

    /** The theme taxonomy in use. */
    public ThemeTaxonomy taxonomy() {
        return taxonomy;
    }
}
