package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class FolderLockTest {
    @TempDir
    Path tmp;
    private Process holder;

    @AfterEach
    void stopHolder() {
        if (holder != null) {
            holder.destroyForcibly();
        }
    }

    /** Another JVM that takes the lock, says so, and holds it for the given seconds (or until killed). */
    public static final class Holder {
        public static void main(String[] args) throws InterruptedException {
            try (FolderLock lock = FolderLock.acquire(Path.of(args[0]), "test hold", Duration.ofSeconds(30))) {
                System.out.println("held");
                System.out.flush();
                Thread.sleep(Long.parseLong(args[1]) * 1000);
            }
        }
    }

    private Process startHolder(Path lock, int seconds) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
                lock.toString(), String.valueOf(seconds)).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("held", out.readLine(), "the holder process did not take the lock");
        return p;
    }

    @Test
    void aSecondProcessWaitsThenNamesTheHolderByPidCommandAndTime() throws IOException {
        Path lock = tmp.resolve(".bulletin/site.lock");
        holder = startHolder(lock, 60);
        long start = System.nanoTime();
        FolderLock.HeldException e = assertThrows(FolderLock.HeldException.class,
                () -> FolderLock.acquire(lock, "build of site", Duration.ofMillis(400)));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(400).toNanos(), "it gave up without waiting");
        String m = e.getMessage();
        assertTrue(m.contains("pid " + holder.pid()), m);
        assertTrue(m.contains("(test hold: ") && m.contains("java") && m.contains("since 20"), m);
        assertTrue(e.located().startsWith(lock.toString()), e.located());
    }

    @Test
    void aSecondProcessThatWaitsLongEnoughGetsTheLockWhenTheFirstEnds() throws IOException {
        Path lock = tmp.resolve("site.lock");
        holder = startHolder(lock, 1);
        try (FolderLock l = FolderLock.acquire(lock, "build of site", Duration.ofSeconds(60))) {
            assertTrue(l.tookOver().isEmpty(), "a lock released normally is not stale");
        }
    }

    @Test
    void theLockOfAKilledProcessIsTakenOverAndReported() throws Exception {
        Path lock = tmp.resolve("site.lock");
        holder = startHolder(lock, 60);
        long pid = holder.pid();
        holder.destroyForcibly();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.readString(lock).contains("pid=" + pid), "a killed holder leaves its record");
        try (FolderLock l = FolderLock.acquire(lock, "build of site", Duration.ofSeconds(5))) {
            assertTrue(l.tookOver().orElseThrow().startsWith("pid " + pid + " (test hold"), l.tookOver().toString());
        }
        assertEquals("", Files.readString(lock), "a released lock records no holder");
    }

    @Test
    void aRecordOfALiveProcessCountsAsHeldOnlyWhenItsStartTimeMatches() throws Exception {
        holder = startHolder(tmp.resolve("other.lock"), 60);
        String started = holder.info().startInstant().orElseThrow().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        Map<String, String> live = Map.of("pid", String.valueOf(holder.pid()), "started", started);
        assertTrue(FolderLock.heldByAnother(live));
        Map<String, String> reused = Map.of("pid", String.valueOf(holder.pid()), "started", "2001-01-01T00:00:00Z");
        assertFalse(FolderLock.heldByAnother(reused), "a later process given a dead holder's id holds nothing");
        assertFalse(FolderLock.heldByAnother(Map.of("pid", "not a number")));
        assertFalse(FolderLock.heldByAnother(Map.of()));
    }

    @Test
    void twoThreadsOfOneProcessTakeTurns() throws Exception {
        Path lock = tmp.resolve("site.lock");
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try (FolderLock l = FolderLock.acquire(lock, "first", Duration.ofSeconds(5))) {
                taken.countDown();
                release.await();
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        first.start();
        taken.await();
        assertThrows(FolderLock.HeldException.class, () -> FolderLock.acquire(lock, "second", Duration.ofMillis(200)));
        release.countDown();
        first.join();
        try (FolderLock l = FolderLock.acquire(lock, "second", Duration.ofSeconds(5))) {
            assertEquals(List.of(), List.of(l.tookOver().stream().toArray()));
        }
        assertEquals(null, failed.get());
    }
}
