package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build} imports a report that landed in seeds/, so CI needs only {@code build} when a report arrives. */
class BuildImportTest {
    @TempDir
    Path tmp;
    private Path seeds;
    private Path content;
    private Path site;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seedsWithOneReport() throws IOException {
        seeds = Files.createDirectories(tmp.resolve("seeds"));
        content = Files.createDirectories(tmp.resolve("content"));
        site = tmp.resolve("site");
        Files.copy(Path.of("seeds/000_48b25d9ea022bb79.txt"), seeds.resolve("000_48b25d9ea022bb79.txt"));
    }

    private int build(String... extra) {
        String[] args = Stream.concat(Stream.of("build", "--seeds", seeds.toString(), "--content", content.toString(),
                "--out", site.toString()), Stream.of(extra)).toArray(String[]::new);
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private List<Path> articleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".md") && !content.relativize(p).toString().startsWith("_"))
                    .sorted().toList();
        }
    }

    @Test
    void aFreshContentDirectoryIsImportedAndBuiltInOneCommand() throws IOException {
        assertEquals(Main.OK, build(), err.toString());
        assertEquals(3, articleFiles().size());
        assertTrue(Files.isRegularFile(content.resolve("_data/themes.yaml")), "taxonomy installed");
        for (Path article : articleFiles()) {
            String id = article.getFileName().toString().replace(".md", "");
            assertTrue(Files.isRegularFile(site.resolve("articles/" + id + "/index.html")), id);
            assertTrue(Files.isRegularFile(site.resolve("en/articles/" + id + "/index.html")), id);
        }
    }

    @Test
    void aReportAlreadyImportedIsNotImportedAgainSoAnEditorsDeletionStands() throws IOException {
        assertEquals(Main.OK, build());
        Path deleted = articleFiles().get(0);
        Files.delete(deleted);
        assertEquals(Main.OK, build());
        assertFalse(Files.exists(deleted));
        assertEquals(2, articleFiles().size());
    }

    @Test
    void aNewReportThatDoesNotParseStopsTheBuildAndLeavesThePreviousSite() throws IOException {
        assertEquals(Main.OK, build());
        byte[] home = Files.readAllBytes(site.resolve("index.html"));
        Files.write(seeds.resolve("005_broken.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        assertEquals(Main.INVALID_INPUT, build());
        assertTrue(err.toString().contains("005_broken.txt"), err.toString());
        assertEquals(new String(home, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(site.resolve("index.html")));
    }

    @Test
    void noImportBuildsOnlyWhatContentHas() throws IOException {
        assertEquals(Main.OK, build());
        Files.copy(Path.of("seeds/001_9f586ebb2bac4bb7.txt"), seeds.resolve("001_9f586ebb2bac4bb7.txt"));
        assertEquals(Main.OK, build("--no-import"));
        assertEquals(3, articleFiles().size());
        assertEquals(Main.OK, build());
        assertEquals(6, articleFiles().size());
    }
}
