package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatcherTest {
    @TempDir
    Path tmp;
    final LinkedBlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();

    private Set<Path> nextCall() throws InterruptedException {
        Set<Path> call = calls.poll(10, TimeUnit.SECONDS);
        assertTrue(call != null, "no change reported");
        return call;
    }

    @Test
    void reportsABurstOfChangesAsOneCall() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/000_r1"));
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        try (DirectoryWatcher w = new DirectoryWatcher(List.of(tmp.resolve("content"), templates,
                tmp.resolve("missing")), Duration.ofMillis(300), calls::add)) {
            Files.writeString(content.resolve("a.md"), "一");
            Files.writeString(templates.resolve("page.ftl"), "<p/>");
            Set<Path> changed = nextCall();
            assertTrue(changed.contains(content.resolve("a.md").toAbsolutePath()), changed.toString());
            assertTrue(changed.contains(templates.resolve("page.ftl").toAbsolutePath()), changed.toString());
            assertEquals(null, calls.poll(600, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void watchesDirectoriesCreatedAfterItStarted() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        try (DirectoryWatcher w = new DirectoryWatcher(List.of(content), Duration.ofMillis(100), calls::add)) {
            Path report = Files.createDirectories(content.resolve("005_new"));
            Files.writeString(report.resolve("first.md"), "一");
            Set<Path> all = new java.util.HashSet<>(nextCall());
            while (!all.contains(report.resolve("first.md").toAbsolutePath())) {
                all.addAll(nextCall());
            }
            Files.writeString(report.resolve("second.md"), "二");
            assertTrue(nextCall().contains(report.resolve("second.md").toAbsolutePath()));
        }
    }

    @Test
    void ignoresEditorsSwapAndBackupFiles() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        try (DirectoryWatcher w = new DirectoryWatcher(List.of(content), Duration.ofMillis(100), calls::add)) {
            Files.writeString(content.resolve(".a.md.swp"), "x");
            Files.writeString(content.resolve("a.md~"), "x");
            Files.writeString(content.resolve("a.md"), "x");
            assertEquals(Set.of(content.resolve("a.md").toAbsolutePath()), nextCall());
        }
    }

    @Test
    void keepsWatchingAfterTheCallbackThrowsAnError() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Path article = content.resolve("a.md");
        java.util.concurrent.atomic.AtomicBoolean thrown = new java.util.concurrent.atomic.AtomicBoolean();
        try (DirectoryWatcher w = new DirectoryWatcher(List.of(content), Duration.ofMillis(100), changed -> {
            calls.add(changed);
            if (!thrown.getAndSet(true)) {
                throw new StackOverflowError();
            }
        })) {
            Files.writeString(article, "x");
            nextCall();
            Files.writeString(content.resolve("b.md"), "y");
            Set<Path> changed = nextCall();
            while (!changed.contains(content.resolve("b.md").toAbsolutePath())) {
                changed = nextCall();
            }
        }
    }
}
