package org.swbulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.swbulletin.ingest.ReportFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulletin import}: parses raw reports into front-matter Markdown articles under the content directory. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports raw reports (*.txt) into content/<report>/<id>.md, one file per article.",
                "Fields an editor changed since the last import are kept and reported; --force overwrites them.",
                "A report that fails to parse writes nothing; the others are imported and the exit code is 1.",
                "Creates the content folder when it does not exist; --verbose lists every file's outcome."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    // Not SeedsOption: import takes report files as well as folders, several at once, and none may be missing.
    @Option(names = "--seeds", arity = "1..*", paramLabel = "DIR|FILE",
            description = "Report files, or folders of *.txt reports (default: seeds).")
    private List<Path> seeds = List.of(SeedsOption.DEFAULT);

    @Mixin
    private ContentOption contentOption;

    @Option(names = "--force", description = "Overwrite fields editors changed, and recreate files they deleted.")
    private boolean force;

    @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
    private boolean dryRun;

    @Mixin
    private Verbosity verbosity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean verbose = verbosity.verbose();
        boolean quiet = verbosity.quiet();
        for (Path p : seeds) {
            if (!Files.exists(p)) {
                throw MissingFolderException.missing(p, "seeds", "--seeds");
            }
        }
        Path content = contentOption.path();
        // Import is the one command that may create a content folder; it says so, since a typo would make one too.
        if (!Files.exists(content) && !dryRun) {
            createFolder(content);
            if (!quiet) {
                out.println("created content folder " + content + "/");
            }
        }
        List<ReportFormatException> failures = new ArrayList<>();
        List<Path> files = SeedImport.reportFiles(seeds, f -> true, failures);
        failures.addAll(new SeedImport(content, force, dryRun, verbose, quiet, out).run(files));
        for (ReportFormatException e : failures) {
            err.println("error: " + e.located());
            if (verbose) e.printStackTrace(err);
        }
        out.flush();
        err.flush();
        return failures.isEmpty() ? Main.OK : Main.INVALID_INPUT;
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the content folder " + dir, e);
        }
    }
}
