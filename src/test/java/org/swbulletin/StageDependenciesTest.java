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

/** Data flows one way: a stage's code may use only the stages to its left. */
class StageDependenciesTest {
    private static final List<String> STAGES = List.of("ingest", "enrich", "content", "render", "site", "cli");
    private static final Pattern USE = Pattern.compile("org\\.swbulletin\\.(\\w+)\\.");

    @Test
    void noStageUsesAStageToItsRight() throws IOException {
        List<String> violations = new ArrayList<>();
        Path main = Path.of("src/main/java/org/swbulletin");
        for (String stage : STAGES) {
            try (Stream<Path> files = Files.walk(main.resolve(stage))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = USE.matcher(Files.readString(file));
                    while (m.find()) {
                        int used = STAGES.indexOf(m.group(1));
                        if (used > STAGES.indexOf(stage)) {
                            violations.add(main.relativize(file) + " uses " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Every subpackage is a stage; the root package's own classes are the vocabulary all stages share. */
    @Test
    void everyPackageIsAStage() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/org/swbulletin"))) {
            assertEquals(STAGES.stream().sorted().toList(),
                    dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList());
        }
    }
}
