package org.swbulletin.content;

import java.nio.file.Path;
import org.swbulletin.InvalidInputException;

/** An invalid content file: names the file and, where known, the line. */
public class ContentException extends InvalidInputException {

    /**
     * @param file    the file at fault
     * @param line    1-based line number, or 0 when no line applies
     * @param message what is wrong, for an editor
     */
    public ContentException(Path file, int line, String message) {
        super(file, line, message, null);
    }
}
