package org.swbulletin.site.incremental;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swbulletin.content.Article;
import org.swbulletin.content.ArticleCache;
import org.swbulletin.content.ContentException;
import org.swbulletin.content.ContentLoader;
import org.swbulletin.content.ContentStore;
import org.swbulletin.content.Fingerprint;
import org.swbulletin.Lang;
import org.swbulletin.render.MarkdownRenderer;
import org.swbulletin.render.Urls;
import org.swbulletin.site.BuildProgress;
import org.swbulletin.site.BuildSummary;
import org.swbulletin.site.OutputDir;
import org.swbulletin.site.search.SearchIndex;
import org.swbulletin.site.search.SearchPatch;

/**
 * Brings the live site up to date without loading or planning it when all that changed since the last build is the
 * body of a few articles, in a way no page but their own shows (the start summaries read, the reading time and every
 * front matter field are as they were): in each of their pages, the old body's HTML is replaced by the new.
 *
 * <p>This is the editor's commonest change, and the one a full build's fixed costs (loading every article, indexing,
 * planning, starting the template engine) made slowest relative to its size. Whatever this class cannot prove
 * unchanged (a file added or removed, templates, editors' data, a shared field, a translation's staleness, a body not
 * found exactly once where it belongs) leaves the work to a build ({@link RebuildPlanner} chooses which), which
 * gives the same bytes (tested).
 */
final class BodyEdits {
    /** More changed files than this are left to the full build. */
    private static final int MAX_FILES = 16;
    /** An old body shorter than this could occur in a page by chance: left to the full build. */
    private static final int SHORTEST_BODY = 32;

    private BodyEdits() {}

    /** A page to replace: its path in the site and its new bytes. */
    private record Replacement(String file, byte[] bytes) {}

