package org.swbulletin.bench.measure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.swbulletin.bench.BenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bulletin measure}: imports annotated report sets into scratch folders and prints precision and recall per
 * field as a Markdown table, one pair of columns per set.
 */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = {"Measures the importer against hand-annotated reports: precision and recall per field.",
                "Each SET is a folder of reports (*.txt), optionally '=' a folder holding their annotations "
                        + "(<report>.yaml; default: beside the reports). Nothing outside a temporary folder is written."})
public final class MeasureCommand implements Callable<Integer> {
    /** The sets measured when none is given: the annotated corpus and the seeds, from the project's root. */
    static final List<String> DEFAULT_SETS = List.of("src/test/resources/corpus/reports",
            "seeds=src/test/resources/corpus/seeds");

    @Parameters(paramLabel = "SET", arity = "0..*",
            description = "REPORTS[=ANNOTATIONS] (default: the corpus and the seeds of this repository).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--misses", description = "Also list every difference, set by set.")
    private boolean listMisses;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Measurement> measured = new LinkedHashMap<>();
        for (String set : sets.isEmpty() ? DEFAULT_SETS : sets) {
            int eq = set.indexOf('=');
            Path reports = Path.of(eq < 0 ? set : set.substring(0, eq));
            Path annotations = eq < 0 ? reports : Path.of(set.substring(eq + 1));
            measured.put(name(reports), measure(reports, annotations));
        }
        out.print(table(measured));
        if (listMisses) {
            measured.forEach((name, m) -> {
                out.println();
                out.println(name + ":");
                m.misses().forEach(line -> out.println("  " + line));
            });
        }
        out.flush();
        return 0;
    }

    /** A set's name in the table: its folder's, or the parent's for a folder called {@code reports}. */
    private static String name(Path reports) {
        Path abs = reports.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        return name.equals("reports") && abs.getParent() != null ? abs.getParent().getFileName().toString() : name;
    }

    /** Measures one set in a scratch folder that is removed afterwards. */
    public static Measurement measure(Path reports, Path annotations) throws IOException {
        Path scratch = Files.createTempDirectory("bulletin-measure");
        try {
            return Measurement.of(reports, annotations, scratch);
        } finally {
            BenchCommand.deleteTree(scratch);
        }
    }

    /** The scores as a Markdown table: a row per field, precision and recall per set, in per cent. */
    public static String table(Map<String, Measurement> measured) {
        StringBuilder s = new StringBuilder("| field |");
        StringBuilder rule = new StringBuilder("| --- |");
        measured.forEach((name, m) -> {
            int articles = m.score(Field.ARTICLES).expected();
            s.append(' ').append(name).append(" P | ").append(name).append(" R (").append(m.reports())
                    .append(" reports, ").append(articles).append(" articles) |");
            rule.append(" ---: | ---: |");
        });
        s.append('\n').append(rule).append('\n');
        for (Field f : Field.values()) {
            s.append("| ").append(f.label()).append(" |");
            for (Measurement m : measured.values()) {
                Score sc = m.score(f);
                s.append(' ').append(percent(sc.precision())).append(" | ").append(percent(sc.recall())).append(" |");
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String percent(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * d);
    }
}
