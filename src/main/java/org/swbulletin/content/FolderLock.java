package org.swbulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.swbulletin.InvalidInputException;

/**
 * One writer at a time for a folder (the site a build writes, the content an import writes): two builds into one
 * site at once left it neither old nor new.
 *
 * <p>The lock is an operating-system lock on a lock file, so the system releases it when its process dies, however
 * it dies. The file also records who holds it (process id, the process's start time, its command, since when), for
 * the message a second writer prints, and as a second guard: a record naming a process that still runs, the same one
 * (same start time, so not a later process given the same id), counts as held even where the file system does not
 * lock. A record of a process that is gone is a stale lock, taken over and reported ({@link #tookOver()}).
 *
 * <p>Within one process the lock is not re-entrant: a second acquisition from another thread waits as another process
 * would.
 */
public final class FolderLock implements AutoCloseable {
    /** How long a second writer waits before giving up: enough for a preview's rebuild, not for a whole build. */
    public static final Duration WAIT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 50;
    private static final int RECORD_MAX = 4096;
    private static final java.util.regex.Pattern CLASS_PATH =
            java.util.regex.Pattern.compile("(-cp|-classpath|--class-path) \\S+");

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String tookOver;

    private FolderLock(Path file, FileChannel channel, FileLock lock, String tookOver) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.tookOver = tookOver;
    }

    /**
     * Takes the lock, waiting up to {@code wait} for another holder to release it.
     *
     * @param file the lock file (created when missing; it stays, empty, after release)
     * @param what what the lock guards and for what, for the record and messages ("build of site/")
     * @throws HeldException when another process (or thread) still holds it after {@code wait}
     */
    public static FolderLock acquire(Path file, String what, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                Map<String, String> record = lock == null ? null : read(channel);
                if (lock != null && !heldByAnother(record)) {
                    String stale = record.isEmpty() ? null : describe(record);
                    write(channel, what);
                    return new FolderLock(file, channel, lock, stale);
                }
                if (lock != null) {
                    lock.release();
                }
                Map<String, String> holder = record != null ? record : read(channel);
                channel.close();
                if (System.nanoTime() - deadline >= 0) {
                    throw new HeldException(file, what, holder, wait);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // another thread of this process holds it
        }
    }

    /** The holder a stale lock named, when this lock took one over: {@code pid 123 (build of site/), since …}. */
    public Optional<String> tookOver() {
        return Optional.ofNullable(tookOver);
    }

    /** Releases the lock and empties the record, so the next writer finds no stale holder. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // The system releases the lock with the channel anyway; an unreleased record names a process gone.
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** True when the record names a process other than this one that still runs: the same process, not a reuse of its id. */
    static boolean heldByAnother(Map<String, String> record) {
        if (record == null || record.isEmpty()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(record.getOrDefault("pid", ""));
        } catch (NumberFormatException e) {
            return false; // a damaged record holds nothing
        }
        if (pid == ProcessHandle.current().pid()) {
            return false; // this process's own leftover: only the system lock tells its threads apart
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        String started = record.get("started");
        Optional<Instant> start = process.get().info().startInstant();
        return started == null || start.isEmpty() || started.equals(startText(start.get()));
    }

    private static String startText(Instant start) {
        return start.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Map<String, String> read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), RECORD_MAX);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.read(buffer, 0);
        Map<String, String> record = new LinkedHashMap<>();
        for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                record.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return record;
    }

    private static void write(FileChannel channel, String what) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String command = command(self.info());
        StringBuilder s = new StringBuilder()
                .append("pid=").append(self.pid()).append('\n')
                .append("started=").append(self.info().startInstant().map(FolderLock::startText).orElse("?")).append('\n')
                .append("since=").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n')
                .append("what=").append(oneLine(what)).append('\n')
                .append("command=").append(oneLine(command))
                .append('\n');
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(s.toString().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** The command that runs a process, without the class path, which would hide what it runs. */
    static String command(ProcessHandle.Info info) {
        String line = info.commandLine().orElse(info.command().orElse("?"));
        String shorter = CLASS_PATH.matcher(line).replaceAll("$1 …");
        return shorter.length() > 300 ? shorter.substring(0, 300) + "…" : shorter;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** A holder as a person reads it: {@code pid 123 (build of site/: java -jar …), since 2026-12-04T16:55:02Z}. */
    static String describe(Map<String, String> record) {
        if (record == null || record.isEmpty()) {
            return "another thread or process (it has not yet recorded itself)";
        }
        return "pid " + record.getOrDefault("pid", "?") + " (" + record.getOrDefault("what", "?") + ": "
                + record.getOrDefault("command", "?") + "), since " + record.getOrDefault("since", "?");
    }

    /** The folder is being written by another process, which did not finish within the wait. */
    public static final class HeldException extends InvalidInputException {
        HeldException(Path file, String what, Map<String, String> holder, Duration wait) {
            super(file, 0, "cannot start the " + what + ": another bulletin process is writing it, " + describe(holder)
                    + "; waited " + String.format(java.util.Locale.ROOT, "%.1f", wait.toMillis() / 1000.0)
                    + " s. Run again when it has finished (nothing was changed).",
                    null);
        }
    }
}
