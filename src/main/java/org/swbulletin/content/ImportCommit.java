package org.swbulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Makes every file one import run writes (its reports' articles and the manifest) appear in the content folder
 * together, or none of them.
 *
 * <p>Each new text is first written beside its file under a hidden name ({@code .<name>.import}). Only when all are
 * written does a journal ({@code _import/journal.txt}, written atomically) list them; then each is moved over its file,
 * the manifest last, and the journal is deleted. A failure while writing (a full disk, a file found bad late) deletes
 * what was written and leaves the folder as it was. A run stopped while moving (killed, or a move failing) leaves the
 * journal: the next import, under the same lock, first finishes those moves, and {@code check} and {@code build} refuse
 * the folder until then, so nothing ever reads half a run.
 */
public final class ImportCommit {
    /** The journal of a run being moved into place, relative to the content folder. */
    public static final Path JOURNAL = Path.of("_import", "journal.txt");
    private static final String STAGED_SUFFIX = ".import";

    /** The file operations a commit makes: on disk, or failing on purpose where a test asks. */
    public interface FileOps {
        /** Writes a whole text to a file, replacing it. */
        void write(Path file, String text) throws IOException;

        /** Moves a file over another, atomically where the file system can. */
        void move(Path from, Path to) throws IOException;
    }

    /** The operations on disk. */
    public static final FileOps DISK = new FileOps() {
        @Override
        public void write(Path file, String text) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    };

    private ImportCommit() {}

    /** Where a file's new text waits until the run is moved into place. */
    static Path staged(Path file) {
        return file.resolveSibling("." + file.getFileName() + STAGED_SUFFIX);
    }

    /** True when a run was stopped while being moved into place: the folder holds part of it until import runs. */
    public static boolean pending(Path contentDir) {
        return Files.isRegularFile(contentDir.resolve(JOURNAL));
    }

    /**
     * Writes a run's files, all or none.
     *
     * @param contentDir the content folder
     * @param texts      each article file's new text, by path relative to the folder
     * @param manifest   the manifest's path and new text, moved last; null when it does not change
     * @param ops        the file operations
     */
    static void commit(Path contentDir, SortedMap<Path, String> texts, Map.Entry<Path, String> manifest,
            FileOps ops) {
        List<Path> order = new ArrayList<>(texts.keySet());
        if (manifest != null) {
            order.add(manifest.getKey());
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Path rel : order) {
                Path stagedFile = staged(contentDir.resolve(rel));
                written.add(stagedFile);
                ops.write(stagedFile, rel.equals(manifest == null ? null : manifest.getKey())
                        ? manifest.getValue() : texts.get(rel));
            }
        } catch (IOException | RuntimeException e) {
            written.forEach(ImportCommit::deleteQuietly);
            throw new UncheckedIOException("import wrote nothing: cannot write " + written.get(written.size() - 1)
                    + " (" + e.getMessage() + ")", e instanceof IOException io ? io : new IOException(e));
        }
        StringBuilder journal = new StringBuilder();
        order.forEach(rel -> journal.append(rel.toString().replace('\\', '/')).append('\n'));
        AtomicWrite.text(contentDir.resolve(JOURNAL), journal.toString());
        moveIntoPlace(contentDir, order, ops);
    }

    /**
     * Finishes a run stopped while being moved into place, and deletes texts a run stopped while writing left behind.
     * Called by import, under its lock, before it reads the folder.
     */
    static void finish(Path contentDir, FileOps ops) {
        Path journal = contentDir.resolve(JOURNAL);
        if (Files.isRegularFile(journal)) {
            List<Path> order = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        order.add(inside(contentDir, journal, line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + journal, e);
            }
            moveIntoPlace(contentDir, order, ops);
        }
        if (!Files.isDirectory(contentDir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(contentDir)) {
            walk.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().endsWith(".md" + STAGED_SUFFIX)
                    || p.getFileName().toString().equals("." + ImportManifest.RELATIVE.getFileName() + STAGED_SUFFIX))
                    .filter(Files::isRegularFile).forEach(ImportCommit::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + contentDir, e);
        }
    }

    /** A path the journal names, refused unless it is inside the content folder (the journal is a file like any). */
    private static Path inside(Path contentDir, Path journal, String line) {
        Path root = contentDir.toAbsolutePath().normalize();
        Path file = root.resolve(line).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new ContentException(JOURNAL, 0, "import journal " + journal + " names '" + line
                    + "', outside the content folder (delete the journal and import again)");
        }
        return root.relativize(file);
    }

    private static void moveIntoPlace(Path contentDir, List<Path> order, FileOps ops) {
        Path journal = contentDir.resolve(JOURNAL);
        for (Path rel : order) {
            Path file = contentDir.resolve(rel);
            Path stagedFile = staged(file);
            if (!Files.exists(stagedFile)) {
                continue; // moved before the run stopped
            }
            try {
                ops.move(stagedFile, file);
            } catch (IOException | RuntimeException e) {
                throw new UncheckedIOException("import stopped while moving its files into place at " + file + " ("
                        + e.getMessage() + "); run import again to finish it", e instanceof IOException io ? io
                        : new IOException(e));
            }
        }
        try {
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + journal, e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // the next import deletes it
        }
    }
}
