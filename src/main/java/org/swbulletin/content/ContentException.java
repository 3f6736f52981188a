package org.swbulletin.content;

import java.nio.file.Path;

/** An invalid content file: names the file and, where known, the line. */
public class ContentException extends RuntimeException {
    private final Path file;
    private final int line;

    /**
     * @param file    the file at fault
     * @param line    1-based line number, or 0 when no line applies
     * @param message what is wrong, for an editor
     */
    public ContentException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** 1-based line number, or 0 when the error is not tied to a line. */
    public int line() {
        return line;
    }

    /** The message as {@code file:line: message}, the form editors and their tools understand. */
    public String located() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
