package org.swbulletin.site;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.swbulletin.content.CacheFile;

/**
 * The site directory, written safely: a build goes into a sibling staging directory and is swapped in only when it
 * succeeded, so a failed build leaves the previous site as it was.
 *
 * <p>Only a directory this tool wrote (it holds the {@value #MARKER} file) or an empty or absent one is ever replaced,
 * so a wrong {@code --out} cannot wipe a user's folder. A file whose bytes did not change is hard-linked from the
 * previous site instead of written, which keeps its modification time for servers and sync tools. Every method
 * taking a site-relative path refuses, with an {@link IllegalArgumentException}, one that is absolute or would leave
 * the site ({@link SitePath}).
 *
 * <p>Incremental builds: every file is written with a key (the fingerprint of what made it), and each finished tree's
 * keys are kept in a manifest under {@code .bulletin/<name>/} beside the site, named after the tree's inode so that a
 * manifest can never describe another tree. The tree the last swap replaced is kept as {@code .<name>.previous} and
 * becomes the next build's staging directory: a file whose key it already holds needs no work at all, a file whose key
 * the live site holds is linked from it, and only the rest is rendered. Creating and deleting tens of thousands of
 * files is what a rebuild of an archive would otherwise spend its time on.
 */
public final class OutputDir {
    /** The file that marks a directory as a site this tool wrote. */
    public static final String MARKER = ".bulletin-site";
    /** The cache directory beside the site, holding one folder per site name. */
    public static final String CACHE = ".bulletin";

    private final Path dir;
    private final Path staging;
    private final Path previous;
    private final Path cache;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final Map<Path, Boolean> madeDirs = new ConcurrentHashMap<>();
    /**
     * The key listed for a file written without a fingerprint: it matches no fingerprint, so such a file is never
     * reused by key (only by comparing its bytes). Hashing every page of a build into a new folder only to list it
     * cost a second of CPU at 10,000 articles.
     */
    private static final byte[] UNKEYED = new byte[0];
    private final Map<String, byte[]> newKeys = new ConcurrentHashMap<>();
    private Map<String, byte[]> stagingKeys = Map.of();
    private Map<String, byte[]> siteKeys = Map.of();
    private boolean manifestWithdrawn;
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** What a tree's manifest starts with, so that one of another layout reads as none. */
    private static final String MANIFEST_MAGIC = "bulletin-tree-keys";
    private static final int MANIFEST_FORMAT = 2;

    /**
     * Checks that the directory may be written.
     *
     * @throws ForeignDirectoryException when it exists, is not empty and lacks the marker
     */
    public OutputDir(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        Path parent = parentOf(this.dir);
        String name = this.dir.getFileName().toString();
        this.staging = parent.resolve("." + name + ".staging");
        this.previous = parent.resolve("." + name + ".previous");
        this.cache = parent.resolve(CACHE).resolve(name);
        checkOwned();
    }

    /**
     * The lock file of a site: one build at a time writes it (and its staging tree and caches), beside it in
     * {@code .bulletin/}, so that swapping the site never swaps the lock.
     */
    public static Path lockFile(Path site) {
        Path dir = site.toAbsolutePath().normalize();
        return parentOf(dir).resolve(CACHE).resolve(dir.getFileName() + ".lock");
    }

