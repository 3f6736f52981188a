package org.swbulletin.enrich;

import java.nio.file.Path;

/** An editors' data file (themes, glossary) that cannot be read: names the file and, where known, the line. */
public class DataFileException extends RuntimeException {
    private final Path file;
    private final int line;

    /** A problem at a line of a data file (0 when no line applies). */
    public DataFileException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** The 1-based line, or 0. */
    public int line() {
        return line;
    }

    /** {@code file:line: message}. */
    public String located() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
