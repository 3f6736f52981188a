/**
 * Site: builds the static site on disk. It runs a build (or patches an edited body into the live site), keeps the
 * build caches and article keys beside the site, writes every file through {@link org.swbulletin.site.OutputDir}
 * (atomic swaps, never outside the site), writes feeds and the sitemap, and serves a preview that reloads on change.
 * It may use every stage to its left: {@code ingest}, {@code enrich}, {@code content} and {@code render}.
 */
package org.swbulletin.site;
