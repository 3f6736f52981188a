/**
 * Content: the editors' source of truth, front-matter Markdown articles under {@code content/}. It holds the
 * {@link org.swbulletin.content.Article} model, reads and writes front matter, imports parsed reports and retags
 * articles without undoing editors' edits (the import manifest), drafts translations, caches parsed articles and
 * checks the whole folder. It may use {@code ingest} and {@code enrich}.
 */
package org.swbulletin.content;
