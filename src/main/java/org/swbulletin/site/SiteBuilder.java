package org.swbulletin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.swbulletin.content.Article;
import org.swbulletin.content.ArticleCache;
import org.swbulletin.content.ContentStore;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;
import org.swbulletin.render.ArticleView;
import org.swbulletin.render.ArticleViews;
import org.swbulletin.render.Card;
import org.swbulletin.render.FigureView;
import org.swbulletin.Lang;
import org.swbulletin.render.MarkdownRenderer;
import org.swbulletin.render.Messages;
import org.swbulletin.render.Names;
import org.swbulletin.render.Page;
import org.swbulletin.render.PagePlanner;
import org.swbulletin.render.SiteIndex;
import org.swbulletin.render.SiteSettings;
import org.swbulletin.render.Templates;
import org.swbulletin.render.TileMap;
import org.swbulletin.render.Urls;

/**
 * Builds the whole site: content to pages to files, written atomically.
 *
 * <p>Each Markdown body is parsed once; indexes, article views and sidebars are computed once per language; pages are
 * rendered in parallel on all cores and each is written (or linked, when unchanged) as soon as it is rendered, so
 * memory holds the models, never the whole site.
 */
public final class SiteBuilder {
    /** The article keys of the build that made the live site, in the site's build cache. */
    static final String ARTICLE_KEYS = "articles.keys";
    /**
     * At most this many changed articles are updated in place; more are built as a new tree and swapped in, which
     * renders in parallel and keeps the site consistent as a whole while it is written.
     */
    private static final int IN_PLACE_MAX = 64;
    /** The parsed articles of earlier builds, in the site's build cache. */
    private static final String ARTICLE_CACHE = "articles.bin";
    private final Gazetteer gazetteer;
    private final TileMap tileMap;
    private final int threads;

    /**
     * A builder with the given reference data.
     *
     * @param threads pages rendered at once; the number of cores is the sensible choice
     */
    public SiteBuilder(Gazetteer gazetteer, TileMap tileMap, int threads) {
        this.gazetteer = gazetteer;
        this.tileMap = tileMap;
        this.threads = Math.max(1, threads);
    }

    /**
     * Builds {@code content} through {@code templates} into {@code out}, reusing what the previous build left.
     *
     * @param themes   the theme taxonomy (usually of the content directory)
     * @param glossary the glossary (usually of the content directory)
     * @return what was built
     * @throws OutputDir.ForeignDirectoryException when {@code out} is a folder this tool did not write
     */
    public BuildSummary build(Path content, Path templatesDir, Path out, ThemeTaxonomy themes, Glossary glossary) {
        return build(content, templatesDir, out, themes, glossary, BuildOptions.INCREMENTAL);
    }

