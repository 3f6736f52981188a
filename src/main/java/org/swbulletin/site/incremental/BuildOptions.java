package org.swbulletin.site.incremental;

import org.swbulletin.content.Publication;

import org.swbulletin.site.BuildProgress;

/**
 * How a build runs.
 *
 * @param full        true to render every page, ignoring what the previous build left
 * @param publication the day of the build, and whether held articles are shown as drafts
 * @param progress    told about phases and rendered pages
 */
public record BuildOptions(boolean full, Publication publication, BuildProgress progress) {
    /** An incremental build, as published today, that reports nothing. */
    public static final BuildOptions INCREMENTAL = new BuildOptions(false, BuildProgress.SILENT);

    /** A build as published today, drafts held. */
    public BuildOptions(boolean full, BuildProgress progress) {
        this(full, Publication.asOfToday(), progress);
    }
}
