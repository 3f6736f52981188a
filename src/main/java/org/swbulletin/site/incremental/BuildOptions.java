package org.swbulletin.site.incremental;

import java.time.Duration;
import org.swbulletin.content.FolderLock;
import org.swbulletin.content.Publication;

import org.swbulletin.site.BuildProgress;

/**
 * How a build runs.
 *
 * @param full        true to render every page, ignoring what the previous build left
 * @param publication the day of the build, and whether held articles are shown as drafts
 * @param progress    told about phases and rendered pages
 * @param lockWait    how long to wait for another build of the same site to finish before giving up
 */
public record BuildOptions(boolean full, Publication publication, BuildProgress progress, Duration lockWait) {
    /** An incremental build, as published today, that reports nothing. */
    public static final BuildOptions INCREMENTAL = new BuildOptions(false, BuildProgress.SILENT);

    /** A build that waits {@link FolderLock#WAIT} for another build of its site. */
    public BuildOptions(boolean full, Publication publication, BuildProgress progress) {
        this(full, publication, progress, FolderLock.WAIT);
    }

    /** A build as published today, drafts held. */
    public BuildOptions(boolean full, BuildProgress progress) {
        this(full, Publication.asOfToday(), progress);
    }
}
