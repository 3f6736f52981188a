package org.swbulletin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out}: the site folder a build writes, which need not exist. */
final class OutOption {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Output directory (default: ${DEFAULT-VALUE}); replaced whole, only if bulletin wrote it.")
    private Path dir;

    /** The site folder as given. */
    Path path() {
        return dir;
    }
}
