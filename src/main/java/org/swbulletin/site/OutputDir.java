package org.swbulletin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The site directory, written safely: a build goes into a sibling staging directory and is swapped in only when it
 * succeeded, so a failed build leaves the previous site as it was.
 *
 * <p>Only a directory this tool wrote (it holds the {@value #MARKER} file) or an empty or absent one is ever replaced,
 * so a wrong {@code --out} cannot wipe a user's folder. A file whose bytes did not change is hard-linked from the
 * previous site instead of written, which keeps its modification time for servers and sync tools.
 */
public final class OutputDir {
    /** The file that marks a directory as a site this tool wrote. */
    public static final String MARKER = ".bulletin-site";

    private final Path dir;
    private final Path staging;
    private final Path previous;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();

    /**
     * Checks that the directory may be written.
     *
     * @throws ForeignDirectoryException when it exists, is not empty and lacks the marker
     */
    public OutputDir(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        Path parent = this.dir.getParent();
        String name = this.dir.getFileName().toString();
        this.staging = parent.resolve("." + name + ".staging");
        this.previous = parent.resolve("." + name + ".previous");
        checkOwned();
    }

    private void checkOwned() {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new ForeignDirectoryException(dir + " exists and is not a directory; refusing to replace it");
            }
            if (!isEmpty(dir) && !Files.isRegularFile(dir.resolve(MARKER))) {
                throw new ForeignDirectoryException(dir + " is not empty and is not a site written by bulletin (no "
                        + MARKER + " file); refusing to replace it. Choose another --out or empty it first.");
            }
        }
    }

    private static boolean isEmpty(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + d, e);
        }
    }

    /** The site directory. */
    public Path dir() {
        return dir;
    }

    /** Starts a build: an empty staging directory (a leftover from a crashed build is removed). */
    public void begin() {
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            Files.writeString(staging.resolve(MARKER), "This directory is written by bulletin build; it replaces it "
                    + "whole on every build.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
    }

    /**
     * Writes a file of the new site; thread-safe. Unchanged bytes are linked from the previous site.
     *
     * @param rel path relative to the site, with {@code /} separators
     */
    public void write(String rel, byte[] bytes) {
        Path target = staging.resolve(rel);
        Path old = dir.resolve(rel);
        try {
            Files.createDirectories(target.getParent());
            if (sameBytes(old, bytes)) {
                try {
                    Files.createLink(target, old);
                    unchanged.incrementAndGet();
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    // Linking is an optimisation; filesystems without hard links get a fresh copy.
                }
            }
            Files.write(target, bytes);
            written.incrementAndGet();
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("two pages write the same file " + rel, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static boolean sameBytes(Path old, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(old), bytes);
    }

    /** Swaps the staging directory in for the site; the previous site is removed only after the swap. */
    public void commit() {
        try {
            deleteTree(previous);
            boolean hadSite = Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
            if (hadSite) {
                move(dir, previous);
            }
            try {
                move(staging, dir);
            } catch (IOException e) {
                if (hadSite) {
                    move(previous, dir);
                }
                throw e;
            }
            deleteTree(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap the new site into " + dir, e);
        }
    }

    /** Abandons a build: removes the staging directory, leaving the site as it was. */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // The build already failed; a leftover staging directory is cleaned by the next build.
        }
    }

    /** Files written with new bytes. */
    public int written() {
        return written.get();
    }

    /** Files whose bytes were the same as in the previous site. */
    public int unchanged() {
        return unchanged.get();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The output directory holds something this tool did not write. */
    public static final class ForeignDirectoryException extends RuntimeException {
        ForeignDirectoryException(String message) {
            super(message);
        }
    }
}
