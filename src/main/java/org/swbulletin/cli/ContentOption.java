package org.swbulletin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --content}: the editors' content folder, the same option in every command that reads it. */
final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content directory (default: ${DEFAULT-VALUE}).")
    private Path dir;

    /** The folder as given, which may not exist yet: only {@code import} may use it so, to create it. */
    Path path() {
        return dir;
    }

    /**
     * The folder, which must exist: every command but {@code import} reads content and never creates it.
     *
     * @throws MissingFolderException naming the folder and the option when it is missing
     */
    Path existing() {
        return MissingFolderException.require(dir, "content", "--content", "run 'bulletin import' to create one");
    }
}
