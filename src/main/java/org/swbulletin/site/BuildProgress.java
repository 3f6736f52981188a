package org.swbulletin.site;

/** Hears how a build advances, for a progress line and for timing its phases; called from several threads. */
public interface BuildProgress {
    /** Hears nothing. */
    BuildProgress SILENT = new BuildProgress() {};

    /**
     * A page was rendered or reused.
     *
     * @param done  pages done so far
     * @param total pages of the build
     */
    default void pages(int done, int total) {}

    /**
     * A phase ended.
     *
     * @param name        what the phase did
     * @param millis      how long it took
     */
    default void phaseEnded(String name, long millis) {}

    /** Ends a phase begun at {@code startNanos} and returns the time now, for the next phase. */
    default long phase(String name, long startNanos) {
        long now = System.nanoTime();
        phaseEnded(name, (now - startNanos) / 1_000_000);
        return now;
    }
}
