package org.swbulletin.content;

import java.nio.file.Path;
import java.util.List;
import org.swbulletin.Diagnostic;
import org.swbulletin.InvalidInputException;

/**
 * Content that must not be published: every error {@link ContentLoader} found, each with its file and line. The
 * message is the first error, located, and how many more there are; {@link #diagnostics()} lists them all.
 */
public final class InvalidContentException extends InvalidInputException {
    private final List<Diagnostic> errors;

    /**
     * @param dir    the content folder
     * @param errors the errors, at least one
     */
    public InvalidContentException(Path dir, List<Diagnostic> errors) {
        super(errors.get(0).file(), errors.get(0).line(), errors.size() == 1 ? errors.get(0).located()
                : errors.get(0).located() + " (and " + (errors.size() - 1) + " more error"
                + (errors.size() == 2 ? "" : "s") + " in " + Diagnostic.shown(dir) + ")", null);
        this.errors = List.copyOf(errors);
    }

    /** Every error, in file and line order. */
    public List<Diagnostic> diagnostics() {
        return errors;
    }

    /** Every error as {@code file:line: error: message}, one a line, then a line that says nothing was published. */
    @Override
    public String located() {
        StringBuilder s = new StringBuilder();
        for (Diagnostic d : errors) {
            s.append(d.located()).append('\n');
        }
        return s.append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                .append(" in content: nothing was published").toString();
    }
}
