package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.swbulletin.site.FixtureSite;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path tmp;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void refusesAForeignOutputFolderWithExitCodeOneAndNamesIt() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(folder.resolve("cat.jpg"), "meow");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "build", "--no-import", "--out", folder.toString());
        assertEquals(Main.INVALID_INPUT, code);
        assertTrue(err.toString().contains("photos") && err.toString().contains(".bulletin-site"), err.toString());
        assertTrue(Files.exists(folder.resolve("cat.jpg")));
    }

    @Test
    void theRootFolderAsOutputIsRefusedWithAMessageNotANullPointerException() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "build", "--no-import", "--content", FixtureSite.CONTENT.toString(), "--out", "/");
        assertEquals(Main.INVALID_INPUT, code, err.toString());
        assertTrue(err.toString().contains("is the root of the file system") && err.toString().contains("--out"),
                err.toString());
    }

    @Test
    void aUsersOwnStagingOrPreviousFolderBesideTheSiteIsNeverDeleted() throws IOException {
        for (String name : List.of(".site.staging", ".site.previous")) {
            Path root = Files.createDirectories(tmp.resolve("case" + name.replace('.', '_')));
            Path mine = Files.createDirectories(root.resolve(name));
            Files.writeString(mine.resolve("notes.txt"), "mine");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = run(out, err, "build", "--no-import", "--content", FixtureSite.CONTENT.toString(), "--out",
                    root.resolve("site").toString());
            assertEquals(Main.INVALID_INPUT, code, name + ": " + err);
            assertTrue(err.toString().contains(name) && err.toString().contains("refusing to delete it"), err.toString());
            assertEquals("mine", Files.readString(mine.resolve("notes.txt")));
        }
    }

    @Test
    void aMissingTemplatesFolderIsNamedAndLeavesThePreviousSite() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "build", "--no-import", "--content", content.toString(), "--out",
                tmp.resolve("site").toString(), "--templates", tmp.resolve("nowhere").toString());
        assertEquals(Main.INVALID_INPUT, code);
        assertEquals("error: templates folder '" + tmp.resolve("nowhere") + "' does not exist (--templates)",
                err.toString().strip());
        assertTrue(!Files.exists(tmp.resolve("site")), "no site was started");
    }

    @Test
    void theSummaryEndsWithHowToPreviewTheSiteJustBuilt() {
        StringWriter out = new StringWriter();
        Path site = tmp.resolve("site");
        int code = run(out, new StringWriter(), "build", "--no-import", "--content", "src/test/resources/render/content",
                "--out", site.toString());
        assertEquals(Main.OK, code);
        List<String> lines = out.toString().lines().toList();
        assertEquals("preview: java -jar target/bulletin.jar serve --content src/test/resources/render/content --out "
                + site + ", then open http://127.0.0.1:1313/", lines.get(lines.size() - 1));
    }

    @Test
    void anArticleIdThatClimbsOutOfTheSiteWritesNothingOutsideItAndFails() throws IOException {
        Path content = tmp.resolve("content");
        FixtureSite.copyTree(Path.of("src/test/resources/render/content/_data"), content.resolve("_data"));
        Path article = Files.createDirectories(content.resolve("001_fixture")).resolve("escaped.md");
        Files.writeString(article, Files.readString(Path.of("src/test/resources/render/content/001_fixture/"
                + "kunming-anti-drug.md")).replace("id: kunming-anti-drug", "id: ../../../escaped"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        int code = run(new StringWriter(), new StringWriter(), "build", "--no-import", "--content", content.toString(),
                "--out", work.resolve("site").toString(), "--templates", "templates");
        assertTrue(code != Main.OK, "exit " + code);
        List<Path> own = List.of(content, work.resolve("site"), work.resolve(".site.staging"),
                work.resolve(".site.previous"), work.resolve(".bulletin"));
        try (Stream<Path> walk = Files.walk(tmp)) {
            assertEquals(List.of(), walk.filter(Files::isRegularFile)
                    .filter(p -> own.stream().noneMatch(p::startsWith)).toList());
        }
        try (Stream<Path> walk = Files.walk(work)) {
            assertEquals(List.of(), walk.filter(p -> p.getFileName().toString().equals("escaped")).toList());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(Main.USAGE, run(new StringWriter(), new StringWriter(), "build", "--colour"));
    }

    @Test
    void quietAndVerboseTogetherAreAUsageError() {
        assertEquals(Main.USAGE, run(new StringWriter(), new StringWriter(), "build", "--quiet", "--verbose",
                "--out", tmp.resolve("site").toString()));
    }

    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        assertEquals(Main.OK, run(out, new StringWriter(), "build", "--help"));
        for (String option : new String[] {"--content", "--templates", "--out", "--no-import", "--seeds", "--quiet"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
