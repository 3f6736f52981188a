package org.swbulletin.site;

import java.util.function.Supplier;
import org.swbulletin.render.Page;

/**
 * One file of the site as a build plans it. Pages, feeds, the sitemap, robots.txt and assets are all planned as outputs
 * and written by the same writer, in parallel; only a page has a model, and so a key to reuse it by.
 */
public sealed interface SiteOutput {
    /** The file, relative to the site directory, with {@code /} separators. */
    String file();

    /** An HTML page, rendered from its template and model. */
    record Rendered(Page page) implements SiteOutput {
        @Override
        public String file() {
            return page.file();
        }
    }

    /**
     * A file whose bytes code makes (a feed, the sitemap) or copies (an asset).
     *
     * @param bytes makes the bytes when the file is written, so that no output is held in memory before then
     */
    record Made(String file, Supplier<byte[]> bytes) implements SiteOutput {}
}
