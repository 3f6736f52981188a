package org.swbulletin;

import java.nio.file.Path;

/**
 * An input file that the tool cannot accept, named with the line at fault where one applies.
 *
 * <p>The base of every stage's input error (a raw report, a content file, an editors' data file), so that the
 * command line reports them all the same way: {@code file:line: message} and exit code 1.
 */
public class InvalidInputException extends RuntimeException {
    private final Path file;
    private final int line;

    /**
     * @param file    the file at fault
     * @param line    1-based line number, or 0 when no line applies
     * @param message what is wrong, for an editor
     * @param cause   the underlying failure, or null
     */
    public InvalidInputException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
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
        return Diagnostic.where(file, line, 0) + ": " + getMessage();
    }

    /** The error as a {@link Diagnostic}, for commands that list every finding the same way. */
    public Diagnostic diagnostic() {
        return Diagnostic.error(file, line, getMessage());
    }
}
