package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.enrich.Enricher;
import org.swbulletin.ingest.ParsedReport;
import org.swbulletin.ingest.ReportParser;

/**
 * An import run's files appear in the content folder all together or not at all: a write failing part-way leaves the
 * folder as it was, a run stopped while moving its files into place is finished by the next import, and either way a
 * rerun ends with what one clean run writes, each article once.
 */
class ImportCommitTest {
    @TempDir
    Path tmp;

    private static List<ParsedReport> first;
    private static List<ParsedReport> all;

    @BeforeAll
    static void parseSeeds() throws IOException {
        if (all != null) {
            return;
        }
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            all = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().map(ReportParser::parse).toList();
        }
        first = all.subList(0, 2);
    }

    /** Every file of a folder by relative path, with its text. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    private static void importInto(Path dir, List<ParsedReport> reports, ImportCommit.FileOps ops) {
        new ReportImporter(dir, Enricher.load(dir), false, false, ops).run(reports);
    }

    /** The folder after a clean import of the first reports, then of all. */
    private Map<String, String> cleanRun() throws IOException {
        Path clean = tmp.resolve("clean");
        importInto(clean, first, ImportCommit.DISK);
        importInto(clean, all, ImportCommit.DISK);
        return files(clean);
    }

    /** Disk operations failing at the given write or move (counted from 1); 0 never fails. */
    private static ImportCommit.FileOps failingAt(int write, int move) {
        return new ImportCommit.FileOps() {
            int writes;
            int moves;

            @Override
            public void write(Path file, String text) throws IOException {
                if (++writes == write) throw new IOException("No space left on device");
                ImportCommit.DISK.write(file, text);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (++moves == move) throw new IOException("killed");
                ImportCommit.DISK.move(from, to);
            }
        };
    }

    @Test
    void aWriteFailingPartWayLeavesTheFolderAsItWasAndARerunWritesEachArticleOnce() throws IOException {
        Path content = tmp.resolve("content");
        importInto(content, first, ImportCommit.DISK);
        Map<String, String> before = files(content);

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> importInto(content, all, failingAt(5, 0)));
        assertTrue(e.getMessage().startsWith("import wrote nothing"), e.getMessage());
        assertEquals(before, files(content));

        importInto(content, all, ImportCommit.DISK);
        assertEquals(cleanRun(), files(content));
    }

    @Test
    void aRunStoppedWhileMovingFilesIntoPlaceIsFinishedByTheNextImport() throws IOException {
        Path content = tmp.resolve("content");
        importInto(content, first, ImportCommit.DISK);

        assertThrows(UncheckedIOException.class, () -> importInto(content, all, failingAt(0, 3)));
        assertTrue(ImportCommit.pending(content));
        List<org.swbulletin.Diagnostic> errors = new ContentLoader(Fixtures.gazetteer())
                .load(content, new Publication(java.time.LocalDate.of(2026, 12, 4), false)).errors();
        assertTrue(errors.stream().anyMatch(d -> d.file().endsWith(ImportCommit.JOURNAL)
                && d.message().contains("run import again")), errors.toString());

        importInto(content, all, ImportCommit.DISK);
        assertFalse(ImportCommit.pending(content));
        assertEquals(cleanRun(), files(content));
    }

    @Test
    void textsLeftByARunStoppedWhileWritingAreDeletedByTheNext() throws IOException {
        Path content = tmp.resolve("content");
        importInto(content, first, ImportCommit.DISK);
        Path article = content.resolve(new ContentStore(content).articleFiles().get(0));
        Files.writeString(ImportCommit.staged(article), "half a text");

        importInto(content, all, ImportCommit.DISK);
        assertEquals(cleanRun(), files(content));
    }

    /**
     * An import in a process of its own that stops at the given write or move (counted from 1), says so in a marker
     * file and waits to be killed.
     */
    static final class StoppingImport {
        public static void main(String[] args) throws Exception {
            Path content = Path.of(args[0]);
            Path marker = Path.of(args[1]);
            int stopWrite = Integer.parseInt(args[2]);
            int stopMove = Integer.parseInt(args[3]);
            parseSeeds();
            ImportCommit.FileOps ops = new ImportCommit.FileOps() {
                int writes;
                int moves;

                @Override
                public void write(Path file, String text) throws IOException {
                    if (++writes == stopWrite) waitForKill();
                    ImportCommit.DISK.write(file, text);
                }

                @Override
                public void move(Path from, Path to) throws IOException {
                    if (++moves == stopMove) waitForKill();
                    ImportCommit.DISK.move(from, to);
                }

                private void waitForKill() throws IOException {
                    Files.writeString(marker, "stopped");
                    while (true) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            };
            importInto(content, all, ops);
        }
    }

    @Test
    void anImportKilledWhileWritingOrMovingLeavesNothingHalfDoneAfterTheNextImport() throws Exception {
        Map<String, String> clean = cleanRun();
        int[][] stops = {{3, 0}, {0, 1}, {0, 4}};
        for (int[] stop : stops) {
            Path content = tmp.resolve("killed-" + stop[0] + "-" + stop[1]);
            importInto(content, first, ImportCommit.DISK);
            Map<String, String> before = files(content);
            Path marker = tmp.resolve("marker-" + stop[0] + "-" + stop[1]);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    StoppingImport.class.getName(), content.toString(), marker.toString(), String.valueOf(stop[0]),
                    String.valueOf(stop[1])).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                while (!Files.exists(marker)) {
                    assertTrue(p.isAlive(), "the import ended before reaching its stop");
                    Thread.sleep(50);
                }
            } finally {
                p.destroyForcibly().waitFor();
            }
            if (stop[0] > 0) {
                Map<String, String> after = files(content);
                after.keySet().removeIf(f -> f.endsWith(".import"));
                assertEquals(before, after, "killed while writing: only staged texts beside the files");
                assertFalse(ImportCommit.pending(content));
            } else {
                assertTrue(ImportCommit.pending(content), "killed while moving");
            }
            importInto(content, all, ImportCommit.DISK);
            assertEquals(clean, files(content), "killed at write " + stop[0] + ", move " + stop[1]);
        }
    }

    @Test
    void aJournalNamingAFileOutsideTheFolderIsRefused() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("_import"));
        Files.writeString(content.resolve(ImportCommit.JOURNAL), "../outside.md\n");
        assertThrows(ContentException.class, () -> ImportCommit.finish(content, ImportCommit.DISK));
    }
}
