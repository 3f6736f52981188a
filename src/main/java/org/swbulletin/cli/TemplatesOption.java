package org.swbulletin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --templates}: the FreeMarker templates, strings and assets the site is rendered with. */
final class TemplatesOption {
    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates directory (default: ${DEFAULT-VALUE}).")
    private Path dir;

    /**
     * The folder, which must exist.
     *
     * @throws MissingFolderException naming the folder and the option when it is missing
     */
    Path existing() {
        return MissingFolderException.require(dir, "templates", "--templates", "");
    }
}