    /**
     * Builds {@code content} through {@code templates} into {@code out}.
     *
     * <p>Unless {@link BuildOptions#full()}, a build reuses what earlier ones left in the site's cache: articles are
     * parsed only when their file changed ({@link ArticleCache}), bodies rendered only when their text did
     * ({@link BodyCache}). When the {@link ArticleKeys} show that only some articles' own pages can differ, those pages
     * are rendered alone and replaced in the live site; otherwise every page is planned, and when fingerprints can save
     * work ({@link ModelDigest}, with the template set and the tool's version) a page whose fingerprint the previous
     * build wrote is linked from it instead of rendered. Either way the bytes are those a full build writes.
     *
     * @throws OutputDir.ForeignDirectoryException when {@code out} is a folder this tool did not write
     */
    public BuildSummary build(Path content, Path templatesDir, Path out, ThemeTaxonomy themes, Glossary glossary,
                              BuildOptions options) {
        long start = System.nanoTime();
        TemplateSet.requireFolder(templatesDir);
        BuildProgress progress = options.progress();
        OutputDir output = new OutputDir(out);
        SiteSettings settings = SiteSettings.load(content);
        Map<Lang, Messages> messages = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            messages.put(l, Messages.load(templatesDir, l));
        }
        Templates templates = new Templates(templatesDir);
        byte[] templateSet = TemplateSet.fingerprint(templatesDir);
        Names names = new Names(gazetteer, themes, glossary);
        Urls urls = new Urls(settings);

        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            long t = System.nanoTime();
            // The saved keys describe the live site: read, then withdrawn before anything else is cached or the site
            // touched, and saved again when the build is done; a build that stops halfway leaves none to trust.
            Path keysFile = output.cache().resolve(ARTICLE_KEYS);
            ArticleKeys before = options.full() ? null : ArticleKeys.read(keysFile);
            ArticleKeys.forget(keysFile);
            Path articlesFile = output.cache().resolve(ARTICLE_CACHE);
            ArticleCache articleCache = options.full() ? ArticleCache.empty(articlesFile, TemplateSet.toolIdentity())
                    : ArticleCache.open(articlesFile, TemplateSet.toolIdentity());
            List<Article> loaded = inPool(pool, () -> new ContentStore(content).loadAll(articleCache));
            t = progress.phase("load " + loaded.size() + " files (" + articleCache.parsed() + " parsed)", t);
            articleCache.save();
            t = progress.phase("save article cache", t);
            SiteIndex index = new SiteIndex(loaded, names);
            t = progress.phase("index", t);
            Predicate<Article> parsed = a -> a.file() == null || articleCache.parsed(a.file());
            String[] bodyKeys = new String[loaded.size()];
            inPool(pool, () -> {
                IntStream.range(0, loaded.size()).parallel().forEach(i -> {
                    Article a = loaded.get(i);
                    String known = before == null ? null
                            : before.bodyKeyBefore(a, parsed, articleCache.stamp(a.file()));
                    bodyKeys[i] = known != null ? known : BodyCache.key(a.body());
                });
                return null;
            });
            BodyCache bodyCache = new BodyCache(output.cache(), !options.full());
            Bodies bodies = new Bodies(loaded, bodyKeys, bodyCache, new MarkdownRenderer());
            // Keys need the bodies of the files this build parsed (all of them, in a full build), made as they are
            // needed, in parallel; a build that plans the whole site then makes the rest.
            ArticleKeys keys = inPool(pool, () -> ArticleKeys.of(ArticleKeys.global(templateSet, content), loaded,
                    bodyKeys, bodies, parsed, index::translationStale, a -> articleCache.stamp(a.file()),
                    before));
            Optional<ArticleKeys.OwnPages> onlyOwn = keys.changedOnlyOwnPages(before);
            boolean inPlace = onlyOwn.isPresent() && onlyOwn.get().ids().size() <= IN_PLACE_MAX && output.beginInPlace();
            if (!inPlace) {
                inPool(pool, () -> {
                    bodies.makeAll();
                    return null;
                });
                // The articles and bodies now made live until the end of the build. Collected once here, they move
                // to the old generation in one go; otherwise every young pause copies them again through the survivor
                // spaces, and G1 answers those long pauses by growing the heap (10,000 articles: peak RSS 1.6-1.9 GB
                // without this, 1.1-1.2 GB with it, for a 0.12 s pause).
                System.gc();
            }
            t = progress.phase("markdown (" + bodyCache.rendered() + " not cached), article keys", t);
            // The languages are planned at once, one per core: their views and pages share only read-only data.
            Lang[] langs = Lang.values();
            ArticleViews[] langViews = new ArticleViews[langs.length];
            PagePlanner[] planners = new PagePlanner[langs.length];
            List<List<Page>> langPages = new ArrayList<>(java.util.Collections.nCopies(langs.length, null));
            inPool(pool, () -> {
                IntStream.range(0, langs.length).parallel().forEach(i -> {
                    Lang l = langs[i];
                    langViews[i] = new ArticleViews(l, index, names, messages.get(l), urls, bodies);
                    planners[i] = new PagePlanner(l, settings, index, names, messages.get(l), langViews[i], urls,
                            templates, tileMap);
                    if (!inPlace) {
                        langPages.set(i, planners[i].pages());
                    }
                });
                return null;
            });
            if (inPlace) {
                int rendered = updateInPlace(index, onlyOwn.get(), planners, templates, templateSet,
                        bodies.knownTexts(), output, progress);
                output.commitInPlace();
                bodyCache.save();
                keys.withBuilt(new ArticleKeys.Built(before.built().zhPages(), before.built().enPages(),
                        before.built().everyPage(), index.articles().size(), index.translatedCount(),
                        index.warnings())).write(keysFile);
                progress.phase("render " + rendered + " of the pages of " + onlyOwn.get().ids().size()
                        + " changed article(s), in place", t);
                long millis = (System.nanoTime() - start) / 1_000_000;
                return new BuildSummary(before.built().zhPages(), before.built().enPages(), index.articles().size(),
                        index.translatedCount(), rendered, output.written(), output.unchanged(), index.warnings(),
                        millis);
            }
            Map<String, byte[]> knownTexts = bodies.knownTexts();
            byte[] everyPage = everyPage(planners);
            Map<Lang, ArticleViews> views = new EnumMap<>(Lang.class);
            List<Page> pages = new ArrayList<>();
            int[] perLang = new int[langs.length];
            for (int i = 0; i < langs.length; i++) {
                views.put(langs[i], langViews[i]);
                perLang[i] = langPages.get(i).size();
                pages.addAll(langPages.get(i));
            }
            List<String> listed = pages.stream().filter(p -> p.lang() == Lang.ZH && p.listed()).map(Page::rel)
                    .toList();
            t = progress.phase("plan " + pages.size() + " pages", t);

