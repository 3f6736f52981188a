package org.swbulletin.site;

import java.util.Map;
import org.swbulletin.render.Page;

/**
 * How a build may skip rendering pages that an earlier build already wrote: by staging the new site from the tree the
 * last build replaced, and by giving each page a key, so that {@link OutputDir#reuse} links a page whose key did not
 * change instead of rendering it. {@link #NONE} renders every page.
 */
public interface PageReuse {
    /** Renders every page into a new staging tree. */
    PageReuse NONE = new PageReuse() {};

    /** True to stage the new site in the tree the last build replaced, whose files can be kept as they are. */
    default boolean fromPreviousSite() {
        return false;
    }

    /**
     * The keys of this build's pages; asked once, in the build's fork-join pool, when the staging directory is ready
     * and before any page is rendered.
     */
    default Keys pageKeys(OutputDir output) {
        return Keys.NONE;
    }

    /** Gives a page the key of everything its bytes are made from. */
    @FunctionalInterface
    interface Keys {
        /** No page has a key: every page is rendered. */
        Keys NONE = (page, model) -> null;

        /**
         * The page's key; thread-safe.
         *
         * @param model the page's model, made once for both the key and the rendering
         * @return the key, or null to render the page without one
         */
        byte[] of(Page page, Map<String, Object> model);
    }
}
