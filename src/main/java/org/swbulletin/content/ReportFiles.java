package org.swbulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swbulletin.Diagnostic;
import org.swbulletin.enrich.DataFileException;
import org.swbulletin.enrich.YamlData;

/**
 * Reads, validates and writes report files ({@code content/<report>/_report.yaml}). An editor's file always wins:
 * import writes one only where none exists, with the date it inferred and {@code inferred: true}.
 */
public final class ReportFiles {

    private ReportFiles() {}

    /**
     * Every valid report file of a content folder by report id; a finding for each problem goes to
     * {@code diagnostics}, with the file and line (a file with an error is left out).
     */
    public static Map<String, ReportFile> load(Path contentDir, List<Diagnostic> diagnostics) {
        Map<String, ReportFile> out = new TreeMap<>();
        if (!Files.isDirectory(contentDir)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(contentDir, Files::isDirectory)) {
            for (Path d : dirs) {
                Path file = d.resolve(ReportSchema.FILE_NAME);
                String name = d.getFileName().toString();
                if (name.startsWith("_") || name.startsWith(".") || !Files.isRegularFile(file)) {
                    continue;
                }
                ReportFile r = read(file, name, diagnostics);
                if (r != null) {
                    out.put(name, r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + contentDir, e);
        }
        return out;
    }

    /** The report file, or null after adding the findings that make it unusable to {@code diagnostics}. */
    static ReportFile read(Path file, String report, List<Diagnostic> diagnostics) {
        String text;
        Object top;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            top = YamlData.parse(text, file);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(file, 0, "cannot read: " + e.getMessage()));
            return null;
        } catch (DataFileException e) {
            diagnostics.add(e.diagnostic());
            return null;
        }
        if (top == null) {
            return new ReportFile(report, null, null, false);
        }
        if (!(top instanceof Map<?, ?> map)) {
            diagnostics.add(Diagnostic.error(file, 1, "a report file holds keys (" + keys() + "), not a list or a value"));
            return null;
        }
        List<Diagnostic> errors = new ArrayList<>();
        String date = null;
        Integer issue = null;
        boolean inferred = false;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object v = e.getValue();
            int line = lineOf(text, key);
            if (ReportSchema.field(key).isEmpty()) {
                diagnostics.add(Diagnostic.warning(file, line, "unknown key '" + key + "' (a report file knows "
                        + keys() + ")"));
            } else if (v == null) {
                continue;
            } else if (key.equals(ReportSchema.DATE.key())) {
                // An unquoted date is a YAML timestamp, and SnakeYAML rolls 2024-13-01 over: read what was typed.
                date = date(v instanceof Date ? raw(text, line) : v);
                if (date == null) {
                    errors.add(Diagnostic.error(file, line, "date '" + v + "' must be " + ReportSchema.DATE.means()));
                }
            } else if (key.equals(ReportSchema.ISSUE.key())) {
                if (v instanceof Integer n && n > 0) {
                    issue = n;
                } else {
                    errors.add(Diagnostic.error(file, line, "issue '" + v + "' must be " + ReportSchema.ISSUE.means()));
                }
            } else if (v instanceof Boolean b) {
                inferred = b;
            } else {
                errors.add(Diagnostic.error(file, line, "inferred '" + v + "' must be true or false"));
            }
        }
        diagnostics.addAll(errors);
        return errors.isEmpty() ? new ReportFile(report, date, issue, inferred) : null;
    }

    /**
     * Writes the file import infers for a report ({@code date} and {@code inferred: true}) unless the report already
     * has one, which is kept byte for byte.
     *
     * @return true when a file was written
     */
    public static boolean writeInferred(Path contentDir, String report, String date) {
        String text = inferredText(contentDir, report, date);
        if (text == null) {
            return false;
        }
        AtomicWrite.text(contentDir.resolve(report).resolve(ReportSchema.FILE_NAME), text);
        return true;
    }

    /** The text of the file import infers for a report, or null when there is no date or the report has a file. */
    static String inferredText(Path contentDir, String report, String date) {
        Path file = contentDir.resolve(report).resolve(ReportSchema.FILE_NAME);
        if (date == null || Files.exists(file)) {
            return null;
        }
        return "# The report's date as import inferred it from its text. Check it, then delete the line\n"
                + "# 'inferred: true' or change the date; add 'issue: N' for its number. Import never rewrites this file.\n"
                + ReportSchema.DATE.key() + ": \"" + date + "\"\n" + ReportSchema.INFERRED.key() + ": true\n";
    }

    /**
     * The report's date to date its articles by: an editor's (a valid file without {@code inferred: true}) always
     * wins over {@code inferred}, the date the text gives.
     */
    public static String dateFor(Path contentDir, String report, String inferred) {
        Path file = contentDir.resolve(report).resolve(ReportSchema.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return inferred;
        }
        ReportFile r = read(file, report, new ArrayList<>());
        return r == null || r.inferred() || r.date() == null ? inferred : r.date();
    }

    /** The date an editor wrote, normalised, or null when it is none of the forms allowed. */
    private static String date(Object v) {
        String s = String.valueOf(v).strip();
        return CalendarDate.YEAR.matcher(s).matches() || CalendarDate.isMonth(s) || CalendarDate.isDay(s) ? s : null;
    }

    /** The value typed on a line {@code key: value # comment}, unquoted. */
    private static String raw(String text, int line) {
        String l = text.split("\n", -1)[line - 1];
        String v = l.substring(l.indexOf(':') + 1).replaceFirst("\\s+#.*$", "").strip();
        return v.replaceAll("^[\"']|[\"']$", "");
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":") || lines[i].startsWith(key + " :")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String keys() {
        return String.join(", ", ReportSchema.FIELDS.stream().map(ReportSchema.Field::key).toList());
    }
}
