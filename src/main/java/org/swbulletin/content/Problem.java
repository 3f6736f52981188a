package org.swbulletin.content;

import java.nio.file.Path;

/**
 * One finding of {@link ContentChecker}: a file, a line, how serious it is and what an editor should do.
 *
 * @param file     the file at fault
 * @param line     1-based line, or 0 when the finding is about the whole file
 * @param severity error (the build must not publish it), warning, or info
 * @param message  what is wrong, for an editor
 */
public record Problem(Path file, int line, Severity severity, String message) {

    /** How serious a finding is. */
    public enum Severity {
        /** Invalid content: {@code check} exits 1. */
        ERROR,
        /** Probably a mistake, or a translation that may be out of date. */
        WARNING,
        /** Worth knowing, nothing wrong (an article without translation). */
        INFO
    }

    /** The finding as {@code file:line: error: message}, the form editors' tools jump to. */
    public String located() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + message;
    }
}
