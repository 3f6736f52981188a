package org.swbulletin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.swbulletin.ingest.ReportFormatException;
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
}
