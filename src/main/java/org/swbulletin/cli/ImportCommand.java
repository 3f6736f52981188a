package org.swbulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.swbulletin.content.FileOutcome;
import org.swbulletin.content.ImportedField;
import org.swbulletin.content.ReportImporter;
import org.swbulletin.content.ReportOutcome;
import org.swbulletin.enrich.Enricher;
import org.swbulletin.ingest.ParseWarning;
import org.swbulletin.ingest.ParsedReport;
import org.swbulletin.ingest.ReportFormatException;
import org.swbulletin.ingest.ReportParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulletin import}: parses raw reports into front-matter Markdown articles under the content directory. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports raw reports (*.txt) into content/<report>/<id>.md, one file per article.",
                "Fields an editor changed since the last import are kept and reported; --force overwrites them.",
                "A report that fails to parse writes nothing; the others are imported and the exit code is 1."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--seeds", arity = "1..*", paramLabel = "DIR|FILE",
            description = "Report files, or folders of *.txt reports (default: seeds).")
    private List<Path> seeds = List.of(Path.of("seeds"));

    @Option(names = "--content", paramLabel = "DIR", description = "Content directory (default: content).")
    private Path content = Path.of("content");

    @Option(names = "--force", description = "Overwrite fields editors changed, and recreate files they deleted.")
    private boolean force;

    @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
    private boolean dryRun;

    @Option(names = "--verbose", description = "Print every file's outcome, and stack traces on errors.")
    private boolean verbose;

    @Option(names = "--quiet", description = "Print errors only.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ReportFormatException> failures = new ArrayList<>();
        List<ParsedReport> parsed = new ArrayList<>();
        for (Path file : reportFiles(failures)) {
            try {
                parsed.add(ReportParser.parse(file));
            } catch (ReportFormatException e) {
                failures.add(e);
            }
        }
        List<ReportOutcome> outcomes = new ReportImporter(content, Enricher.load(content), force, dryRun).run(parsed);
        if (!quiet) {
            outcomes.forEach(o -> summary(o, out));
        }
        for (ReportFormatException e : failures) {
            err.println("error: " + e.located());
            if (verbose) e.printStackTrace(err);
        }
        out.flush();
        err.flush();
        return failures.isEmpty() ? Main.OK : Main.INVALID_INPUT;
    }

    private List<Path> reportFiles(List<ReportFormatException> failures) {
        List<Path> files = new ArrayList<>();
        for (Path p : seeds) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    List<Path> found = list.filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .filter(Files::isRegularFile).sorted().toList();
                    if (found.isEmpty()) {
                        failures.add(new ReportFormatException(p, 0, "no reports (*.txt) in this folder"));
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private void summary(ReportOutcome o, PrintWriter out) {
        ParsedReport r = o.report();
        ParsedReport.Stats s = r.stats();
        long written = o.count(FileOutcome.Status.CREATED) + o.count(FileOutcome.Status.UPDATED);
        out.printf("%s: %d %s, %d %s moved, %d %s, %d %s; %s%d written, %d unchanged, %d kept editor edits%n",
                r.id(), r.articles().size(), plural(r.articles().size(), "article"),
                s.captionsMoved(), plural(s.captionsMoved(), "caption"), s.mends(), plural(s.mends(), "mend"),
                s.warnings().size(), plural(s.warnings().size(), "warning"), dryRun ? "dry run: would have " : "",
                written, o.count(FileOutcome.Status.UNCHANGED), o.keptEdits().size());
        for (ParseWarning w : s.warnings()) {
            out.println("  warning: " + r.file() + ":" + w.line() + ": " + w.message());
        }
        for (FileOutcome f : o.files()) {
            Path shown = content.resolve(f.file());
            if (f.status() == FileOutcome.Status.KEPT_DELETED) {
                out.println("  kept deleted by an editor: " + shown + " (--force recreates it)");
            } else if (!f.kept().isEmpty()) {
                out.println("  kept editor edits in " + shown + ": "
                        + String.join(", ", f.kept().stream().map(ImportedField::key).toList()));
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
