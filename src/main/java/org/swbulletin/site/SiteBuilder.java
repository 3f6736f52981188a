package org.swbulletin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.swbulletin.Lang;
import org.swbulletin.content.Article;
import org.swbulletin.content.ArticleCache;
import org.swbulletin.content.ContentLoader;
import org.swbulletin.content.InvalidContentException;
import org.swbulletin.content.LoadedContent;
import org.swbulletin.content.Publication;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.render.ArticleView;
import org.swbulletin.render.ArticleViews;
import org.swbulletin.render.FigureText;
import org.swbulletin.render.Messages;
import org.swbulletin.render.Names;
import org.swbulletin.render.OpenData;
import org.swbulletin.render.Page;
import org.swbulletin.render.PagePlanner;
import org.swbulletin.render.SiteIndex;
import org.swbulletin.render.SiteSettings;
import org.swbulletin.render.Templates;
import org.swbulletin.render.TileMap;
import org.swbulletin.render.Urls;

/**
 * Builds the whole site, content to pages to files, as named steps: load the articles, index them, plan the pages of
 * both languages, render the bodies, then write every output (pages, feeds, sitemap, robots, assets) into a staging
 * tree and swap it in.
 *
 * <p>Each Markdown body is parsed once; indexes, article views and sidebars are computed once per language; pages are
 * rendered in parallel on all cores and each is written as soon as it is rendered, so memory holds the models, never
 * the whole site.
 *
 * <p>By itself it reuses nothing from earlier builds. A layer that does ({@code site.incremental}) calls the two
 * halves, {@link #prepare} and {@link #publish}, with its hooks: an {@link ArticleCache} to load through, a
 * {@link BodySource} and a {@link PageReuse}.
 */
public final class SiteBuilder {
    /** The name of the build phase that makes the search index, which the benchmark reads. */
    public static final String SEARCH_PHASE = "search index";
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
     * Builds {@code content} through {@code templates} into {@code out} as published today, every file parsed and
     * every page rendered.
     *
     * @return what was built
     * @throws InvalidContentException listing every error, when the content has one (nothing is written)
     * @throws OutputDir.ForeignDirectoryException when {@code out} is a folder this tool did not write
     */
    public BuildSummary build(Path content, Path templatesDir, Path out) {
        return build(content, templatesDir, out, Publication.asOfToday());
    }

    /**
     * Builds {@code content} through {@code templates} into {@code out}, every file parsed and every page rendered.
     *
     * @param publication the day of the build, and whether held articles are shown as drafts
     * @return what was built
     * @throws InvalidContentException listing every error, when the content has one (nothing is written)
     * @throws OutputDir.ForeignDirectoryException when {@code out} is a folder this tool did not write
     */
    public BuildSummary build(Path content, Path templatesDir, Path out, Publication publication) {
        OutputDir output = new OutputDir(out);
        try (PreparedSite site = prepare(content, templatesDir, publication, ArticleCache.none(),
                BodySource.rendering(), BuildProgress.SILENT)) {
            return publish(site, output, PageReuse.NONE, BuildProgress.SILENT);
        }
    }

    /** Fails with a message naming the folder when the templates are missing, before anything reads them. */
    public static void requireTemplates(Path templatesDir) {
        if (!Files.isDirectory(templatesDir)) {
            throw new IllegalArgumentException("no templates folder at " + templatesDir.toAbsolutePath().normalize()
                    + " (--templates names another)");
        }
    }

