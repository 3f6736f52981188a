package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A folder named by --content, --seeds or --templates must exist: no command but import creates one. */
class FolderOptionsTest {
    @TempDir
    Path tmp;
    private Path seeds;
    private Path content;
    private Path site;
    private Path nope;

    @BeforeEach
    void aSeedsFolderAContentFolderAndASite() throws IOException {
        seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.copy(Path.of("seeds/000_48b25d9ea022bb79.txt"), seeds.resolve("000_48b25d9ea022bb79.txt"));
        content = Files.createDirectories(tmp.resolve("content"));
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve(".bulletin-site"), "");
        Files.writeString(site.resolve("index.html"), "the previous site");
        nope = tmp.resolve("nope");
    }

    @Test
    void buildWithAMissingContentFolderFailsAndNamesItWithoutImportingOrBuilding() throws IOException {
        Map<String, String> before = tree(tmp);
        CommandRun run = CommandRun.of("build", "--seeds", seeds.toString(), "--content", nope.toString(), "--out",
                site.toString());
        assertEquals(Main.INVALID_INPUT, run.exit(), run.err());
        assertEquals("error: content folder '" + nope + "' does not exist (--content); run 'bulletin import' to "
                + "create one", run.err().strip());
        assertEquals(before, tree(tmp), "nothing created, imported or built");
    }

    @Test
    void buildWithAMissingSeedsFolderGivenExplicitlyFailsAndNamesIt() throws IOException {
        Map<String, String> before = tree(tmp);
        CommandRun run = CommandRun.of("build", "--seeds", nope.toString(), "--content", content.toString(), "--out",
                site.toString());
        assertEquals(Main.INVALID_INPUT, run.exit(), run.err());
        assertEquals("error: seeds folder '" + nope + "' does not exist (--seeds)", run.err().strip());
        assertEquals(before, tree(tmp));
    }

    @Test
    void buildWithAMissingTemplatesFolderFailsBeforeImporting() throws IOException {
        Map<String, String> before = tree(tmp);
        CommandRun run = CommandRun.of("build", "--seeds", seeds.toString(), "--content", content.toString(),
                "--templates", nope.toString(), "--out", site.toString());
        assertEquals(Main.INVALID_INPUT, run.exit(), run.err());
        assertTrue(run.err().contains("templates folder '" + nope + "' does not exist (--templates)"), run.err());
        assertEquals(before, tree(tmp));
    }

    @Test
    void theDefaultSeedsFolderMayBeAbsentButAGivenOneMayNot() {
        Seeds defaulted = CommandLine.populateCommand(new Seeds());
        assertEquals(SeedsOption.DEFAULT, defaulted.option.existingOrDefault(), "the default is never checked");
        Seeds given = CommandLine.populateCommand(new Seeds(), "--seeds", nope.toString());
        MissingFolderException e = org.junit.jupiter.api.Assertions.assertThrows(MissingFolderException.class,
                given.option::existingOrDefault);
        assertEquals(e.getMessage(), e.located());
    }

    @Test
    void aContentPathThatIsAFileIsNamedAsNotAFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        CommandRun run = CommandRun.of("check", "--content", file.toString());
        assertEquals(Main.INVALID_INPUT, run.exit());
        assertTrue(run.err().contains("content folder '" + file + "' is not a folder (--content)"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"retag", "check", "translate", "serve"})
    void everyCommandThatReadsContentRefusesAMissingFolderAndCreatesNothing(String command) throws IOException {
        Map<String, String> before = tree(tmp);
        List<String> args = new ArrayList<>(List.of(command, "--content", nope.toString()));
        if (command.equals("translate")) {
            args.add("some-article");
        }
        if (command.equals("serve")) {
            args.addAll(List.of("--out", site.toString(), "--port", "0"));
        }
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(Main.INVALID_INPUT, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("content folder '" + nope + "' does not exist (--content)"), run.err());
        assertFalse(Files.exists(nope));
        assertEquals(before, tree(tmp));
    }

    @Test
    void serveRefusesAMissingSeedsOrTemplatesFolder() throws IOException {
        Map<String, String> before = tree(tmp);
        for (String option : List.of("--seeds", "--templates")) {
            CommandRun run = CommandRun.of("serve", "--content", content.toString(), option, nope.toString(),
                    "--out", site.toString(), "--port", "0");
            assertEquals(Main.INVALID_INPUT, run.exit(), run.out() + run.err());
            assertTrue(run.err().contains("'" + nope + "' does not exist (" + option + ")"), run.err());
        }
        assertEquals(before, tree(tmp));
    }

    @Test
    void importRefusesAMissingSeedsFolder() throws IOException {
        Map<String, String> before = tree(tmp);
        CommandRun run = CommandRun.of("import", "--seeds", nope.toString(), "--content", tmp.resolve("new").toString());
        assertEquals(Main.INVALID_INPUT, run.exit());
        assertTrue(run.err().contains("seeds '" + nope + "' does not exist (--seeds)"), run.err());
        assertEquals(before, tree(tmp), "no content folder created");
    }

    @Test
    void importCreatesAMissingContentFolderAndSaysSo() {
        Path fresh = tmp.resolve("fresh");
        CommandRun run = CommandRun.of("import", "--seeds", seeds.toString(), "--content", fresh.toString());
        assertEquals(Main.OK, run.exit(), run.err());
        assertTrue(run.out().startsWith("created content folder " + fresh + "/"), run.out());
        assertTrue(Files.isDirectory(fresh.resolve("000_48b25d9ea022bb79")));
    }

    @Test
    void aDryRunImportCreatesNoContentFolder() {
        Path fresh = tmp.resolve("fresh");
        CommandRun run = CommandRun.of("import", "--dry-run", "--seeds", seeds.toString(), "--content",
                fresh.toString());
        assertEquals(Main.OK, run.exit(), run.err());
        assertFalse(Files.exists(fresh));
        assertFalse(run.out().contains("created content folder"), run.out());
    }

    @CommandLine.Command
    static final class Seeds {
        @CommandLine.Mixin
        SeedsOption option;
    }

    /** Every file and folder under a directory, with the files' text. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "/");
            }
        }
        return files;
    }
}
