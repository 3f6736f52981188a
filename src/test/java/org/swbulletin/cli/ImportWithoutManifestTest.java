package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.ImportManifest;

/**
 * Import recognises what is already in the content folder when its manifest is gone or never written (an import
 * stopped halfway): nothing is imported twice. The manifest names files only inside the content folder, and two report
 * files with one id are refused.
 */
class ImportWithoutManifestTest {
    @TempDir
    Path tmp;

    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        err = e.toString();
        return code;
    }

    private Path content() {
        return tmp.resolve("content");
    }

    private static Map<String, String> articles(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md")).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void aDeletedManifestImportsNothingTwiceAndKeepsEditorsEdits() throws IOException {
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()));
        Map<String, String> before = articles(content());
        Path edited = content().resolve(before.keySet().iterator().next());
        Files.writeString(edited, Files.readString(edited).replaceFirst("(?m)^title: (.*)$", "title: 编辑改过的标题"));
        Map<String, String> withEdit = articles(content());
        Files.delete(content().resolve(ImportManifest.RELATIVE));
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()), err);
        assertEquals(withEdit, articles(content()), "a lost manifest imported the archive again or undid an edit");
        assertTrue(Files.isRegularFile(content().resolve(ImportManifest.RELATIVE)), "the manifest is written again");
    }

    @Test
    void anImportStoppedBeforeItsManifestWasSavedEndsTheSameWhenRunAgain() throws IOException {
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()));
        Map<String, String> complete = articles(content());
        // As if killed halfway: some articles written, the manifest not saved.
        Files.delete(content().resolve(ImportManifest.RELATIVE));
        int n = 0;
        for (String rel : complete.keySet()) {
            if (n++ % 3 == 0) {
                Files.delete(content().resolve(rel));
            }
        }
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()), err);
        assertEquals(complete, articles(content()));
    }

    @Test
    void aBuildAfterTheManifestIsDeletedImportsNothingTwice() throws IOException {
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()));
        Map<String, String> before = articles(content());
        Files.delete(content().resolve(ImportManifest.RELATIVE));
        Path site = tmp.resolve("site");
        assertEquals(0, run("build", "--seeds", "seeds", "--content", content().toString(), "--out", site.toString(),
                "--quiet"), err);
        assertEquals(before.keySet(), articles(content()).keySet());
    }

    @Test
    void aManifestFileOutsideTheContentFolderIsRefusedAndNothingIsWritten() throws IOException {
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()));
        Path manifest = content().resolve(ImportManifest.RELATIVE);
        for (String escape : new String[] {"../../escaped.md", "/tmp/escaped.md", "a/../../escaped.md",
                "..\\\\escaped.md", "notes.txt"}) {
            String text = Files.readString(manifest);
            String changed = text.replaceFirst("(?m)^    file: .*$",
                    java.util.regex.Matcher.quoteReplacement("    file: \"" + escape + "\""));
            Files.writeString(manifest, changed);
            assertEquals(1, run("import", "--force", "--seeds", "seeds", "--content", content().toString()), escape);
            assertTrue(err.contains("manifest.yaml") && err.contains("not a Markdown file inside the content folder"),
                    err);
            assertFalse(Files.exists(tmp.resolve("escaped.md")) || Files.exists(tmp.getParent().resolve("escaped.md")));
            Files.writeString(manifest, text);
        }
    }

    @Test
    void anUnreadableManifestSaysWhatDeletingItWillDo() throws IOException {
        assertEquals(0, run("import", "--seeds", "seeds", "--content", content().toString()));
        Files.writeString(content().resolve(ImportManifest.RELATIVE), "reports: [unclosed\n");
        assertEquals(1, run("import", "--seeds", "seeds", "--content", content().toString()));
        assertTrue(err.contains("nothing was imported") && err.contains("adds none twice"), err);
    }

    @Test
    void twoReportFilesWithOneIdAreRefusedNamingBoth() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.copy(Path.of("src/test/resources/ingest/rubric-heading.txt"), a.resolve("r1.txt"));
        Files.copy(Path.of("src/test/resources/ingest/source-line-glued.txt"), b.resolve("r1.txt"));
        assertEquals(1, run("import", "--seeds", a.toString(), "--seeds", b.toString(), "--content",
                content().toString()));
        assertTrue(err.contains(a.resolve("r1.txt").toString()) && err.contains(b.resolve("r1.txt").toString()), err);
        assertFalse(Files.exists(content().resolve("r1")), "neither file is imported");
    }

    @Test
    void anEndlessSeedFileIsRefusedWithAMessageNotOutOfMemory() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertEquals(1, run("import", "--seeds", "/dev/zero", "--content", content().toString()));
        assertTrue(err.contains("/dev/zero") && err.contains("not a report"), err);
    }
}
