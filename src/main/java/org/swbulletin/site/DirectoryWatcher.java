package org.swbulletin.site;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches directory trees and reports what changed, once a burst of changes has settled.
 *
 * <p>An editor's save is often several events (write, rename, touch), and an import writes many files at once; the
 * debounce turns each burst into one call. Hidden files and editors' backup files ({@code .x.swp}, {@code x~}) are
 * ignored. New subdirectories are watched as they appear.
 */
public final class DirectoryWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    private final BiConsumer<String, Throwable> onError;
    private final Thread thread;

    /**
     * Starts watching, and prints what goes wrong on standard error, one line each.
     *
     * @param roots    directories to watch with all their subdirectories; those that do not exist are skipped
     * @param debounce how long changes must pause before they are reported
     * @param onChange called on the watcher's own thread with the changed paths, one burst at a time
     * @throws IOException when the file system cannot be watched
     */
    public DirectoryWatcher(List<Path> roots, Duration debounce, Consumer<Set<Path>> onChange) throws IOException {
        this(roots, debounce, onChange, (line, cause) -> System.err.println(line));
    }

    /**
     * Starts watching.
     *
     * @param roots    directories to watch with all their subdirectories; those that do not exist are skipped
     * @param debounce how long changes must pause before they are reported
     * @param onChange called on the watcher's own thread with the changed paths, one burst at a time
     * @param onError  told what went wrong while watching or in {@code onChange}: an {@code error: …} line and its
     *                 cause; the watcher carries on unless the error leaves the JVM in doubt (out of memory)
     * @throws IOException when the file system cannot be watched
     */
    public DirectoryWatcher(List<Path> roots, Duration debounce, Consumer<Set<Path>> onChange,
            BiConsumer<String, Throwable> onError) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.debounce = debounce;
        this.onChange = onChange;
        this.onError = onError;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root.toAbsolutePath().normalize(), new TreeSet<>());
            }
        }
        this.thread = new Thread(this::run, "directory-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** The directories watched now. */
    public Set<Path> watched() {
        return Collections.unmodifiableSet(new TreeSet<>(dirs.values()));
    }

    private void registerTree(Path root, Set<Path> found) throws IOException {
        // Register every directory first and list files after: a file created between a directory's listing and its
        // registration would otherwise be seen by neither.
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.filter(p -> p.equals(root) || !ignored(p)).toList();
        }
        for (Path p : all) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                dirs.put(p.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), p);
            }
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !ignored(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(found::add);
        }
    }

    private static boolean ignored(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp");
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                try {
                    Set<Path> changed = new TreeSet<>();
                    collect(key, changed);
                    WatchKey next;
                    while ((next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                        collect(next, changed);
                    }
                    if (!changed.isEmpty()) {
                        onChange.accept(Collections.unmodifiableSet(changed));
                    }
                } catch (InterruptedException | ClosedWatchServiceException e) {
                    throw e;
                } catch (Throwable e) {
                    // Keep watching: the next save may fix what made this burst fail. A thread that died here would
                    // leave the preview serving a stale site without a word.
                    if (!Survivable.error(e)) {
                        onError.accept("error: watching for changes stopped, restart serve: "
                                + Survivable.describe(e), e);
                        throw e;
                    }
                    onError.accept("error: " + Survivable.describe(e), e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop watching.
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        try {
            collectEvents(key, changed);
        } finally {
            // Reset even when a new directory could not be registered: a key left unreset is never signalled again,
            // and its directory would go unwatched for the rest of the session.
            if (!key.reset()) {
                dirs.remove(key);
            }
        }
    }

    private void collectEvents(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                changed.add(dir);
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (ignored(child)) {
                continue;
            }
            changed.add(child);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    // Files written into a new directory before it was registered would be missed otherwise.
                    registerTree(child, changed);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot watch " + child, e);
                }
            }
        }
    }

    /** Stops watching. */
    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
