/**
 * Measures the importer against hand-annotated reports: precision and recall per field (articles, titles, sources,
 * places, dates, figures, themes, captions) and romanisation debris left anywhere. A tool beside the pipeline, like
 * the benchmark: it may use every stage.
 */
package org.swbulletin.bench.measure;
