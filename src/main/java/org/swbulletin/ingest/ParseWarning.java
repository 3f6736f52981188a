package org.swbulletin.ingest;

/**
 * Something odd in a report that the parser worked around, for the editor to check.
 *
 * @param line    1-based line of the report
 * @param message what was odd and what the parser did
 */
public record ParseWarning(int line, String message) {

    /** This warning about a report file, as every command reports findings. */
    public org.swbulletin.Diagnostic diagnostic(java.nio.file.Path report) {
        return org.swbulletin.Diagnostic.warning(report, line, message);
    }
}