            output.begin(!options.full());
            t = progress.phase("prepare output", t);
            int rendered;
            try {
                // Saved before rendering rather than after the swap, so that the bodies' plain text (only needed for
                // the summaries) is not kept while pages render; a cache keyed by content is right even if the build
                // fails.
                inPool(pool, () -> {
                    bodyCache.save();
                    return null;
                });
                t = progress.phase("save body cache", t);
                // Page fingerprints pay off only when a build can skip pages: not in a build into a new folder (as in
                // CI from a fresh clone), nor when a sidebar every page embeds (sidebar: inline) changed (a new
                // report's counts), as every page changes then. Such a build lists each file without a key; the
                // next build whose sidebar is unchanged renders every page once more and fingerprints them.
                boolean fingerprint = !options.full() && output.hasKeys() && before != null
                        && java.util.Arrays.equals(before.built().everyPage(), everyPage);
                rendered = renderAll(pool, pages, templates, fingerprint ? templateSet : null, knownTexts, output,
                        progress);
                t = progress.phase("render " + rendered + " pages", t);
                writeFeeds(output, settings, index, views, urls, messages);
                output.write("sitemap.xml", Sitemap.write(listed, settings.baseUrl()));
                output.write("robots.txt", Sitemap.robots(settings.baseUrl()));
                copyAssets(templatesDir.resolve("assets"), output);
                t = progress.phase("feeds, sitemap, assets", t);
                output.commit();
                keys.withBuilt(new ArticleKeys.Built(perLang[Lang.ZH.ordinal()], perLang[Lang.EN.ordinal()], everyPage,
                        index.articles().size(), index.translatedCount(), index.warnings())).write(keysFile);
                progress.phase("swap", t);
            } catch (RuntimeException | Error e) {
                output.abort();
                throw e;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new BuildSummary(perLang[Lang.ZH.ordinal()], perLang[Lang.EN.ordinal()], index.articles().size(),
                    index.translatedCount(), rendered, output.written(), output.unchanged(), index.warnings(),
                    millis);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Renders and writes every page whose fingerprint changed (every page, unfingerprinted, when {@code templateSet}
     * is null), in the pool, and returns how many it rendered. Each
     * page is dropped from the list once written, so memory does not keep models of pages already done. Each task
     * keeps its failure instead of throwing it, so that no task is still writing into the staging directory when the
     * first failure is reported and the build is abandoned.
     */
    private static int renderAll(ForkJoinPool pool, List<Page> planned, Templates templates, byte[] templateSet,
                                 Map<String, byte[]> knownTexts, OutputDir output, BuildProgress progress) {
        Page[] pages = planned.toArray(Page[]::new);
        planned.clear();
        List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        ThreadLocal<Utf8Buffer> buffers = ThreadLocal.withInitial(Utf8Buffer::new);
        // Cards and article views are made once per article and language and kept for the build.
        ModelDigest.Lasting lasting = new ModelDigest.Lasting(java.util.Set.of(Card.class, ArticleView.class,
                FigureView.class));
        ThreadLocal<ModelDigest> digests = ThreadLocal.withInitial(() -> new ModelDigest(knownTexts, lasting));
        inPool(pool, () -> {
            IntStream.range(0, pages.length).parallel().forEach(i -> {
                Page p = pages[i];
                pages[i] = null;
                if (!failures.isEmpty()) {
                    return;
                }
                try {
                    Map<String, Object> model = p.model();
                    byte[] key = templateSet == null ? null : keyOf(digests.get(), templateSet, p, model);
                    if (!output.reuse(p.file(), key)) {
                        Utf8Buffer buffer = buffers.get();
                        buffer.reset();
                        templates.render(p.template(), model, buffer);
                        buffer.close();
                        output.write(p.file(), buffer.array(), buffer.size(), key);
                        rendered.incrementAndGet();
                    }
                    progress.pages(done.incrementAndGet(), pages.length);
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            });
            return null;
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return rendered.get();
    }

    /**
     * Renders the pages of the given articles in both languages (and the translation status pages when a translation's
     * status changed) and replaces, in the live site, those whose fingerprint changed; returns how many it rendered.
     */
    private static int updateInPlace(SiteIndex index, ArticleKeys.OwnPages changed, PagePlanner[] planners,
                                     Templates templates,
                                     byte[] templateSet, Map<String, byte[]> knownTexts, OutputDir output,
                                     BuildProgress progress) {
        List<Page> pages = new ArrayList<>();
        for (Article a : index.articles()) {
            if (changed.ids().contains(a.id())) {
                for (PagePlanner planner : planners) {
                    pages.add(planner.articlePage(a));
                }
            }
        }
        if (changed.statusChanged()) {
            for (PagePlanner planner : planners) {
                pages.add(planner.translationsPage());
            }
        }
        // Every page is rendered before any is written: a page that fails leaves the site as it was.
        ModelDigest digest = new ModelDigest(knownTexts);
        Utf8Buffer buffer = new Utf8Buffer();
        record Replacement(String file, byte[] bytes, byte[] key) {}
        List<Replacement> replacements = new ArrayList<>();
        int done = 0;
        for (Page p : pages) {
            Map<String, Object> model = p.model();
            byte[] key = keyOf(digest, templateSet, p, model);
            if (key == null || !java.util.Arrays.equals(key, output.liveKey(p.file()))) {
                buffer.reset();
                templates.render(p.template(), model, buffer);
                buffer.close();
                replacements.add(new Replacement(p.file(), java.util.Arrays.copyOf(buffer.array(), buffer.size()),
                        key));
            }
            progress.pages(++done, pages.size());
        }
        for (Replacement r : replacements) {
            output.replaceInPlace(r.file(), r.bytes(), r.bytes().length, r.key());
        }
        return replacements.size();
    }

    /** Digest of the sidebars every page of each language embeds (none when the sidebar is a shared page). */
    private static byte[] everyPage(PagePlanner[] planners) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (PagePlanner p : planners) {
                md.update(p.embeddedSidebar().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return md.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's fingerprint, or null when its model holds something that cannot be fingerprinted. */
    private static byte[] keyOf(ModelDigest digest, byte[] templateSet, Page p, Map<String, Object> model) {
        byte[] salt = (p.template() + "\n" + p.file() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(templateSet, templateSet.length + salt.length);
        System.arraycopy(salt, 0, all, templateSet.length, salt.length);
        try {
            return digest.of(all, model);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void writeFeeds(OutputDir output, SiteSettings settings, SiteIndex index, Map<Lang, ArticleViews> views,
                            Urls urls, Map<Lang, Messages> messages) {
        for (Lang l : Lang.values()) {
            ArticleViews v = views.get(l);
            Messages m = messages.get(l);
            java.util.function.Function<ArticleView, String> urlOf =
                    a -> urls.absolute(l, Urls.article(a.article().id()));
            output.write(l.prefix() + "feed.xml", AtomFeed.write(l.htmlLang(), settings.title(l),
                    urls.absolute(l, "feed.xml"), urls.absolute(l, ""), urlOf,
                    index.articles().stream().limit(AtomFeed.ENTRIES).map(v::of).toList(), settings.title(l)));
            for (Map.Entry<Division, List<Article>> e : index.byProvince().entrySet()) {
                String rel = Urls.province(e.getKey());
                String name = l == Lang.ZH ? e.getKey().shortName() : e.getKey().nameEn();
                output.write(l.prefix() + rel + "feed.xml", AtomFeed.write(l.htmlLang(),
                        settings.title(l) + " · " + m.format("provinces.heading", "name", name),
                        urls.absolute(l, rel + "feed.xml"), urls.absolute(l, rel), urlOf,
                        e.getValue().stream().limit(AtomFeed.ENTRIES).map(v::of).toList(), settings.title(l)));
            }
        }
    }

    private static void copyAssets(Path assets, OutputDir output) {
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                output.write("assets/" + assets.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy assets from " + assets, e);
        }
    }

    private interface Work<T> {
        T run();
    }

    /** Runs parallel work in the build's pool and rethrows its failure as it was thrown. */
    private static <T> T inPool(ForkJoinPool pool, Work<T> work) {
        try {
            return pool.submit(work::run).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
