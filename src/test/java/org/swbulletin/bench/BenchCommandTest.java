package org.swbulletin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.Fixtures;
import picocli.CommandLine;

class BenchCommandTest {
    @TempDir
    Path tmp;
    final List<List<String>> children = new ArrayList<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** A stand-in for the build child: writes one page per article file it finds, as a real build would scale. */
    private List<String> fakeChild(List<String> args) {
        children.add(args);
        String script = "if [ \"$1\" = build ]; then content=$4; site=$6; mkdir -p \"$site\"; "
                + "for f in $(find \"$content\" -name '*.md' ! -path '*/_data/*'); do "
                + "touch \"$site/$(basename \"$f\" .md).html\"; done; fi";
        List<String> c = new ArrayList<>(List.of("sh", "-c", script, "sh"));
        c.addAll(args);
        return c;
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new BenchCommand(Fixtures::gazetteer, this::fakeChild));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void buildsEachSizeFourTimesAndPrintsTheTable() {
        Path work = tmp.resolve("bench");
        int exit = run("--sizes", "12,24", "--work", work.toString(), "--data", tmp.resolve("none").toString(),
                "--import-mb", "1");
        assertEquals(0, exit, out + "\n" + err);
        assertEquals(9, children.size());
        // The full build is verbose, for the time of its search index phase.
        assertEquals(List.of("build", "--no-import", "--verbose", "--content", work.resolve("n12/content").toString(),
                "--out", work.resolve("n12/site").toString()), children.get(0));
        assertEquals("import", children.get(8).get(0));
        String printed = out.toString();
        assertTrue(printed.contains("| 12       |"), printed);
        assertTrue(printed.contains("| 24       |"), printed);
        assertTrue(printed.contains("import: "), printed);
        assertTrue(printed.startsWith("machine: "), printed);
    }

    @Test
    void importsTheRawReportsOfEachSizeByDefault() throws IOException {
        Path work = tmp.resolve("bench");
        int exit = run("--sizes", "12,24", "--work", work.toString(), "--data", tmp.resolve("none").toString());
        assertEquals(0, exit, out + "\n" + err);
        assertEquals(10, children.size());
        assertEquals(List.of("import", "--seeds", work.resolve("import-n12/seeds").toString(), "--content",
                work.resolve("import-n12/content").toString()), children.get(8));
        assertEquals("import", children.get(9).get(0));
        try (var reports = Files.list(work.resolve("import-n24/seeds"))) {
            assertEquals(4, reports.count());
        }
        String printed = out.toString();
        assertTrue(printed.contains("import at 12 articles: "), printed);
        assertTrue(printed.contains("import at 24 articles: "), printed);
    }

    @Test
    void refusesAWorkDirectoryItDidNotMake() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        assertEquals(1, run("--sizes", "12", "--work", mine.toString()));
        assertTrue(err.toString().contains("not made by 'bulletin bench'"), err.toString());
        assertTrue(Files.exists(mine.resolve("notes.txt")));
        assertEquals(List.of(), children);
    }

    @Test
    void countsHtmlPagesOfASite() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site/articles/a"));
        Files.writeString(site.resolve("index.html"), "");
        Files.writeString(tmp.resolve("site/index.html"), "");
        Files.writeString(tmp.resolve("site/feed.xml"), "");
        assertEquals(2, BenchCommand.countPages(tmp.resolve("site")));
    }
}
