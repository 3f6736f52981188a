/**
 * Enrich: tags an article's text with its places (from the bundled gazetteer), themes (from the editors' taxonomy),
 * key figures and date, and holds the glossary and pinyin that English names are made from. It may use
 * {@code ingest}; the editors' data files it reads report errors as
 * {@link org.swbulletin.enrich.DataFileException}.
 */
package org.swbulletin.enrich;
