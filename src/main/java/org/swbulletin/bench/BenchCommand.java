package org.swbulletin.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;


import org.swbulletin.cli.Main;
import org.swbulletin.cli.ShortRunJvm;
import org.swbulletin.enrich.EditorDataDefaults;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.ThemeTaxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bulletin bench}: generates a synthetic archive under {@code target/bench} and measures the build and the
 * import as separate processes (JVM start included), as editors and CI run them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures full and incremental builds at archive scale, and import throughput.",
                "Generates a seeded synthetic corpus under --work (never in git), runs each build as a child process, "
                        + "and prints pages, wall time, peak RSS and pages/s as a table."})
public final class BenchCommand implements Callable<Integer> {
    /** The build a benchmark child runs, before {@code --content} and {@code --out}. */
    static final List<String> BUILD = List.of("build", "--no-import");
    /** The import a benchmark child runs, before {@code --seeds} and {@code --content}. */
    static final List<String> IMPORT = List.of("import");
    private static final String MARKER = ".bulletin-bench";

    /** The command line that runs {@code bulletin} with given arguments in a child process. */
    @FunctionalInterface
    public interface Child {
        List<String> command(List<String> args);
    }

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000", paramLabel = "N[,N...]",
            description = "Corpus sizes in articles (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where the corpus and sites are generated (default: ${DEFAULT-VALUE}).")
    private Path work;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "content/_data",
            description = "Editors' data copied into the corpus: themes, glossary, site settings "
                    + "(default: ${DEFAULT-VALUE}; the bundled defaults fill what is missing).")
    private Path data;

    @Option(names = "--seed", defaultValue = "20240629", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--import-mb", paramLabel = "MB",
            description = "Import this much raw report text, in MB, once (0 skips the import runs; by default each "
                    + "size imports the raw reports of its corpus: N/6 reports).")
    private Integer importMb;

    @Option(names = "--definitions", paramLabel = "N",
            description = "Instead of the usual runs: full builds of the smallest size without and with N "
                    + "link-reference definitions in one article body (issue 17).")
    private Integer definitions;

    @Spec
    private CommandSpec spec;

    private final Supplier<Gazetteer> gazetteer;
    private final Child child;

    public BenchCommand(Supplier<Gazetteer> gazetteer, Child child) {
        this.gazetteer = gazetteer;
        this.child = child;
    }

    /** Runs {@code org.swbulletin.cli.Main} with this JVM's java and class path: the jar when run with -jar. */
    public static Child sameJar() {
        String java = ShortRunJvm.java();
        String classPath = System.getProperty("java.class.path");
        return args -> {
            List<String> c = new ArrayList<>(List.of(java, "-cp", classPath, Main.class.getName()));
            c.addAll(args);
            return c;
        };
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sizes.stream().anyMatch(n -> n < SyntheticCorpus.PER_REPORT)) {
            err.println("error: --sizes must be at least " + SyntheticCorpus.PER_REPORT + " articles each");
            return Main.USAGE;
        }
        if (!claimWorkDir(err)) {
            return Main.INVALID_INPUT;
        }
        out.println(machine());
        Path log = work.resolve("children.log");
        out.println("child output: " + log);
        out.flush();

        if (definitions != null) {
            return definitionsRun(out);
        }
        List<BenchTable.Row> rows = new ArrayList<>();
        for (int n : sizes) {
            Path dir = work.resolve("n" + n);
            deleteTree(dir);
            Path content = dir.resolve("content");
            ThemeTaxonomy taxonomy = prepareData(content);
            SyntheticCorpus corpus = new SyntheticCorpus(seed, gazetteer.get(), taxonomy.themes());
            SyntheticCorpus.Stats stats = corpus.write(content, n);
            out.printf(Locale.ROOT, "%,d articles, %,d translations, %,d reports (%.1f MB) in %s%n", stats.articles(),
                    stats.translations(), stats.reports(), stats.bytes() / 1e6, content);
            out.flush();
            Path site = dir.resolve("site");
            Path fullLog = dir.resolve("full-build.log");
            ProcessMeter.Measurement full = build(content, site, fullLog, "full build of " + n, "--verbose");
            if (full == null) {
                return Main.INVALID_INPUT;
            }
            if (Files.isDirectory(site.resolve("search/index"))) {
                SearchBench.print(out, n, site, full.seconds(), SearchBench.indexMillis(fullLog));
            }
            long pages = countPages(site);
            // The first rebuild after a build into a new folder renders every page once more, to fingerprint it;
            // from then on (an editor's site) a rebuild renders only the pages whose fingerprint changed.
            corpus.addReport(content, n);
            ProcessMeter.Measurement added = build(content, site, log, "rebuild after one new report");
            corpus.addReport(content, n + SyntheticCorpus.PER_REPORT);
            ProcessMeter.Measurement addedAgain = build(content, site, log, "rebuild after another new report");
            corpus.editArticle(content, n / 2);
            ProcessMeter.Measurement edited = build(content, site, log, "rebuild after one edited article");
            if (added == null || addedAgain == null || edited == null) {
                return Main.INVALID_INPUT;
            }
            rows.add(new BenchTable.Row(n, pages, full, added, addedAgain, edited));
        }
        out.println();
        out.print(BenchTable.format(rows));
        if (importMb == null) {
            out.println();
            for (int n : sizes) {
                // Reports of the corpus's own articles, as many as it has: a whole archive arriving at once.
                if (!importRun(n, (r, seeds) -> r.writeReports(seeds, n / SyntheticCorpus.PER_REPORT), out, err)) {
                    return Main.INVALID_INPUT;
                }
            }
        } else if (importMb > 0) {
            out.println();
            if (!importRun(0, (r, seeds) -> r.write(seeds, importMb * 1_000_000L), out, err)) {
                return Main.INVALID_INPUT;
            }
        }
        out.flush();
        return Main.OK;
    }

    /** Writes raw reports into a folder and says how many bytes. */
    @FunctionalInterface
    private interface ReportWriter {
        long write(SyntheticReports reports, Path seeds);
    }

    // Imports the reports a writer makes into an empty content folder, as a child process, and prints its line.
    private boolean importRun(int articles, ReportWriter writer, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        Path dir = work.resolve(articles > 0 ? "import-n" + articles : "import");
        deleteTree(dir);
        Path content = dir.resolve("content");
        Path seeds = dir.resolve("seeds");
        ThemeTaxonomy taxonomy = prepareData(content);
        SyntheticCorpus corpus = new SyntheticCorpus(seed, gazetteer.get(), taxonomy.themes());
        long bytes = writer.write(new SyntheticReports(corpus, seed), seeds);
        int reports;
        try (Stream<Path> s = Files.list(seeds)) {
            reports = (int) s.count();
        }
        List<String> args = new ArrayList<>(IMPORT);
        args.addAll(List.of("--seeds", seeds.toString(), "--content", content.toString()));
        ProcessMeter.Measurement m = ProcessMeter.run(child.command(args), work.resolve("children.log"));
        if (m.exit() != 0) {
            err.println("error: import exited with code " + m.exit() + "; see " + work.resolve("children.log"));
            return false;
        }
        out.println(BenchTable.importLine(articles, bytes, reports, m));
        out.flush();
        return true;
    }

    /** Full builds of a corpus without, then with, {@link #definitions} link-reference definitions in one body. */
    private int definitionsRun(PrintWriter out) throws IOException, InterruptedException {
        int n = sizes.stream().min(Integer::compare).orElseThrow();
        Path dir = work.resolve("definitions");
        deleteTree(dir);
        Path content = dir.resolve("content");
        ThemeTaxonomy taxonomy = prepareData(content);
        new SyntheticCorpus(seed, gazetteer.get(), taxonomy.themes()).write(content, n);
        Path log = work.resolve("children.log");
        ProcessMeter.Measurement without = build(content, dir.resolve("site"), log, "full build", "--full");
        Path file = DefinitionsBench.addTo(content, definitions);
        ProcessMeter.Measurement with = build(content, dir.resolve("site"), log, "full build", "--full");
        if (without == null || with == null) {
            return Main.INVALID_INPUT;
        }
        out.printf(Locale.ROOT, "%,d articles: full build %.1f s; with %,d link-reference definitions in %s: %.1f s%n",
                n, without.seconds(), definitions, content.relativize(file), with.seconds());
        return Main.OK;
    }

    private ProcessMeter.Measurement build(Path content, Path site, Path log, String what, String... extra)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(BUILD);
        args.addAll(List.of(extra));
        args.addAll(List.of("--content", content.toString(), "--out", site.toString()));
        ProcessMeter.Measurement m = ProcessMeter.run(child.command(args), log);
        PrintWriter out = spec.commandLine().getOut();
        if (m.exit() != 0) {
            spec.commandLine().getErr().println("error: " + what + " exited with code " + m.exit() + "; see " + log);
            return null;
        }
        out.printf(Locale.ROOT, "%s: %.2f s, peak RSS %,d MB%n", what, m.seconds(), m.peakRssKb() / 1024);
        out.flush();
        return m;
    }

    /** Copies the editors' data into a corpus and fills in the bundled defaults; returns its taxonomy. */
    private ThemeTaxonomy prepareData(Path content) throws IOException {
        Path target = content.resolve("_data");
        Files.createDirectories(target);
        if (Files.isDirectory(data)) {
            try (Stream<Path> files = Files.list(data)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, target.resolve(f.getFileName().toString()));
                }
            }
        }
        EditorDataDefaults.install(content);
        return ThemeTaxonomy.load(content);
    }

    /** Makes the work directory ours, refusing one that holds anything else: it is wiped between runs. */
    private boolean claimWorkDir(PrintWriter err) throws IOException {
        Path marker = work.resolve(MARKER);
        if (Files.isDirectory(work) && !Files.exists(marker)) {
            try (Stream<Path> s = Files.list(work)) {
                if (s.findAny().isPresent()) {
                    err.println("error: " + work + " is not empty and was not made by 'bulletin bench'; "
                            + "choose another --work directory");
                    return false;
                }
            }
        }
        Files.createDirectories(work);
        Files.writeString(marker, "made by 'bulletin bench'; deleted and regenerated on every run\n");
        return true;
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static long countPages(Path site) throws IOException {
        if (!Files.isDirectory(site)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html")).count();
        }
    }

    static String machine() {
        String memory = "";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> String.format(Locale.ROOT, ", %.0f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // Not Linux: leave memory out.
        }
        return "machine: " + Runtime.getRuntime().availableProcessors() + " cores" + memory + ", Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }
}
