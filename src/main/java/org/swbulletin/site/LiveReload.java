package org.swbulletin.site;

import java.nio.file.Path;
import java.util.Set;
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

    /**
     * @param rebuild     the build to run
     * @param reloadPages tells open pages to reload (in the tool: {@link PreviewServer#reload()})
     * @param report      where to say what happened, one line at a time
     */
    public LiveReload(Rebuild rebuild, Runnable reloadPages, Consumer<String> report) {
        this.rebuild = rebuild;
        this.reloadPages = reloadPages;
        this.report = report;
    }

    /** Rebuilds after a change and reloads the pages; returns whether the rebuild succeeded. */
    public boolean rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            rebuild.run(changed);
        } catch (Exception e) {
            report.accept("rebuild failed, still serving the previous site: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
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
