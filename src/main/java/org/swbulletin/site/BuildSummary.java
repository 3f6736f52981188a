package org.swbulletin.site;

import java.util.List;

/**
 * What a build did, for the person who ran it.
 *
 * @param pagesZh    HTML pages in Chinese
 * @param pagesEn    HTML pages in English
 * @param articles   articles (Chinese originals)
 * @param translated articles with an English translation
 * @param rendered   pages rendered (the others were reused from the previous build)
 * @param written    files written with new bytes
 * @param unchanged  files whose bytes were as before
 * @param warnings   problems that did not stop the build
 * @param held       articles not published (drafts, due later), each as {@code file: reason}
 * @param millis     wall time of the build
 * @param notes      how the build went, when not as usual (a damaged cache ignored, a stale lock taken over)
 */
public record BuildSummary(int pagesZh, int pagesEn, int articles, int translated, int rendered, int written, int unchanged,
                           List<String> warnings, List<String> held, long millis, List<String> notes) {

    /** Copies the lists. */
    public BuildSummary {
        warnings = List.copyOf(warnings);
        held = List.copyOf(held);
        notes = List.copyOf(notes);
    }

    /** A summary without notes. */
    public BuildSummary(int pagesZh, int pagesEn, int articles, int translated, int rendered, int written,
                        int unchanged, List<String> warnings, List<String> held, long millis) {
        this(pagesZh, pagesEn, articles, translated, rendered, written, unchanged, warnings, held, millis, List.of());
    }

    /** This summary with more notes after its own. */
    public BuildSummary withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new BuildSummary(pagesZh, pagesEn, articles, translated, rendered, written, unchanged, warnings, held,
                millis, all);
    }

    /** One line for the terminal. */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "built %d pages (zh %d, en %d) from %d articles (%d translated): %d pages rendered, %d files "
                        + "written, %d unchanged, %d warnings, %d held, %.1f s", pagesZh + pagesEn, pagesZh, pagesEn,
                articles, translated, rendered, written, unchanged, warnings.size(), held.size(), millis / 1000.0);
    }
}
