package org.swbulletin.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.swbulletin.site.BuildProgress;

/**
 * The build's progress for a person watching: after the first second, one line on stderr rewritten in place
 * ({@code rendering pages 12,345/28,582}); with {@code --verbose}, also the time of each phase.
 */
final class ProgressLine implements BuildProgress {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean show;
    private final boolean phases;
    /** On a terminal the line is rewritten in place; in a log each update is a line of its own, once a second. */
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long last;
    private boolean drawn;

    /**
     * @param show   print the progress line (a terminal or {@code --verbose}, never {@code --quiet})
     * @param phases print each phase's time
     */
    ProgressLine(PrintWriter err, boolean show, boolean phases) {
        this.err = err;
        this.show = show;
        this.phases = phases;
    }

    @Override
    public synchronized void pages(int done, int total) {
        long now = System.nanoTime();
        long every = terminal ? EVERY_NANOS : QUIET_NANOS;
        if (!show || now - start < QUIET_NANOS || (now - last < every && done != total)) {
            return;
        }
        last = now;
        err.printf(Locale.ROOT, "%spages %,d/%,d (%d %%) %.1f s%s", terminal ? "\r" : "", done, total,
                done * 100L / total, (now - start) / 1e9, terminal ? "" : System.lineSeparator());
        err.flush();
        drawn = terminal;
    }

    @Override
    public synchronized void phaseEnded(String name, long millis) {
        if (phases) {
            clear();
            err.printf(Locale.ROOT, "  %-28s %,7d ms%n", name, millis);
            err.flush();
        }
    }

    /** Ends the progress line so that what follows starts on a fresh line. */
    synchronized void end() {
        clear();
    }

    private void clear() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