    /**
     * Updates the site in {@code out} for edits of article bodies only, when that is all that changed.
     *
     * @return what was done, or empty when the site needs a build
     * @throws OutputDir.ForeignDirectoryException when {@code out} is a folder this tool did not write
     */
    static Optional<BuildSummary> apply(Path content, Path templatesDir, Path out, BuildOptions options) {
        long start = System.nanoTime();
        BuildProgress progress = options.progress();
        OutputDir output = new OutputDir(out);
        Path keysFile = output.cache().resolve(RebuildPlanner.ARTICLE_KEYS);
        ArticleKeys before = ArticleKeys.read(keysFile);
        // Held articles may fall due on any day, without a file changing: only a build decides that.
        if (before == null || before.built().zhPages() == 0 || !before.built().held().isEmpty()) {
            return Optional.empty();
        }
        ContentStore store = new ContentStore(content);
        Map<String, ArticleKeys.Entry> entries = before.entries();
        List<ContentStore.Stamped> files = store.stampedFiles();
        if (files.size() != entries.size()) {
            return Optional.empty();
        }
        Map<String, ContentStore.Stamped> changed = new LinkedHashMap<>();
        for (ContentStore.Stamped f : files) {
            String rel = ArticleKeys.file(f.relative());
            ArticleKeys.Entry e = entries.get(rel);
            if (e == null) {
                return Optional.empty();
            }
            if (!e.unchanged(f.stamp())) {
                changed.put(rel, f);
            }
        }
        if (changed.size() > MAX_FILES
                || !Arrays.equals(ArticleKeys.global(TemplateSet.fingerprint(templatesDir), content,
                options.publication().drafts()), before.global())
                || !output.beginInPlace()) {
            return Optional.empty();
        }
        long t = progress.phase("compare " + files.size() + " files with the last build (" + changed.size()
                + " changed)", start);

        Map<String, Article> read = new LinkedHashMap<>();
        try {
            for (String rel : changed.keySet()) {
                read.put(rel, store.load(changed.get(rel).relative()));
            }
        } catch (ContentException e) {
            return Optional.empty(); // the build reports it
        }
        MarkdownRenderer renderer = new MarkdownRenderer();
        ModelDigest digest = new ModelDigest();
        List<Replacement> replacements = new ArrayList<>();
        List<java.util.SortedMap<String, byte[]>> search = List.of(new java.util.TreeMap<>(), new java.util.TreeMap<>());
        Map<String, ArticleKeys.Entry> updated = new LinkedHashMap<>();
        for (Map.Entry<String, Article> r : read.entrySet()) {
            Article a = r.getValue();
            ArticleKeys.Entry then = entries.get(r.getKey());
            if (!then.id().equals(a.id())) {
                return Optional.empty();
            }
            int status = 0;
            if (!then.pair().isEmpty()) {
                Article translation = read.containsKey(then.pair()) ? read.get(then.pair())
                        : loadOrNull(store, Path.of(then.pair()));
                if (translation == null) {
                    return Optional.empty();
                }
                status = Fingerprint.isStale(a, translation) ? 2 : 1;
            }
            MarkdownRenderer.RenderedBody body = renderer.render(a.body());
            ArticleKeys.Entry now = ArticleKeys.entry(digest, a, then.pair(), BodyCache.key(a.body()), body, status);
            if (!Arrays.equals(now.shared(), then.shared()) || now.status() != then.status()) {
                return Optional.empty();
            }
            ContentStore.Stamped stamp = changed.get(r.getKey());
            ArticleKeys.Entry stamped = now.stamped(ArticleCache.racy(stamp.stamp().modified()) ? null : stamp.stamp());
            if (Arrays.equals(now.full(), then.full())) {
                updated.put(r.getKey(), stamped.patched(then.patched()));
                continue; // touched, not changed
            }
            if (!ContentLoader.validAlone(a)) {
                return Optional.empty(); // validating the new body needs the whole content: a build does it
            }
            updated.put(r.getKey(), stamped.patched(body.html()));
            String old = then.patched() != null ? then.patched() : BodyCache.cachedHtml(output.cache(), then.bodyKey());
            if (old == null || old.length() < SHORTEST_BODY) {
                return Optional.empty();
            }

            // An original's body is on its Chinese page, and on its English page while untranslated; a
            // translation's body is on the English page only.
            String zh = Urls.file(Lang.ZH, Urls.article(a.id()));
            String en = Urls.file(Lang.EN, Urls.article(a.id()));
            boolean onEnglish = a.isTranslation() || then.pair().isEmpty();
            boolean onChinese = !a.isTranslation();
            // The search index of each language whose page shows the body holds its text: its document and the
            // shards of the terms that came or went are patched too.
            for (Lang l : Lang.values()) {
                if ((l == Lang.ZH ? onChinese : onEnglish) && !SearchPatch.body(output.live(l.prefix()
                        + SearchIndex.DIR + SearchIndex.IDS).getParent(), a.id(), body.html(), search.get(l.ordinal()))) {
                    return Optional.empty();
                }
            }
            for (String page : List.of(zh, en)) {
                boolean shows = page.equals(zh) ? onChinese : onEnglish;
                String html = readPage(output, page);
                int at = html == null ? -1 : html.indexOf(old);
                int times = at < 0 ? 0 : html.indexOf(old, at + 1) < 0 ? 1 : 2;
                if (html == null || times != (shows ? 1 : 0)) {
                    return Optional.empty();
                }
                if (shows) {
                    String next = html.substring(0, at) + body.html() + html.substring(at + old.length());
                    replacements.add(new Replacement(page, next.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        int pages = replacements.size();
        for (Lang l : Lang.values()) {
            search.get(l.ordinal()).forEach((name, bytes) ->
                    replacements.add(new Replacement(l.prefix() + SearchIndex.DIR + name, bytes)));
        }
        t = progress.phase("read and render " + read.size() + " file(s)", t);

        // As a build does: the keys are withdrawn before the site is touched and saved once it is whole again.
        ArticleKeys.forget(keysFile);
        for (Replacement r : replacements) {
            output.replaceInPlace(r.file(), r.bytes(), r.bytes().length, null);
        }
        output.commitInPlace();
        before.withEntries(updated).write(keysFile);
        progress.phase("replace " + pages + " page(s) and " + (replacements.size() - pages)
                + " search index file(s) in place", t);
        ArticleKeys.Built built = before.built();
        return Optional.of(new BuildSummary(built.zhPages(), built.enPages(), built.articles(), built.translated(),
                pages, output.written(), output.unchanged(), built.warnings(), built.held(),
                (System.nanoTime() - start) / 1_000_000));
    }

    private static Article loadOrNull(ContentStore store, Path relative) {
        try {
            return store.load(relative);
        } catch (ContentException e) {
            return null;
        }
    }

    private static String readPage(OutputDir output, String rel) {
        Path file = output.live(rel);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
