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

    @Test
    void aJournalNamingAFileOutsideTheFolderIsRefused() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("_import"));
        Files.writeString(content.resolve(ImportCommit.JOURNAL), "../outside.md\n");
        assertThrows(ContentException.class, () -> ImportCommit.finish(content, ImportCommit.DISK));
    }
}
