package org.swbulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Pinyin;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.swbulletin.content.FileOutcome;
import org.swbulletin.content.ArticleField;
import org.swbulletin.content.ReportImporter;
import org.swbulletin.content.ReportOutcome;
import org.swbulletin.enrich.EditorDataDefaults;
import org.swbulletin.enrich.Enricher;
import org.swbulletin.ingest.ParseWarning;
import org.swbulletin.ingest.ParsedReport;
import org.swbulletin.ingest.ReportFormatException;
import org.swbulletin.ingest.ReportParser;
import org.swbulletin.ingest.Script;
import org.swbulletin.render.SiteSettings;

/** Imports raw reports into the content directory and prints the editor's summary: the work import and build share. */
final class SeedImport {
    private final Path content;
    private final boolean force;
    private final boolean dryRun;
    private final boolean verbose;
    private final boolean quiet;
    private final PrintWriter out;

    /**
     * @param content the content directory
     * @param force   overwrite fields editors changed
     * @param dryRun  write nothing; say what would be written
     * @param verbose list every file's outcome
     * @param quiet   print nothing but errors
     * @param out     where the summary goes
     */
    SeedImport(Path content, boolean force, boolean dryRun, boolean verbose, boolean quiet, PrintWriter out) {
        this.content = content;
        this.force = force;
        this.dryRun = dryRun;
        this.verbose = verbose;
        this.quiet = quiet;
        this.out = out;
    }

    /**
     * The report files among the given files and folders (a folder's {@code *.txt}, sorted), keeping those the filter
     * accepts; a folder without any report is a failure.
     */
    static List<Path> reportFiles(List<Path> seeds, Predicate<Path> keep, List<ReportFormatException> failures) {
        List<Path> files = new ArrayList<>();
        for (Path p : seeds) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    List<Path> found = list.filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .filter(Files::isRegularFile).sorted().toList();
                    if (found.isEmpty()) {
                        failures.add(new ReportFormatException(p, 0, "no reports (*.txt) in this folder"));
                    }
                    found.stream().filter(keep).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else if (keep.test(p)) {
                files.add(p);
            }
        }
        return files;
    }

    /**
     * Parses and imports the reports; a report that does not parse writes nothing and is returned.
     *
     * @return the reports that failed, in order
     */
    List<ReportFormatException> run(List<Path> files) {
        List<ReportFormatException> failures = new ArrayList<>();
        List<ParsedReport> parsed = new ArrayList<>();
        warmUp();
        // Reports parse independently: on all cores, results (and failures) kept in file order.
        List<Object> results = files.parallelStream().map(file -> {
            try {
                return (Object) ReportParser.parse(file);
            } catch (ReportFormatException e) {
                return e;
            }
        }).toList();
        java.util.Map<String, Path> byId = new java.util.HashMap<>();
        for (Object r : results) {
            if (r instanceof ReportFormatException e) {
                failures.add(e);
            } else {
                ParsedReport report = (ParsedReport) r;
                Path first = byId.putIfAbsent(report.id(), report.file());
                if (first != null) {
                    failures.add(new ReportFormatException(report.file(), 0, "report id '" + report.id()
                            + "' is also the id of " + first + ": two files cannot be one report (rename one; neither "
                            + "was imported)"));
                } else {
                    parsed.add(report);
                }
            }
        }
        // Neither of two files with one id is imported: which one is the report is the editor's call.
        parsed.removeIf(p -> failures.stream().anyMatch(f -> f.getMessage().startsWith("report id '" + p.id() + "'")));
        if (!dryRun) {
            installEditorData();
        }
        List<ReportOutcome> outcomes = new ReportImporter(content, Enricher.load(content), force, dryRun).run(parsed);
        if (!quiet) {
            outcomes.forEach(this::summary);
        }
        return failures;
    }

    /**
     * Loads the gazetteer and the pinyin table (about 0.3 s, on one core) while the reports parse, rather than after.
     * A failure here is left for the import to meet and report where it needs them.
     */
    private static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                Gazetteer.bundled();
                Pinyin.syllables("中");
            } catch (RuntimeException e) {
                // reported by the import itself
            }
        }, "import-warm-up");
        t.setDaemon(true);
        t.start();
    }

    // A fresh content directory starts from the bundled settings, taxonomy and glossary, which editors then own.
    private void installEditorData() {
        try {
            List<Path> written = new ArrayList<>(EditorDataDefaults.install(content));
            SiteSettings.installDefault(content).ifPresent(written::add);
            for (Path file : written) {
                if (!quiet) out.println("installed " + file + " (the editors' copy from now on)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the editors' data files under " + content, e);
        }
    }

    private void summary(ReportOutcome o) {
        ParsedReport r = o.report();
        ParsedReport.Stats s = r.stats();
        long written = o.count(FileOutcome.Status.CREATED) + o.count(FileOutcome.Status.UPDATED);
        out.printf("%s: %d %s, %d %s moved, %d %s, %d %s made full-width, %d %s; %s%d written, %d unchanged,"
                        + " %d kept editor edits%s%n",
                r.id(), r.articles().size(), plural(r.articles().size(), "article"),
                s.captionsMoved(), plural(s.captionsMoved(), "caption"), s.mends(), plural(s.mends(), "mend"),
                s.fullWidth(), plural(s.fullWidth(), "punctuation mark"),
                s.warnings().size(), plural(s.warnings().size(), "warning"), dryRun ? "dry run: would have " : "",
                written, o.count(FileOutcome.Status.UNCHANGED), o.keptEdits().size(),
                r.script() == Script.TRADITIONAL ? "; converted from Traditional script"
                        : r.script() == Script.MIXED ? "; passages in Traditional script converted" : "");
        for (ParseWarning w : s.warnings()) {
            out.println("  " + w.diagnostic(r.file()).located());
        }
        for (FileOutcome f : o.files()) {
            Path shown = content.resolve(f.file());
            if (f.status() == FileOutcome.Status.KEPT_DELETED) {
                out.println("  kept deleted by an editor: " + shown + " (--force recreates it)");
            } else if (!f.kept().isEmpty()) {
                out.println("  kept editor edits in " + shown + ": "
                        + String.join(", ", f.kept().stream().map(ArticleField::key).toList()));
            }
            if (verbose || dryRun) {
                out.println("  " + verb(f.status()) + " " + shown);
            }
        }
        for (String orphan : o.orphans()) {
            out.println("  no longer in the report, file left as it is: " + orphan);
        }
    }

    private String verb(FileOutcome.Status status) {
        String v = switch (status) {
            case CREATED -> "create";
            case UPDATED -> "update";
            case UNCHANGED -> "unchanged";
            case KEPT_DELETED -> "kept deleted";
        };
        if (status == FileOutcome.Status.UNCHANGED || status == FileOutcome.Status.KEPT_DELETED) return v;
        return dryRun ? "would " + v : v + "d";
    }

    static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
