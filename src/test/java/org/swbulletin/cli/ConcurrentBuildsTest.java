package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.site.FixtureSite;

/**
 * Two {@code build}s started at once into one site, as two real processes, after an edit: the second waits for the
 * first or gives up naming it, and the site is then byte for byte what {@code build --full} makes of the content.
 * Three rounds here; {@code -Dbulletin.concurrentRounds=20} for the twenty.
 */
@Timeout(1200)
class ConcurrentBuildsTest {
    private static final int ROUNDS = Integer.getInteger("bulletin.concurrentRounds", 3);

    @TempDir
    Path tmp;

    @Test
    void twoBuildsAtOnceLeaveTheSiteAFullBuildMakes() throws Exception {
        Path content = tmp.resolve("content");
        FixtureSite.copyTree(FixtureSite.CONTENT, content);
        Path site = tmp.resolve("site");
        assertEquals(0, build(content, site, "--full").waitFor());
        Path article;
        try (var files = Files.walk(content)) {
            article = files.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".en.md")
                    && !p.toString().contains("_data")).sorted().findFirst().orElseThrow();
        }
        for (int round = 1; round <= ROUNDS; round++) {
            Files.writeString(article, "\n第" + round + "轮编辑加了一句话。\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            Process a = build(content, site);
            Process b = build(content, site);
            List<String> outcomes = new ArrayList<>();
            for (Process p : List.of(a, b)) {
                assertTrue(p.waitFor(600, TimeUnit.SECONDS), "a build did not finish");
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                outcomes.add(p.exitValue() + (p.exitValue() == 0 ? "" : ": " + err));
                assertTrue(p.exitValue() == 0 || p.exitValue() == 1 && err.contains("another bulletin process is "
                        + "writing it, pid "), "round " + round + ": " + outcomes);
            }
            assertTrue(outcomes.stream().anyMatch(o -> o.equals("0")), "round " + round + ": " + outcomes);
            Path full = tmp.resolve("full-" + round + "/site");
            Files.createDirectories(full.getParent());
            assertEquals(0, build(content, full, "--full").waitFor());
            Map<String, byte[]> expected = FixtureSite.snapshot(full);
            Map<String, byte[]> got = FixtureSite.snapshot(site);
            assertEquals(expected.keySet(), got.keySet(), "round " + round);
            for (String file : expected.keySet()) {
                assertTrue(java.util.Arrays.equals(expected.get(file), got.get(file)), "round " + round + ": " + file);
            }
        }
    }

    /** A build in a JVM of its own, as a user would start one (options given, so it starts no second JVM). */
    private static Process build(Path content, Path site, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--no-import", "--quiet", "--content", content.toString(),
                "--templates", FixtureSite.TEMPLATES.toString(), "--out", site.toString()));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
