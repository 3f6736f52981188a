package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveReloadTest {
    @TempDir
    Path tmp;
    final BlockingQueue<String> said = new LinkedBlockingQueue<>();

    /** Recurses until the stack runs out, as a runaway template or Markdown nesting would. */
    private static int deeper(int depth) {
        return deeper(depth + 1) + 1;
    }

    /** The first line said that contains {@code part}; each wait is bounded, and so is the number of lines. */
    private String awaitLine(String part) throws InterruptedException {
        String line;
        do {
            line = said.poll(10, TimeUnit.SECONDS);
        } while (line != null && !line.contains(part));
        assertNotNull(line, "nobody said " + part);
        return line;
    }

    @Test
    void reportsARebuildThatOverflowedTheStackOrThrewAndStillRebuildsTheNextChange() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Path article = content.resolve("a.md");
        LiveReload live = new LiveReload(changed -> {
            String text = Files.readString(article);
            if (text.equals("deep")) {
                deeper(0);
            }
            if (text.equals("bad")) {
                throw new IllegalStateException("content/a.md:3: bad date");
            }
            said.add("built " + text);
        }, () -> { }, said::add);
        try (DirectoryWatcher watcher = new DirectoryWatcher(List.of(content), Duration.ofMillis(100), live)) {
            Files.writeString(article, "deep");
            assertEquals("error: rebuild failed, still serving the previous site: java.lang.StackOverflowError",
                    awaitLine("StackOverflowError"));
            Files.writeString(article, "bad");
            assertEquals("error: rebuild failed, still serving the previous site: content/a.md:3: bad date",
                    awaitLine("bad date"));
            Files.writeString(article, "good");
            awaitLine("built good");
        }
    }

    @Test
    void handsTheCauseOfAFailedRebuildToItsReporterForTheStackTrace() {
        Throwable[] cause = {null};
        StackOverflowError overflow = new StackOverflowError();
        LiveReload live = new LiveReload(changed -> {
            throw overflow;
        }, () -> { }, said::add, (line, e) -> {
            said.add(line);
            cause[0] = e;
        });
        assertTrue(!live.rebuild(java.util.Set.of(Path.of("content/a.md"))));
        assertEquals(overflow, cause[0]);
        assertEquals("error: rebuild failed, still serving the previous site: java.lang.StackOverflowError",
                said.poll());
    }
}
