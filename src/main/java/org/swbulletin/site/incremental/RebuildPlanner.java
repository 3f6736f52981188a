package org.swbulletin.site.incremental;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.swbulletin.content.ArticleCache;
import org.swbulletin.content.FolderLock;
import org.swbulletin.site.BuildProgress;
import org.swbulletin.site.BuildSummary;
import org.swbulletin.site.OutputDir;
import org.swbulletin.site.PageReuse;
import org.swbulletin.site.PreparedSite;
import org.swbulletin.site.SiteBuilder;

/**
 * The one way into a build that reuses what earlier builds left in the site's cache ({@code .bulletin/<site>/}
 * beside it): {@code build} and {@code serve} both come here. It chooses the cheapest of four strategies that writes
 * the bytes a full build writes (tested):
 * <ol>
 *   <li><b>Body-edit patch</b> ({@link BodyEdits}): when the file stamps and the saved {@link ArticleKeys} show that
 *       only the bodies of a few articles changed, in a way no other page shows, their new HTML replaces the old in
 *       their pages, without loading or planning the site.</li>
 *   <li><b>In place</b> ({@link InPlaceUpdate}): when, after loading, the article keys show that only some articles'
 *       own pages (and perhaps the translation status pages) can differ, and they are few, those pages are rendered
 *       alone and replaced in the live site, each file atomically.</li>
 *   <li><b>Staged, with page fingerprints</b> ({@link PageFingerprints}): otherwise the {@link SiteBuilder} builds a
 *       new tree and swaps it in; when the previous site has fingerprints and what every page embeds is unchanged, a
 *       page whose fingerprint is as before is linked from the previous site instead of rendered.</li>
 *   <li><b>Staged, without fingerprints</b>: a build into a new folder, after a change to what every page embeds (the
 *       sidebar), or with {@link BuildOptions#full()}: every page is rendered (a full build ignores every
 *       cache, but writes them for the next build).</li>
 * </ol>
 * Articles are parsed only when their file changed ({@link ArticleCache}), bodies rendered only when their text did
 * ({@link BodyCache}), whichever strategy runs.
 */
public final class RebuildPlanner {
    /** The article keys of the build that made the live site, in the site's build cache. */
    static final String ARTICLE_KEYS = "articles.keys";
    /** The parsed articles of earlier builds, in the site's build cache. */
    private static final String ARTICLE_CACHE = "articles.bin";
    /**
     * At most this many changed articles are updated in place; more are built as a new tree and swapped in, which
     * renders in parallel and keeps the site consistent as a whole while it is written.
     */
    private static final int IN_PLACE_MAX = 64;

    private final Supplier<SiteBuilder> builder;

    /**
     * A planner over the full pipeline.
     *
     * @param builder makes the pipeline when a strategy needs it (a patch does not, nor its reference data)
     */
    public RebuildPlanner(Supplier<SiteBuilder> builder) {
        this.builder = builder;
    }

    /**
     * Brings the site in {@code out} up to date with {@code content} through {@code templatesDir}, with the theme
     * taxonomy and glossary of the content directory.
     *
     * @return what was built
     * @throws OutputDir.ForeignDirectoryException when {@code out} is a folder this tool did not write
     */
    public BuildSummary build(Path content, Path templatesDir, Path out, BuildOptions options) {
        SiteBuilder.requireTemplates(templatesDir);
        OutputDir output = new OutputDir(out);
        try (FolderLock lock = FolderLock.acquire(OutputDir.lockFile(out), "build of " + out, options.lockWait())) {
            List<String> notes = lock.tookOver().map(h -> List.of("took over the lock of a build that ended without "
                    + "releasing it: " + h)).orElse(List.of());
            if (!options.full()) {
                Optional<BuildSummary> patched = BodyEdits.apply(content, templatesDir, out, options);
                if (patched.isPresent()) {
                    return patched.get().withNotes(notes);
                }
            }
            return rebuild(content, templatesDir, output, options).withNotes(notes);
        }
    }

