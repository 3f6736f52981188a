package org.swbulletin;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One finding about an input file, reported the same way by every command: import warnings, {@code check},
 * {@code build} and {@code serve}.
 *
 * <p>{@link #located()} prints {@code file:line:column: severity: message}, the form editors' tools jump to, with the
 * file relative to the working directory when it lies below it, so that every command names a file alike.
 *
 * @param file     the file at fault
 * @param line     1-based line, or 0 when the finding is about the whole file
 * @param column   1-based column, or 0 when unknown
 * @param severity error (nothing may be published), warning, or info
 * @param message  what is wrong, for an editor
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message) {

    /** How serious a finding is. */
    public enum Severity {
        /** Invalid input: the command exits 1 and publishes nothing. */
        ERROR,
        /** Probably a mistake, or a translation that may be out of date. */
        WARNING,
        /** Worth knowing, nothing wrong (an article without translation). */
        INFO
    }

    /** Checks that file, severity and message are present and the numbers are not negative. */
    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /** A finding with no known column. */
    public Diagnostic(Path file, int line, Severity severity, String message) {
        this(file, line, 0, severity, message);
    }

    /** An error at a file's line. */
    public static Diagnostic error(Path file, int line, String message) {
        return new Diagnostic(file, line, Severity.ERROR, message);
    }

    /** A warning at a file's line. */
    public static Diagnostic warning(Path file, int line, String message) {
        return new Diagnostic(file, line, Severity.WARNING, message);
    }

    /** The finding as {@code file:line:column: severity: message}; line and column only where known. */
    public String located() {
        return where(file, line, column) + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
    }

    /** {@code file:line:column}, each part only where known, the file as {@link #shown(Path)} prints it. */
    public static String where(Path file, int line, int column) {
        return shown(file) + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    /**
     * A path as diagnostics print it: relative to the working directory when it lies below it, else as given
     * (absolute paths elsewhere stay absolute), with {@code /} separators.
     */
    public static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        Path p = abs.startsWith(here) && !abs.equals(here) ? here.relativize(abs) : file.isAbsolute() ? abs : file.normalize();
        return p.toString().replace('\\', '/');
    }
}