    /**
     * The first half of a build: loads, validates and indexes the articles and readies the planners of both
     * languages, writing nothing.
     *
     * @param publication  the day of the build, and whether held articles are shown as drafts
     * @param articleCache the parsed articles of earlier builds ({@link ArticleCache#none()} for none)
     * @param bodySource   where the articles' rendered bodies come from
     * @throws InvalidContentException listing every error, when the content has one
     */
    public PreparedSite prepare(Path content, Path templatesDir, Publication publication, ArticleCache articleCache,
                                BodySource bodySource, BuildProgress progress) {
        long start = System.nanoTime();
        requireTemplates(templatesDir);
        Map<Lang, Messages> messages = messages(templatesDir);
        Templates templates = new Templates(templatesDir);
        BuildThreads pool = new BuildThreads(threads);
        PreparedSite site = null;
        try {
            long t = System.nanoTime();
            LoadedContent loaded = pool.call(() -> loadAndValidate(content, articleCache, publication));
            SiteSettings settings = SiteSettings.load(content);
            Urls urls = new Urls(settings);
            List<Article> articles = loaded.published();
            t = progress.phase("load and check " + loaded.articles().size() + " files (" + articleCache.parsed()
                    + " parsed)", t);
            Names names = new Names(gazetteer, loaded.taxonomy(), loaded.glossary());
            SiteIndex index = new SiteIndex(articles, names, loaded.reports());
            t = progress.phase("index", t);
            Bodies bodies = pool.call(() -> bodies(articles, bodySource));
            ArticleViews[] views = new ArticleViews[Lang.values().length];
            PagePlanner[] planners = new PagePlanner[views.length];
            pool.run(() -> planners(settings, index, names, messages, urls, templates, bodies, views, planners));
            progress.phase("views and planners", t);
            site = new PreparedSite(pool, start, templatesDir, settings, messages, templates, urls, articles, index,
                    names, bodies, views, planners, loaded.held().stream().map(h -> h.line(content)).toList());
            return site;
        } finally {
            if (site == null) {
                pool.close();
            }
        }
    }

    /**
     * The second half of a build: renders every body, plans every output, writes them into a staging tree (reusing
     * pages as {@code reuse} allows) and swaps it in as the site.
     *
     * @throws OutputDir.ForeignDirectoryException when {@code output} is a folder this tool did not write
     */
    public BuildSummary publish(PreparedSite site, OutputDir output, PageReuse reuse, BuildProgress progress) {
        long t = System.nanoTime();
        renderBodies(site);
        t = progress.phase("markdown", t);
        List<List<Page>> langPages = planPages(site);
        // The planned pages live until they are written, like the bodies (renderBodies): moved to the old generation
        // at once here, rather than copied through the survivor spaces by the young pauses of the search index.
        System.gc();
        int zh = langPages.get(Lang.ZH.ordinal()).size();
        int en = langPages.get(Lang.EN.ordinal()).size();
        List<SiteOutput> outputs = outputs(site, langPages);
        t = progress.phase("plan " + (zh + en) + " pages", t);
        site.inPool(site::searchFiles).forEach((file, bytes) -> outputs.add(new SiteOutput.Made(file, () -> bytes)));
        t = progress.phase(SEARCH_PHASE, t);
        output.begin(reuse.fromPreviousSite());
        t = progress.phase("prepare output", t);
        int rendered;
        try {
            PageReuse.Keys keys = site.inPool(() -> reuse.pageKeys(output));
            t = System.nanoTime();
            rendered = writeAll(site, outputs, keys, output, progress);
            t = progress.phase("render " + rendered + " pages, write feeds, sitemap, assets", t);
            swap(output);
            progress.phase("swap", t);
        } catch (RuntimeException | Error e) {
            output.abort();
            throw e;
        }
        SiteIndex index = site.index();
        long millis = (System.nanoTime() - site.startNanos()) / 1_000_000;
        return new BuildSummary(zh, en, index.articles().size(), index.translatedCount(), rendered, output.written(),
                output.unchanged(), index.warnings(), site.held(), millis);
    }