    /** The folder a site is swapped in: a site needs one, as its staging tree and caches live beside it. */
    private static Path parentOf(Path dir) {
        if (dir.getParent() == null || dir.getFileName() == null) {
            throw new ForeignDirectoryException(dir + " is the root of the file system: a site needs a folder of its "
                    + "own, with its staging tree and caches beside it; choose another --out");
        }
        return dir.getParent();
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

    /** The build cache of this site ({@code .bulletin/<name>/} beside it). */
    public Path cache() {
        return cache;
    }

    /** Starts a build that reuses what the previous builds left. */
    public void begin() {
        begin(true);
    }

    /**
     * Starts a build: a staging directory, either the tree the last swap replaced (when {@code reuse} and its manifest
     * is intact) or a new empty one; a leftover from a crashed build is removed.
     *
     * @param reuse false to ignore every manifest: each file is then compared by its bytes only
     */
    public void begin(boolean reuse) {
        try {
            deleteOwnTree(staging);
            Files.createDirectories(cache);
            siteKeys = reuse ? readManifest(dir) : null;
            siteKeys = siteKeys == null ? Map.of() : siteKeys;
            Map<String, byte[]> spare = reuse ? readManifest(previous) : null;
            if (spare != null && !spare.isEmpty()) {
                Path manifest = manifestOf(previous);
                move(previous, staging);
                // Untrusted from now on: a crash halfway leaves a staging tree no manifest describes.
                Files.deleteIfExists(manifest);
                stagingKeys = spare;
            } else {
                deleteOwnTree(previous);
                Files.createDirectories(staging);
                stagingKeys = Map.of();
            }
            Files.writeString(staging.resolve(MARKER), "This directory is written by bulletin build; it replaces it "
                    + "whole on every build.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
    }

    /** True when the build that {@link #begin} started has keys of earlier trees to reuse files by. */
    public boolean hasKeys() {
        return !siteKeys.isEmpty() || !stagingKeys.isEmpty();
    }

    /**
     * Reuses a file whose key did not change instead of rendering it; thread-safe.
     *
     * @param rel path relative to the site, with {@code /} separators
     * @param key the fingerprint of everything the file is made from
     * @return true when the file is in place (nothing more to do), false when it must be written
     */
    public boolean reuse(String rel, byte[] key) {
        if (key == null) {
            return false;
        }
        Path target = staged(rel);
        try {
            if (Arrays.equals(stagingKeys.get(rel), key) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                newKeys.put(rel, key);
                unchanged.incrementAndGet();
                return true;
            }
            Path old = live(rel);
            if (Arrays.equals(siteKeys.get(rel), key) && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                makeParent(target);
                Files.deleteIfExists(target);
                try {
                    Files.createLink(target, old);
                } catch (UnsupportedOperationException e) {
                    Files.copy(old, target);
                }
                newKeys.put(rel, key);
                unchanged.incrementAndGet();
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link " + target, e);
        }
    }

    /**
     * Writes a file of the new site; thread-safe. Unchanged bytes are linked from the previous site.
     *
     * @param rel path relative to the site, with {@code /} separators
     */
    public void write(String rel, byte[] bytes) {
        write(rel, bytes, bytes.length, null);
    }

    /**
     * Writes a file of the new site with its key; thread-safe. Unchanged bytes are kept or linked, never rewritten.
     *
     * @param rel    path relative to the site, with {@code /} separators
     * @param bytes  the content, in {@code bytes[0..length)}
     * @param key    the fingerprint of what the file is made from, or null when there is none
     */
    public void write(String rel, byte[] bytes, int length, byte[] key) {
        Path target = staged(rel);
        Path old = live(rel);
        if (newKeys.put(rel, key == null ? UNKEYED : key) != null) {
            throw new IllegalStateException("two pages write the same file " + rel);
        }
        try {
            makeParent(target);
            if (stagingKeys.containsKey(rel)) {
                if (sameBytes(target, bytes, length)) {
                    unchanged.incrementAndGet();
                    return;
                }
                // Possibly a hard link into the live site: replace it, never write through it.
                Files.deleteIfExists(target);
            }
            if (sameBytes(old, bytes, length)) {
                try {
                    Files.createLink(target, old);
                    unchanged.incrementAndGet();
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    // Linking is an optimisation; filesystems without hard links get a fresh copy.
                }
            }
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(bytes, 0, length);
            }
            written.incrementAndGet();
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("two pages write the same file " + rel, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Creates a file's folder once. Files of one folder are written at once (a province's page and its feed), so a
     * thread that finds the folder claimed waits until it exists rather than writing into it too early.
     */
    private void makeParent(Path target) throws IOException {
        Path parent = target.getParent();
        // Recorded only once it exists, so a writer that finds it recorded can write into it; two writers that both
        // find it missing both create it, which createDirectories allows. No lock is held across the system call.
        if (!madeDirs.containsKey(parent)) {
            Files.createDirectories(parent);
            madeDirs.put(parent, Boolean.TRUE);
        }
    }

    private static boolean sameBytes(Path old, byte[] bytes, int length) throws IOException {
        if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != length) {
            return false;
        }
        byte[] before = Files.readAllBytes(old);
        return Arrays.equals(before, 0, before.length, bytes, 0, length);
    }


    /**
     * Swaps the staging directory in for the site. Files of a reused tree that the new build did not produce are
     * removed first; the replaced site is kept as the next build's staging tree.
     */
    public void commit() {
        try {
            for (String rel : stagingKeys.keySet()) {
                if (!newKeys.containsKey(rel)) {
                    Path stale = staged(rel);
                    Files.deleteIfExists(stale);
                    pruneEmpty(stale.getParent());
                }
            }
            writeManifest(staging, newKeys);
            deleteOwnTree(previous);
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
            dropOtherManifests();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap the new site into " + dir, e);
        }
    }

    private void pruneEmpty(Path d) throws IOException {
        while (d != null && d.startsWith(staging) && !d.equals(staging)) {
            try (Stream<Path> s = Files.list(d)) {
                if (s.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
            d = d.getParent();
        }
    }

    /** A file of the live site; a path that would leave it is refused. */
    public Path live(String rel) {
        return SitePath.under(dir, rel);
    }

    /** A file of the staging tree; a path that would leave it is refused. */
    private Path staged(String rel) {
        return SitePath.under(staging, rel);
    }

    /**
     * Starts updating the live site in place, file by file, instead of staging a whole new tree: for a build that
     * changes a handful of pages. Nothing is touched yet; the first {@link #replaceInPlace} withdraws the site's
     * manifest until {@link #commitInPlace}, so that a crash halfway leaves a site the next build compares by bytes
     * instead of trusting keys that no longer describe it.
     *
     * @return false when there is no live site or its manifest is missing: build normally then
     */
    public boolean beginInPlace() {
        try {
            Map<String, byte[]> keys = readManifest(dir);
            if (keys == null || keys.isEmpty() || !Files.isRegularFile(dir.resolve(MARKER))) {
                return false;
            }
            siteKeys = new ConcurrentHashMap<>(keys);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + dir, e);
        }
    }

    /** The key the live site holds for a file, during an in-place update; null when it holds none. */
    public byte[] liveKey(String rel) {
        return siteKeys.get(SitePath.check(rel));
    }

    /**
     * Replaces one file of the live site: written beside it, then renamed over it, so a reader sees the old file or
     * the new one, never half of one. A hard link to the old file (the previous tree's copy) keeps the old bytes.
     */
    public void replaceInPlace(String rel, byte[] bytes, int length, byte[] key) {
        Path target = live(rel);
        try {
            if (!manifestWithdrawn) {
                Files.deleteIfExists(manifestOf(dir));
                manifestWithdrawn = true;
            }
            if (!sameBytes(target, bytes, length)) {
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    out.write(bytes, 0, length);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                written.incrementAndGet();
            } else {
                unchanged.incrementAndGet();
            }
            siteKeys.put(rel, key == null ? UNKEYED : key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Ends an in-place update: the site's manifest is written again with the new keys. Every file not replaced counts
     * as unchanged, as in a build that swaps a whole tree.
     */
    public void commitInPlace() {
        unchanged.set(siteKeys.size() - written.get());
        if (!manifestWithdrawn) {
            return;
        }
        try {
            writeManifest(dir, siteKeys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest of " + dir, e);
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

    private Path manifestOf(Path tree) throws IOException {
        Object key = Files.readAttributes(tree, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        if (key == null) {
            return null;
        }
        return cache.resolve("tree-" + key.toString().replaceAll("[^A-Za-z0-9]+", "_") + ".keys");
    }

    /** The keys of a tree, or null when it has no trustworthy manifest. */
    private Map<String, byte[]> readManifest(Path tree) throws IOException {
        if (!Files.isDirectory(tree, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path manifest = manifestOf(tree);
        if (manifest == null || !Files.isRegularFile(manifest)) {
            return null;
        }
        // Read in one go and parsed from memory: every build and body patch reads one (28,600 entries at 10,000
        // articles), and a stream of small reads is slow in a short run.
        try {
            java.nio.ByteBuffer in = CacheFile.read(manifest);
            if (!MANIFEST_MAGIC.equals(CacheStrings.read(in)) || in.getInt() != MANIFEST_FORMAT) {
                return null;
            }
            int n = CacheFile.count(in, 5);
            Map<String, byte[]> keys = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
            for (int i = 0; i < n; i++) {
                // A name that would leave the tree makes the manifest untrusted, like any other damage.
                String rel = SitePath.check(CacheStrings.read(in));
                byte[] key = new byte[in.get() & 0xff];
                in.get(key);
                keys.put(rel, key);
            }
            if (in.hasRemaining()) {
                throw new CacheFile.Damaged(manifest.getFileName() + ": bytes after its last entry");
            }
            return keys;
        } catch (IOException | RuntimeException e) {
            problems.add("the record of the files of " + tree.getFileName() + ": " + (e instanceof CacheFile.Damaged
                    ? e.getMessage() : "unreadable (" + e + ")"));
            return null;
        }
    }

    private void writeManifest(Path tree, Map<String, byte[]> keys) throws IOException {
        Path manifest = manifestOf(tree);
        if (manifest == null) {
            return;
        }
        Path tmp = manifest.resolveSibling(manifest.getFileName() + ".tmp");
        String[] names = keys.keySet().toArray(new String[0]);
        Arrays.sort(names);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                1 << 16))) {
            CacheStrings.write(out, MANIFEST_MAGIC);
            out.writeInt(MANIFEST_FORMAT);
            out.writeInt(names.length);
            for (String name : names) {
                byte[] key = keys.get(name);
                CacheStrings.write(out, name);
                out.writeByte(key.length);
                out.write(key);
            }
        }
        CacheFile.seal(tmp);
        move(tmp, manifest);
    }

    private void dropOtherManifests() throws IOException {
        Set<Path> keep = new HashSet<>();
        for (Path tree : List.of(dir, previous)) {
            if (Files.isDirectory(tree, LinkOption.NOFOLLOW_LINKS)) {
                Path m = manifestOf(tree);
                if (m != null) {
                    keep.add(m);
                }
            }
        }
        try (Stream<Path> s = Files.list(cache)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("tree-")).toList()) {
                if (!keep.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * What was wrong with the records of earlier trees this build read (each was discarded: its files are compared by
     * their bytes instead), for the build's summary.
     */
    public List<String> problems() {
        return List.copyOf(problems);
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

    /**
     * Deletes a staging or previous tree beside the site, only when this tool wrote it (it holds the {@value #MARKER}
     * file) or it is empty: a user's own {@code .site.staging} folder is not the tool's to delete.
     */
    private static void deleteOwnTree(Path root) throws IOException {
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)
                || !isEmpty(root) && !Files.isRegularFile(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS))) {
            throw new ForeignDirectoryException(root + " is in the way of the build and was not written by bulletin"
                    + " (no " + MARKER + " file); refusing to delete it. Move it away, or choose another --out.");
        }
        deleteTree(root);
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
