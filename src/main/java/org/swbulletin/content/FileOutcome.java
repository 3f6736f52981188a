package org.swbulletin.content;

import java.nio.file.Path;
import java.util.List;

/**
 * What import or retag did to one article file.
 *
 * @param file   the file, relative to the content directory
 * @param id     the article id
 * @param status created, updated, unchanged, or left deleted
 * @param kept   fields where an editor's value was kept instead of import's
 */
public record FileOutcome(Path file, String id, Status status, List<ArticleField<?>> kept) {

    /** Copies the list. */
    public FileOutcome {
        kept = List.copyOf(kept);
    }

    /** What happened to the file. */
    public enum Status {
        /** A new article file was written. */
        CREATED,
        /** An existing file was rewritten with new values. */
        UPDATED,
        /** The file already held what import would write (or only an editor's values differ). */
        UNCHANGED,
        /** An editor deleted the file after import wrote it; it stays deleted unless {@code --force}. */
        KEPT_DELETED
    }

    /** True when an editor's edit (a field or a deletion) was kept. */
    public boolean keptEdits() {
        return !kept.isEmpty() || status == Status.KEPT_DELETED;
    }
}
