package org.swbulletin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --seeds} of the commands that import new reports on the way ({@code build}, {@code serve}).
 *
 * <p>The default folder may be absent (a site whose reports are all imported needs none), but a folder named on the
 * command line must exist: a typo would otherwise silently import nothing.
 */
final class SeedsOption {
    /** The folder used when the option is not given. */
    static final Path DEFAULT = Path.of("seeds");

    // No picocli default: null tells an explicit --seeds from the default one.
    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Raw reports (*.txt) to import when new (default: seeds, skipped when absent).")
    private Path dir;

    /**
     * The folder to import new reports from: the one given, which must exist, or the default, which need not.
     *
     * @throws MissingFolderException naming the folder and the option when a given folder is missing
     */
    Path existingOrDefault() {
        return dir == null ? DEFAULT : MissingFolderException.require(dir, "seeds", "--seeds", "");
    }
}
