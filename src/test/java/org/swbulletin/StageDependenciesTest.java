package org.swbulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: a stage's code may use only the stages to its left. Tools (the benchmark) may use every stage,
 * and only the command line may use a tool, so the shipped pipeline never depends on them.
 */
class StageDependenciesTest {
    private static final List<String> STAGES = List.of("ingest", "enrich", "content", "render", "site", "cli");
    private static final List<String> TOOLS = List.of("bench");
    private static final Path MAIN = Path.of("src/main/java/org/swbulletin");
    private static final Pattern USE = Pattern.compile("org\\.swbulletin\\.(\\w+)\\.");

    @Test
    void noStageUsesAStageToItsRight() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String stage : STAGES) {
            for (Path file : javaFiles(stage)) {
                for (String used : usedPackages(file)) {
                    if (STAGES.indexOf(used) > STAGES.indexOf(stage)) {
                        violations.add(MAIN.relativize(file) + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheCommandLineUsesATool() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String stage : STAGES) {
            if (stage.equals("cli")) {
                continue;
            }
            for (Path file : javaFiles(stage)) {
                for (String used : usedPackages(file)) {
                    if (TOOLS.contains(used)) {
                        violations.add(MAIN.relativize(file) + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageIsAStageOrATool() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            assertEquals(Stream.concat(STAGES.stream(), TOOLS.stream()).sorted().toList(),
                    dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList());
        }
    }

    private static List<Path> javaFiles(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> usedPackages(Path file) throws IOException {
        List<String> used = new ArrayList<>();
        Matcher m = USE.matcher(Files.readString(file));
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }

    @Test
    void thePlainPipelineKnowsNothingOfTheIncrementalLayer() throws IOException {
        // site.incremental builds on the site package's pipeline through its hooks, never the other way round.
        List<String> users = new ArrayList<>();
        try (Stream<Path> files = Files.list(MAIN.resolve("site"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("org.swbulletin.site.incremental")) {
                    users.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), users);
    }
}