    private static Map<Lang, Messages> messages(Path templatesDir) {
        Map<Lang, Messages> messages = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            messages.put(l, Messages.load(templatesDir, l));
        }
        return messages;
    }

    /**
     * Reads every article file of the content folder, each once, in parallel in the caller's pool, and validates them
     * as {@code check} does: content with an error is refused whole, before anything is built from it.
     */
    private LoadedContent loadAndValidate(Path content, ArticleCache articleCache, Publication publication) {
        return contentLoader(gazetteer).load(content, articleCache, publication).requireValid();
    }

    /**
     * The loader every command validates content with: the content's rules and the site settings this stage reads,
     * so that {@code check} reports every error a build would refuse, and the build reports them all at once.
     */
    public static ContentLoader contentLoader(Gazetteer gazetteer) {
        return new ContentLoader(gazetteer, List.of(SiteSettings::load));
    }

    /** The articles' bodies, made on first use; the source hears the articles first. */
    private static Bodies bodies(List<Article> articles, BodySource source) {
        source.loaded(articles);
        return new Bodies(articles, source);
    }

    /** The views and planners of the languages, made at once, one per core: they share only read-only data. */
    private void planners(SiteSettings settings, SiteIndex index, Names names, Map<Lang, Messages> messages, Urls urls,
                          Templates templates, Bodies bodies, ArticleViews[] views, PagePlanner[] planners) {
        Lang[] langs = Lang.values();
        IntStream.range(0, langs.length).parallel().forEach(i -> {
            Lang l = langs[i];
            views[i] = new ArticleViews(l, index, names, messages.get(l), urls, bodies);
            planners[i] = new PagePlanner(l, settings, index, names, messages.get(l), views[i], urls, templates,
                    tileMap);
        });
    }

    /** Makes every article's body, in parallel, before the pages that show them are planned. */
    private static void renderBodies(PreparedSite site) {
        site.runInPool(site.bodies()::makeAll);
        // The articles and bodies now made live until the end of the build. Collected once here, they move to the
        // old generation in one go; otherwise every young pause copies them again through the survivor spaces, and
        // G1 answers those long pauses by growing the heap.
        System.gc();
    }

    /** The pages of each language, planned at once, one per core. */
    private static List<List<Page>> planPages(PreparedSite site) {
        PagePlanner[] planners = site.planners();
        List<List<Page>> pages = new ArrayList<>(Collections.nCopies(planners.length, null));
        site.runInPool(() -> IntStream.range(0, planners.length).parallel()
                .forEach(i -> pages.set(i, planners[i].pages())));
        return pages;
    }

    /** Every file of the site: the pages, then the feeds, the sitemap, robots.txt and the assets. */
    private static List<SiteOutput> outputs(PreparedSite site, List<List<Page>> langPages) {
        List<SiteOutput> outputs = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (List<Page> pages : langPages) {
            for (Page p : pages) {
                outputs.add(new SiteOutput.Rendered(p));
                if (p.lang() == Lang.ZH && p.listed()) {
                    listed.add(p.rel());
                }
            }
        }
        feeds(site, outputs);
        openData(site, outputs);
        String baseUrl = site.settings().baseUrl();
        outputs.add(new SiteOutput.Made("sitemap.xml", () -> Sitemap.write(listed, baseUrl)));
        outputs.add(new SiteOutput.Made("robots.txt", () -> Sitemap.robots(baseUrl)));
        assets(site.templatesDir().resolve("assets"), outputs);
        return outputs;
    }

    /** The Atom feeds of each language: the site's, and one per province. */
    private static void feeds(PreparedSite site, List<SiteOutput> outputs) {
        SiteSettings settings = site.settings();
        SiteIndex index = site.index();
        Urls urls = site.urls();
        for (Lang l : Lang.values()) {
            ArticleViews v = site.views()[l.ordinal()];
            Messages m = site.messages().get(l);
            Function<ArticleView, String> urlOf = a -> urls.absolute(l, Urls.article(a.article().id()));
            outputs.add(new SiteOutput.Made(l.prefix() + "feed.xml", () -> AtomFeed.write(l.htmlLang(),
                    settings.title(l), urls.absolute(l, "feed.xml"), urls.absolute(l, ""), urlOf,
                    index.articles().stream().limit(AtomFeed.ENTRIES).map(v::of).toList(), settings.title(l))));
            for (Map.Entry<Division, List<Article>> e : index.byProvince().entrySet()) {
                String rel = Urls.province(e.getKey());
                String name = l == Lang.ZH ? e.getKey().shortName() : e.getKey().nameEn();
                List<Article> articles = e.getValue();
                outputs.add(new SiteOutput.Made(l.prefix() + rel + "feed.xml", () -> AtomFeed.write(l.htmlLang(),
                        settings.title(l) + " · " + m.format("provinces.heading", "name", name),
                        urls.absolute(l, rel + "feed.xml"), urls.absolute(l, rel), urlOf,
                        articles.stream().limit(AtomFeed.ENTRIES).map(v::of).toList(), settings.title(l))));
            }
        }
    }

    /**
     * The open data files, CSV and JSON of the same tables. Like the feeds, they show only what the articles' shared
     * keys cover (front matter, the editors' data, strings, settings), so a build that updates articles' own pages in
     * place or patches a body leaves them as they are, rightly.
     */
    private static void openData(PreparedSite site, List<SiteOutput> outputs) {
        Map<Lang, Messages> m = site.messages();
        OpenData.Table<OpenData.ArticleRow> articles = OpenData.articles(site.index(), site.names(), site.urls(),
                site.views()[Lang.EN.ordinal()]);
        OpenData.Table<OpenData.FigureRow> figures = OpenData.figures(articles,
                new FigureText(m.get(Lang.ZH), site.names()), new FigureText(m.get(Lang.EN), site.names()));
        for (OpenData.Table<?> table : List.of(articles, figures)) {
            outputs.add(new SiteOutput.Made(OpenDataFiles.csvFile(table), () -> OpenDataFiles.csv(table)));
            outputs.add(new SiteOutput.Made(OpenDataFiles.jsonFile(table), () -> OpenDataFiles.json(table)));
        }
    }

    /** Every file of the templates' assets folder, copied as it is. */
    private static void assets(Path assets, List<SiteOutput> outputs) {
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                outputs.add(new SiteOutput.Made("assets/" + assets.relativize(p).toString().replace('\\', '/'),
                        () -> readAsset(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy assets from " + assets, e);
        }
    }

    private static byte[] readAsset(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy asset " + p, e);
        }
    }

    /**
     * Writes every output into the staging tree, in parallel, and returns how many pages it rendered: a page whose key
     * the output already holds is reused, any other rendered. Each output is dropped from the list once written, so
     * memory does not keep models of pages already done. Each task keeps its failure instead of throwing it, so that
     * no task is still writing into the staging directory when the first failure is reported and the build is
     * abandoned.
     */
    private static int writeAll(PreparedSite site, List<SiteOutput> planned, PageReuse.Keys keys, OutputDir output,
                                BuildProgress progress) {
        SiteOutput[] outputs = planned.toArray(SiteOutput[]::new);
        planned.clear();
        Templates templates = site.templates();
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        ThreadLocal<Utf8Buffer> buffers = ThreadLocal.withInitial(Utf8Buffer::new);
        site.runInPool(() -> IntStream.range(0, outputs.length).parallel().forEach(i -> {
            SiteOutput o = outputs[i];
            outputs[i] = null;
            if (!failures.isEmpty()) {
                return;
            }
            try {
                if (o instanceof SiteOutput.Rendered r) {
                    Page p = r.page();
                    Map<String, Object> model = p.model();
                    byte[] key = keys.of(p, model);
                    if (!output.reuse(p.file(), key)) {
                        Utf8Buffer buffer = buffers.get();
                        buffer.reset();
                        templates.render(p.template(), model, buffer);
                        buffer.close();
                        output.write(p.file(), buffer.array(), buffer.size(), key);
                        rendered.incrementAndGet();
                    }
                } else if (o instanceof SiteOutput.Made m) {
                    output.write(m.file(), m.bytes().get());
                }
                progress.pages(done.incrementAndGet(), outputs.length);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }));
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return rendered.get();
    }

    /** Replaces the live site with the staging tree. */
    private static void swap(OutputDir output) {
        output.commit();
    }
}
