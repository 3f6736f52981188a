package org.swbulletin.ingest;

import org.swbulletin.InvalidInputException;
import java.nio.file.Path;

/** A raw report that cannot be imported: names the file and, where it makes sense, the line. */
public class ReportFormatException extends InvalidInputException {

    /**
     * @param file    the report at fault
     * @param line    1-based line number, or 0 when no line applies
     * @param message what is wrong, for an editor
     */
    public ReportFormatException(Path file, int line, String message) {
        super(file, line, message, null);
    }

    /**
     * @param file    the report at fault
     * @param line    1-based line number, or 0 when no line applies
     * @param message what is wrong, for an editor
     * @param cause   the underlying failure
     */
    public ReportFormatException(Path file, int line, String message, Throwable cause) {
        super(file, line, message, cause);
    }
}
