package org.swbulletin.enrich;

import java.nio.file.Path;
import org.swbulletin.InvalidInputException;

/** An editors' data file (themes, glossary) that cannot be read: names the file and, where known, the line. */
public class DataFileException extends InvalidInputException {

    /** A problem at a line of a data file (0 when no line applies). */
    public DataFileException(Path file, int line, String message) {
        super(file, line, message, null);
    }
}
