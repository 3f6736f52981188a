package org.swbulletin.site;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the preview does when watched files change: rebuild, then reload open pages only if the rebuild succeeded,
 * so that a broken template or article leaves the previous site on screen with the error in the terminal.
 */
public final class LiveReload implements Consumer<Set<Path>> {

    /** Rebuilds the site after the given paths changed (empty for the first, full build). */
    @FunctionalInterface
    public interface Rebuild {
        /**
         * @param changed the files and directories that changed
         * @throws Exception when the build failed; its message is shown to the editor
         */
        void run(Set<Path> changed) throws Exception;
    }

    private final Rebuild rebuild;
    private final Runnable reloadPages;
    private final Consumer<String> report;
    private final BiConsumer<String, Throwable> failed;

    /**
     * A live reload that says everything, failures included, on one stream and drops their stack traces.
     *
     * @param rebuild     the build to run
     * @param reloadPages tells open pages to reload (in the tool: {@link PreviewServer#reload()})
     * @param report      where to say what happened, one line at a time
     */
    public LiveReload(Rebuild rebuild, Runnable reloadPages, Consumer<String> report) {
        this(rebuild, reloadPages, report, (line, cause) -> report.accept(line));
    }

    /**
     * @param rebuild     the build to run
     * @param reloadPages tells open pages to reload (in the tool: {@link PreviewServer#reload()})
     * @param report      where to say what happened, one line at a time
     * @param failed      where to say that a rebuild failed: an {@code error: …} line and its cause, for a stack
     *                    trace when the editor asked for one
     */
    public LiveReload(Rebuild rebuild, Runnable reloadPages, Consumer<String> report,
            BiConsumer<String, Throwable> failed) {
        this.rebuild = rebuild;
        this.reloadPages = reloadPages;
        this.report = report;
        this.failed = failed;
    }

    /**
     * Rebuilds after a change and reloads the pages; returns whether the rebuild succeeded. Whatever the rebuild
     * throws is reported and survived, {@link StackOverflowError} included; only an error that leaves the JVM in doubt
     * (out of memory, an internal error) is reported and thrown on.
     */
    public boolean rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            rebuild.run(changed);
        } catch (Throwable e) {
            failed.accept("error: rebuild failed, still serving the previous site: " + Survivable.describe(e), e);
            if (!Survivable.error(e)) {
                throw (Error) e;
            }
            return false;
        }
        reloadPages.run();
        report.accept("rebuilt after " + describe(changed) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return true;
    }

    @Override
    public void accept(Set<Path> changed) {
        rebuild(changed);
    }

    private static String describe(Set<Path> changed) {
        if (changed.size() == 1) {
            return "a change to " + changed.iterator().next().getFileName();
        }
        return changed.size() + " changes";
    }
}
