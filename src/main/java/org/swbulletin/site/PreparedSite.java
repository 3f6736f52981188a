package org.swbulletin.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.swbulletin.Lang;
import org.swbulletin.content.Article;
import org.swbulletin.render.ArticleViews;
import org.swbulletin.render.Messages;
import org.swbulletin.render.Names;
import org.swbulletin.render.Page;
import org.swbulletin.render.PagePlanner;
import org.swbulletin.render.SiteIndex;
import org.swbulletin.render.SiteSettings;
import org.swbulletin.render.Templates;
import org.swbulletin.render.Urls;

/**
 * A site loaded, indexed and ready to plan, before any page is planned or written: what {@link SiteBuilder#prepare}
 * makes and {@link SiteBuilder#publish} writes, and what a build that updates a few pages in place renders them from.
 * It owns the build's threads: close it when the build is done.
 */
public final class PreparedSite implements AutoCloseable {
    private final BuildThreads threads;
    private final long startNanos;
    private final Path templatesDir;
    private final SiteSettings settings;
    private final Map<Lang, Messages> messages;
    private final Templates templates;
    private final Urls urls;
    private final List<Article> articles;
    private final SiteIndex index;
    private final Names names;
    private final Bodies bodies;
    private final ArticleViews[] views;
    private final PagePlanner[] planners;
    private final List<String> held;

    PreparedSite(BuildThreads threads, long startNanos, Path templatesDir, SiteSettings settings,
                 Map<Lang, Messages> messages, Templates templates, Urls urls, List<Article> articles, SiteIndex index,
                 Names names, Bodies bodies, ArticleViews[] views, PagePlanner[] planners, List<String> held) {
        this.threads = threads;
        this.startNanos = startNanos;
        this.templatesDir = templatesDir;
        this.settings = settings;
        this.messages = messages;
        this.templates = templates;
        this.urls = urls;
        this.articles = articles;
        this.index = index;
        this.names = names;
        this.bodies = bodies;
        this.views = views;
        this.planners = planners;
        this.held = List.copyOf(held);
    }

    /** The articles not published as of the build's day, each as {@code file: reason}. */
    public List<String> held() {
        return held;
    }

    /** Every article published, originals and translations, in load order. */
    public List<Article> articles() {
        return articles;
    }

    /** The articles indexed by date, place, theme and report. */
    public SiteIndex index() {
        return index;
    }

    /** The articles' rendered bodies, made on first use. */
    public Bodies bodies() {
        return bodies;
    }

    /** The markup of the sidebar every page of each language embeds; empty when the sidebar is a page of its own. */
    public List<String> embeddedSidebars() {
        return Arrays.stream(planners).map(PagePlanner::embeddedSidebar).toList();
    }

    /** An article's own pages, one per language. */
    public List<Page> articlePages(Article a) {
        List<Page> pages = new ArrayList<>();
        for (PagePlanner planner : planners) {
            pages.add(planner.articlePage(a));
        }
        return pages;
    }

    /** The translation status pages, one per language. */
    public List<Page> translationStatusPages() {
        return Arrays.stream(planners).map(PagePlanner::translationsPage).toList();
    }

    /** Renders a page from its model into UTF-8 bytes. */
    public byte[] render(Page page, Map<String, Object> model) {
        Utf8Buffer buffer = new Utf8Buffer();
        templates.render(page.template(), model, buffer);
        buffer.close();
        return Arrays.copyOf(buffer.array(), buffer.size());
    }

    /** The search index files of both languages, by path in the site; made anew on each call. */
    public java.util.SortedMap<String, byte[]> searchFiles() {
        return org.swbulletin.site.search.SearchIndex.siteFiles(index, views, messages);
    }

    /** When the build began, in {@link System#nanoTime()}. */
    public long startNanos() {
        return startNanos;
    }

    /** Runs parallel work in the build's threads and rethrows its failure as it was thrown. */
    public <T> T inPool(Supplier<T> work) {
        return threads.call(work);
    }

    /** Runs parallel work that returns nothing in the build's threads. */
    void runInPool(Runnable work) {
        threads.run(work);
    }

    /** Stops the build's threads. */
    @Override
    public void close() {
        threads.close();
    }

    Path templatesDir() {
        return templatesDir;
    }

    SiteSettings settings() {
        return settings;
    }

    Map<Lang, Messages> messages() {
        return messages;
    }

    Templates templates() {
        return templates;
    }

    Urls urls() {
        return urls;
    }

    Names names() {
        return names;
    }

    ArticleViews[] views() {
        return views;
    }

    PagePlanner[] planners() {
        return planners;
    }
}