    /** Loads the site, then updates it in place when its article keys allow, or builds and swaps in a new tree. */
    private BuildSummary rebuild(Path content, Path templatesDir, OutputDir output, BuildOptions options) {
        BuildProgress progress = options.progress();
        byte[] templateSet = TemplateSet.fingerprint(templatesDir);
        // The saved keys describe the live site: read, then withdrawn before anything else is cached or the site
        // touched, and saved again when the build is done; a build that stops halfway leaves none to trust.
        Path keysFile = output.cache().resolve(ARTICLE_KEYS);
        Path articlesFile = output.cache().resolve(ARTICLE_CACHE);
        List<String> damaged = new ArrayList<>();
        boolean asked = options.full();
        ArticleKeys read = asked ? null : ArticleKeys.read(keysFile, damaged);
        ArticleCache opened = asked ? ArticleCache.empty(articlesFile, TemplateSet.toolIdentity())
                : ArticleCache.open(articlesFile, TemplateSet.toolIdentity());
        if (opened.problem() != null) {
            damaged.add(opened.problem());
        }
        BodyCache openedBodies = new BodyCache(output.cache(), !asked);
        damaged.addAll(openedBodies.problems());
        // A damaged cache is no cache: the build is a full one, as --full would make it, and says so.
        boolean full = asked || !damaged.isEmpty();
        ArticleKeys before = full ? null : read;
        ArticleCache articleCache = full && !asked ? ArticleCache.empty(articlesFile, TemplateSet.toolIdentity())
                : opened;
        BodyCache bodyCache = full && !asked ? new BodyCache(output.cache(), false) : openedBodies;
        List<String> notes = new ArrayList<>();
        damaged.forEach(d -> notes.add("build cache damaged, discarded, built in full: " + d));
        CachedBodies bodies = new CachedBodies(before, articleCache, bodyCache);
        SiteBuilder pipeline = builder.get();
        try (PreparedSite site = pipeline.prepare(content, templatesDir, options.publication(), articleCache, bodies,
                progress)) {
            // Content that does not validate stops the build above, with the live site and its keys as they were.
            ArticleKeys.forget(keysFile);
            long t = System.nanoTime();
            articleCache.save();
            t = progress.phase("save article cache", t);
            // Keys need the bodies of the files this build parsed (all of them, in a full build), made as they are
            // needed, in parallel; a build that plans the whole site then makes the rest.
            ArticleKeys keys = site.inPool(() -> ArticleKeys.of(ArticleKeys.global(templateSet, content, options.publication().drafts()),
                    site.articles(), bodies.keys(), site.bodies(), bodies::parsed, site.index()::translationStale,
                    a -> articleCache.stamp(a.file()), before));
            progress.phase("article keys (" + bodyCache.rendered() + " bodies not cached)", t);
            Optional<ArticleKeys.OwnPages> onlyOwn = keys.changedOnlyOwnPages(before);
            if (onlyOwn.isPresent() && onlyOwn.get().ids().size() <= IN_PLACE_MAX && output.beginInPlace()) {
                return withProblems(inPlace(site, onlyOwn.get(), before, keys, templateSet, bodies, bodyCache, output,
                        keysFile, progress), notes, bodyCache, output);
            }
            byte[] everyPage = everyPage(site);
            // Page fingerprints pay off only when a build can skip pages: not in a build into a new folder (as in CI
            // from a fresh clone), nor when the sidebar every page embeds changed (a new report's
            // counts), as every page changes then. Such a build lists each file without a key; the next build whose
            // sidebar is unchanged renders every page once more and fingerprints them.
            boolean mayFingerprint = !full && before != null && Arrays.equals(before.built().everyPage(), everyPage);
            PageReuse reuse = new PageReuse() {
                @Override
                public boolean fromPreviousSite() {
                    return !full;
                }

                @Override
                public Keys pageKeys(OutputDir staged) {
                    // Saved before rendering rather than after the swap, so that the bodies' plain text (only needed
                    // for the summaries) is not kept while pages render; a cache keyed by content is right even if
                    // the build fails.
                    long s = System.nanoTime();
                    bodyCache.save();
                    progress.phase("save body cache", s);
                    return mayFingerprint && staged.hasKeys()
                            ? new PageFingerprints(templateSet, bodies.knownTexts(site.bodies())) : Keys.NONE;
                }
            };
            BuildSummary summary = pipeline.publish(site, output, reuse, progress);
            keys.withBuilt(new ArticleKeys.Built(summary.pagesZh(), summary.pagesEn(), everyPage, summary.articles(),
                    summary.translated(), summary.warnings(), summary.held())).write(keysFile);
            return withProblems(summary, notes, bodyCache, output);
        }
    }

    /** A summary with the notes of the build and of damage its caches met while it ran. */
    private static BuildSummary withProblems(BuildSummary summary, List<String> notes, BodyCache bodyCache,
                                             OutputDir output) {
        List<String> all = new ArrayList<>(notes);
        bodyCache.problems().stream().distinct().forEach(p -> all.add("build cache damaged: " + p));
        output.problems().forEach(p -> all.add("build cache damaged, discarded (files compared by their bytes): "
                + p));
        return summary.withNotes(all.stream().distinct().toList());
    }

    /** Replaces the changed articles' own pages in the live site and saves the caches and keys. */
    private static BuildSummary inPlace(PreparedSite site, ArticleKeys.OwnPages changed, ArticleKeys before,
                                        ArticleKeys keys, byte[] templateSet, CachedBodies bodies, BodyCache bodyCache,
                                        OutputDir output, Path keysFile, BuildProgress progress) {
        long t = System.nanoTime();
        Map<String, byte[]> knownTexts = bodies.knownTexts(site.bodies());
        int rendered = InPlaceUpdate.apply(site, changed, templateSet, knownTexts, output, progress);
        output.commitInPlace();
        bodyCache.save();
        ArticleKeys.Built then = before.built();
        int articles = site.index().articles().size();
        int translated = site.index().translatedCount();
        keys.withBuilt(new ArticleKeys.Built(then.zhPages(), then.enPages(), then.everyPage(), articles, translated,
                site.index().warnings(), site.held())).write(keysFile);
        progress.phase("render " + rendered + " of the pages of " + changed.ids().size()
                + " changed article(s), in place", t);
        long millis = (System.nanoTime() - site.startNanos()) / 1_000_000;
        return new BuildSummary(then.zhPages(), then.enPages(), articles, translated, rendered, output.written(),
                output.unchanged(), site.index().warnings(), site.held(), millis);
    }

    /** Digest of the sidebars every page of each language embeds. */
    private static byte[] everyPage(PreparedSite site) {
        MessageDigest md = Digests.sha256();
        for (String sidebar : site.embeddedSidebars()) {
            md.update(sidebar.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return md.digest();
    }
}
