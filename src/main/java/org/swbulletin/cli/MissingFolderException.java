package org.swbulletin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.swbulletin.InvalidInputException;

/**
 * A folder named by an option (or its default) that does not exist: invalid input, exit code 1.
 *
 * <p>Commands check their folders before doing anything, so that a mistyped {@code --content} fails at once instead of
 * creating a folder, importing into it or replacing the site with an empty build.
 */
final class MissingFolderException extends InvalidInputException {
    private MissingFolderException(Path dir, String message) {
        super(dir, 0, message, null);
    }

    /**
     * Returns the folder when it exists.
     *
     * @param dir    the folder, as the user gave it
     * @param what   what it holds, e.g. {@code content}
     * @param option the option that names it, e.g. {@code --content}
     * @param hint   what to do about it, or an empty string
     * @throws MissingFolderException naming the folder and the option when it is missing or is not a folder
     */
    static Path require(Path dir, String what, String option, String hint) {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        String problem = Files.exists(dir) ? "is not a folder" : "does not exist";
        throw new MissingFolderException(dir, what + " folder '" + dir + "' " + problem + " (" + option + ")"
                + (hint.isEmpty() ? "" : "; " + hint));
    }

    /**
     * A folder or file named by an option that does not exist at all.
     *
     * @param path   the path, as the user gave it
     * @param what   what it holds, e.g. {@code seeds}
     * @param option the option that names it
     */
    static MissingFolderException missing(Path path, String what, String option) {
        return new MissingFolderException(path, what + " '" + path + "' does not exist (" + option + ")");
    }

    /** The message alone: it names the folder and the option already, and no line applies. */
    @Override
    public String located() {
        return getMessage();
    }
}
