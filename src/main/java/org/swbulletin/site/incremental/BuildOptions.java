package org.swbulletin.site.incremental;

import org.swbulletin.site.BuildProgress;

/**
 * How a build runs.
 *
 * @param full     true to render every page, ignoring what the previous build left
 * @param progress told about phases and rendered pages
 */
public record BuildOptions(boolean full, BuildProgress progress) {
    /** An incremental build that reports nothing. */
    public static final BuildOptions INCREMENTAL = new BuildOptions(false, BuildProgress.SILENT);
}
