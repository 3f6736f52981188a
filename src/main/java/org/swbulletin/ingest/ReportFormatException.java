package org.swbulletin.ingest;

import java.nio.file.Path;

/** A raw report that cannot be imported: names the file and, where it makes sense, the line. */
public class ReportFormatException extends RuntimeException {
    private final Path file;
    private final int line;

    /**
     * @param file    the report at fault
     * @param line    1-based line number, or 0 when no line applies
     * @param message what is wrong, for an editor
     */
    public ReportFormatException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    /**
     * @param file    the report at fault
     * @param line    1-based line number, or 0 when no line applies
     * @param message what is wrong, for an editor
     * @param cause   the underlying failure
     */
    public ReportFormatException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /** The report at fault. */
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
