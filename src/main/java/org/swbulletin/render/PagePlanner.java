package org.swbulletin.render;

import org.swbulletin.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swbulletin.content.Article;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Theme;

/**
 * Plans every page of one language: which template renders it and with what data.
 *
 * <p>The data shared by many pages (the sidebar markup, the navigation, the article cards, the charts) is computed
 * here once and referenced by each page's model, so that a page costs only its own template run.
 */
public final class PagePlanner {
    /** Related articles shown on an article page. */
    static final int RELATED = 5;
    /** Key figures shown in a province's or theme's sidebar box. */
    static final int SCOPE_FIGURES = 8;
    static final int SCOPE_FIGURES_PER_ARTICLE = 2;
    /**
     * Reports listed in the sidebar: the latest few, as every page carries them (each report costs every page a line;
     * the reports page lists them all).
     */
    static final int SIDEBAR_REPORTS = 5;
    /**
     * Provinces listed in the sidebar, those with most articles: every page carries the sidebar, so it lists what fits
     * in a few kilobytes and links to the provinces page (map and every count) for the rest.
     */
    static final int SIDEBAR_PROVINCES = 12;

    private final Lang lang;
    private final SiteSettings settings;
    private final SiteIndex index;
    private final Names names;
    private final Messages messages;
    private final ArticleViews views;
    private final Urls urls;
    private final TileMap tileMap;
    private final DateText dates;
    private final Map<String, Object> common;
    private final Map<Division, String> provinceLinks = new LinkedHashMap<>();
    private final Map<Division, String> provinceNames = new LinkedHashMap<>();
    private final Map<Division, Integer> provinceCounts = new LinkedHashMap<>();
    /** Made on first use, by any rendering thread: a build that renders a few pages makes only their provinces'. */
    private final Map<Division, List<FigureView>> provinceFigures = new java.util.concurrent.ConcurrentHashMap<>();
    private String tileMapSvg;
    private final String sidebar;

    /** A planner for one language; the sidebar is rendered here, once. */
    public PagePlanner(Lang lang, SiteSettings settings, SiteIndex index, Names names, Messages messages,
                       ArticleViews views, Urls urls, Templates templates, TileMap tileMap) {
        this.lang = lang;
        this.settings = settings;
        this.index = index;
        this.names = names;
        this.messages = messages;
        this.views = views;
        this.urls = urls;
        this.tileMap = tileMap;
        this.dates = new DateText(messages);
        index.byProvince().forEach((d, list) -> {
            provinceLinks.put(d, urls.link(lang, Urls.province(d)));
            provinceNames.put(d, names.province(d, lang));
            provinceCounts.put(d, list.size());
        });
        tileMapSvg = tileMap.svg(lang, provinceCounts, provinceLinks, provinceNames, messages.get("stats.map"));

        common = new HashMap<>();
        common.put("lang", lang.code());
        common.put("htmlLang", lang.htmlLang());
        common.put("otherHtmlLang", lang.other().htmlLang());
        common.put("ogLocale", lang.ogLocale());
        common.put("ogLocaleOther", lang.other().ogLocale());
        common.put("t", messages.table());
        common.put("siteTitle", settings.title(lang));
        common.put("siteDescription", settings.description(lang));
        common.put("css", urls.shared("assets/style.css"));
        common.put("favicon", urls.shared("assets/favicon.svg"));
        common.put("home", urls.link(lang, ""));
        common.put("feed", urls.link(lang, "feed.xml"));
        common.put("searchPage", urls.link(lang, "search/"));
        common.put("nav", List.of(
                nav("home", ""), nav("provinces", "provinces/"), nav("themes", "themes/"), nav("reports", "reports/"),
                nav("archive", "archive/"), nav("stats", "stats/"), nav("about", "about/")));
        sidebar = templates.render("partials/sidebar.ftlh", sidebarModel());
        common.put("sidebar", Templates.markup(sidebar));
    }

    /** The sidebar markup every page of the language embeds. */
    public String embeddedSidebar() {
        return sidebar;
    }

    private Map<String, String> nav(String key, String rel) {
        return Map.of("key", key, "url", urls.link(lang, rel), "text", messages.get("nav." + key));
    }

    private Map<String, Object> sidebarModel() {
        Map<String, Object> m = new HashMap<>(common);
        List<Link> provinces = provinceLinkList();
        m.put("provinces", provinces.subList(0, Math.min(SIDEBAR_PROVINCES, provinces.size())));
        m.put("allProvinces", urls.link(lang, "provinces/"));
        m.put("themes", themeLinks(true));
        m.put("reports", reportLinks(SIDEBAR_REPORTS));
        m.put("allReports", urls.link(lang, "reports/"));
        m.put("total", index.articles().size());
        return m;
    }

    /** The provinces with articles, most first, and the national articles among them by their count. */
    private List<Link> provinceLinkList() {
        List<Link> provinces = new ArrayList<>();
        provinceCounts.entrySet().stream().filter(e -> e.getValue() > 0)
                .forEach(e -> provinces.add(new Link(provinceLinks.get(e.getKey()), provinceNames.get(e.getKey()),
                        null, e.getValue())));
        if (!index.national().isEmpty()) {
            provinces.add(new Link(urls.link(lang, Urls.NATIONAL), messages.get("national"), null,
                    index.national().size()));
        }
        // Most articles first; a stable sort keeps the gazetteer's order among equal counts.
        provinces.sort((a, b) -> b.count() - a.count());
        return provinces;
    }

    /** The latest reports, at most {@code limit}. */
    private List<Link> reportLinks(int limit) {
        List<Link> reports = new ArrayList<>();
        for (Map.Entry<String, List<Article>> e : index.byReport().entrySet()) {
            if (reports.size() == limit) {
                break;
            }
            reports.add(new Link(urls.link(lang, Urls.report(e.getKey())),
                    ReportNames.label(index.reportNumber(e.getKey()), messages), null, e.getValue().size()));
        }
        return reports;
    }

    /**
     * The search page: the box's results when scripts run, and without them the way to browse the archive by
     * province, theme, year and report.
     */
    private Page search() {
        Map<String, Object> m = new HashMap<>();
        m.put("provinces", provinceLinkList());
        m.put("themes", themeLinks(true));
        m.put("years", yearRows());
        m.put("reports", reportLinks(Integer.MAX_VALUE));
        m.put("searchIndex", urls.link(lang, "search/index/"));
        m.put("searchScript", urls.shared("assets/search.js"));
        return page("search/", "search.ftlh", messages.get("search.title"), messages.get("search.description"),
                "", m, true);
    }

    /** The years of the archive, newest first, each with its months and their counts. */
    private List<Map<String, Object>> yearRows() {
        Map<String, List<Link>> years = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Map.Entry<String, List<Article>> e : index.byMonth().entrySet()) {
            String ym = e.getKey();
            years.computeIfAbsent(ym.substring(0, 4), k -> new ArrayList<>())
                    .add(new Link(urls.link(lang, Urls.month(ym)), dates.month(ym), null, e.getValue().size()));
        }
        List<Map<String, Object>> yearRows = new ArrayList<>();
        years.forEach((y, months) -> yearRows.add(Map.of("year", y, "months", months,
                "count", months.stream().mapToInt(Link::count).sum())));
        return yearRows;
    }

    private List<Link> themeLinks(boolean nonEmptyOnly) {
        List<Link> out = new ArrayList<>();
        index.byTheme().forEach((t, list) -> {
            if (!nonEmptyOnly || !list.isEmpty()) {
                out.add(new Link(urls.link(lang, Urls.theme(t)), names.theme(t, lang), null, list.size()));
            }
        });
        return out;
    }

    /** Every page of the language. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        paginated(pages, "", messages.get("home.heading"), settings.description(lang), "home", index.articles(),
                null, List.of(), null);
        for (Article a : index.articles()) {
            pages.add(article(a));
        }
        provinces(pages);
        themes(pages);
        reports(pages);
        archive(pages);
        pages.add(stats());
        pages.add(search());
        pages.add(translations());
        Map<String, Object> about = new HashMap<>();
        about.put("data", OpenData.links(urls, messages));
        pages.add(page("about/", "about.ftlh", messages.get("about.title"), messages.get("about.description"),
                "about", about, true));
        Map<String, Object> notFound = new HashMap<>();
        notFound.put("otherHome", urls.link(lang.other(), ""));
        pages.add(page("404.html", "404.ftlh", messages.get("notfound.title"), messages.get("notfound.text"), "",
                notFound, false));
        return pages;
    }

    private Page page(String rel, String template, String title, String description, String nav,
                      Map<String, Object> model, boolean listed) {
        complete(model, rel, template, title, description, nav, listed);
        return new Page(lang, rel, template, () -> model, listed);
    }

    private void complete(Map<String, Object> model, String rel, String template, String title, String description,
                          String nav, boolean listed) {
        model.putAll(common);
        String canonical = urls.absolute(lang, rel);
        model.put("page", new PageMeta(title, description, nav, canonical, urls.absolute(Lang.ZH, rel),
                urls.absolute(Lang.EN, rel), urls.link(lang.other(), rel),
                template.equals("article.ftlh") ? "article" : "website", listed));
        model.putIfAbsent("scopeFigures", List.of());
    }

    private void paginated(List<Page> pages, String base, String heading, String intro, String nav,
                           List<Article> articles, String feed, List<FigureView> scopeFigures, String scopeTitle) {
        int per = settings.perPage();
        int count = Math.max(1, (articles.size() + per - 1) / per);
        for (int n = 1; n <= count; n++) {
            List<Article> slice = articles.subList(Math.min(articles.size(), (n - 1) * per),
                    Math.min(articles.size(), n * per));
            Map<String, Object> m = new HashMap<>();
            m.put("heading", heading);
            m.put("intro", intro);
            m.put("cards", views.cards(slice));
            m.put("total", articles.size());
            m.put("pageFeed", feed);
            m.put("scopeFigures", scopeFigures);
            m.put("scopeTitle", scopeTitle);
            m.put("pager", count == 1 ? null : pager(base, n, count));
            String title = n == 1 ? heading : heading + " · " + messages.format("pager.page", "n", n);
            pages.add(page(Urls.paged(base, n), "list.ftlh", title, intro == null || intro.isEmpty() ? heading : intro,
                    nav, m, true));
        }
    }

    private Map<String, Object> pager(String base, int n, int count) {
        Map<String, Object> p = new HashMap<>();
        p.put("current", n);
        p.put("count", count);
        p.put("prev", n > 1 ? urls.link(lang, Urls.paged(base, n - 1)) : null);
        p.put("next", n < count ? urls.link(lang, Urls.paged(base, n + 1)) : null);
        List<Link> numbers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (i == 1 || i == count || Math.abs(i - n) <= 2) {
                numbers.add(new Link(urls.link(lang, Urls.paged(base, i)), String.valueOf(i), null, i == n ? 1 : 0));
            } else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1).url() != null) {
                numbers.add(new Link(null, "…", null, 0));
            }
        }
        p.put("numbers", numbers);
        return p;
    }

    /** The page of one article, planned alone: for a build that renders only the pages of articles that changed. */
    public Page articlePage(Article a) {
        return article(a);
    }

    private Page article(Article a) {
        ArticleView v = views.of(a);
        String rel = Urls.article(a.id());
        return new Page(lang, rel, "article.ftlh", () -> {
            Map<String, Object> m = articleModel(a, v);
            complete(m, rel, "article.ftlh", v.card().title(), v.card().summary(), "", true);
            return m;
        }, true);
    }

    /** An article page's own data; runs in parallel with other pages' and must only read shared state. */
    private Map<String, Object> articleModel(Article a, ArticleView v) {
        Map<String, Object> m = new HashMap<>();
        m.put("a", v);
        m.put("body", Templates.markup(v.bodyHtml()));
        m.put("related", views.cards(index.related(a, RELATED)));
        Article newer = index.newer(a);
        Article older = index.older(a);
        m.put("newer", newer == null ? null : views.of(newer).card());
        m.put("older", older == null ? null : views.of(older).card());
        m.put("minutes", v.card().minutes());
        List<Division> provinces = index.provincesOf(a);
        if (!provinces.isEmpty()) {
            // The figures reported before this article in its province: context for it that a new report, which
            // lands on top, leaves as it is, so the page need not be rewritten (the province page has the latest).
            m.put("scopeFigures", scopeFigures(index.olderInProvince(provinces.get(0), a)));
            m.put("scopeTitle", messages.format("figures.earlier", "scope", names.province(provinces.get(0), lang)));
        }
        m.put("jsonLd", Templates.markup(jsonLd(a, v)));
        m.put("articleDate", DateText.instant(a.date()));
        return m;
    }

    private String jsonLd(Article a, ArticleView v) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("@context", "https://schema.org");
        j.put("@type", "NewsArticle");
        j.put("headline", v.card().title());
        j.put("inLanguage", v.bodyLang() != null ? v.bodyLang() : lang.htmlLang());
        j.put("datePublished", DateText.iso(a.date()));
        j.put("url", urls.absolute(lang, Urls.article(a.id())));
        j.put("mainEntityOfPage", urls.absolute(lang, Urls.article(a.id())));
        // No description: the page's meta and Open Graph descriptions hold the same text, and a third copy on every
        // article page costs megabytes that no reader sees.
        j.put("articleSection", v.section());
        j.put("keywords", v.card().themes().stream().map(Link::text).toList());
        j.put("contentLocation", v.card().places().isEmpty() ? null
                : JsonLd.object("@type", "Place", "name", v.card().places().get(0).text()));
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", settings.title(lang));
        publisher.put("url", urls.absolute(lang, ""));
        j.put("publisher", publisher);
        if (v.source() != null) {
            j.put("isBasedOn", JsonLd.object("@type", "CreativeWork", "publisher",
                    JsonLd.object("@type", "Organization", "name", v.source())));
        }
        if (lang == Lang.EN) {
            j.put("translationOfWork", v.translated() ? JsonLd.object("@type", "NewsArticle", "inLanguage", "zh-CN",
                    "url", urls.absolute(Lang.ZH, Urls.article(a.id()))) : null);
        }
        return JsonLd.write(j);
    }

    private List<FigureView> provinceFigures(Division d) {
        return provinceFigures.computeIfAbsent(d, k -> scopeFigures(index.byProvince().get(k)));
    }

    private List<FigureView> scopeFigures(List<Article> articles) {
        List<FigureView> out = new ArrayList<>();
        for (Article a : articles) {
            if (a.figures().isEmpty()) {
                continue;
            }
            // An article's leading figures only, so that the box shows several articles, each linked once.
            for (FigureView f : leading(views.linkedFigures(a))) {
                if (out.size() == SCOPE_FIGURES) {
                    return out;
                }
                out.add(f);
            }
        }
        return out;
    }

    private static List<FigureView> leading(List<FigureView> figures) {
        return figures.subList(0, Math.min(SCOPE_FIGURES_PER_ARTICLE, figures.size()));
    }

    private void provinces(List<Page> pages) {
        List<Link> rows = new ArrayList<>();
        provinceCounts.forEach((d, n) -> rows.add(new Link(provinceLinks.get(d), provinceNames.get(d), null, n)));
        rows.sort((a, b) -> a.count() != b.count() ? b.count() - a.count() : 0);
        Map<String, Object> m = new HashMap<>();
        m.put("rows", rows);
        m.put("national", new Link(urls.link(lang, Urls.NATIONAL), messages.get("national"), null,
                index.national().size()));
        m.put("map", Templates.markup(tileMapSvg));
        pages.add(page("provinces/", "provinces.ftlh", messages.get("provinces.title"),
                messages.get("provinces.description"), "provinces", m, true));
        for (Map.Entry<Division, List<Article>> e : index.byProvince().entrySet()) {
            Division d = e.getKey();
            String name = provinceNames.get(d);
            paginated(pages, Urls.province(d), messages.format("provinces.heading", "name", name),
                    messages.format("provinces.intro", "name", name, "count", e.getValue().size()), "provinces",
                    e.getValue(), urls.link(lang, Urls.province(d) + "feed.xml"), provinceFigures(d),
                    messages.format("figures.scope", "scope", name));
        }
        paginated(pages, Urls.NATIONAL, messages.get("national"), messages.get("provinces.national_intro"),
                "provinces", index.national(), null, scopeFigures(index.national()),
                messages.format("figures.scope", "scope", messages.get("national")));
    }

    private void themes(List<Page> pages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        index.byTheme().forEach((t, list) -> rows.add(Map.of("link",
                new Link(urls.link(lang, Urls.theme(t)), names.theme(t, lang), null, list.size()),
                "description", names.themeDescription(t, lang))));
        Map<String, Object> m = new HashMap<>();
        m.put("rows", rows);
        pages.add(page("themes/", "themes.ftlh", messages.get("themes.title"), messages.get("themes.description"),
                "themes", m, true));
        for (Map.Entry<Theme, List<Article>> e : index.byTheme().entrySet()) {
            Theme t = e.getKey();
            String name = names.theme(t, lang);
            paginated(pages, Urls.theme(t), messages.format("themes.heading", "name", name),
                    names.themeDescription(t, lang), "themes", e.getValue(), null, scopeFigures(e.getValue()),
                    messages.format("figures.scope", "scope", name));
        }
    }

    private void reports(List<Page> pages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Article>> e : index.byReport().entrySet()) {
            String id = e.getKey();
            String label = ReportNames.label(index.reportNumber(id), messages);
            String date = index.reportDate(id);
            Map<String, Object> row = new HashMap<>();
            row.put("link", new Link(urls.link(lang, Urls.report(id)), label, null, e.getValue().size()));
            row.put("date", dates.format(date));
            row.put("dateIso", DateText.iso(date));
            rows.add(row);

            List<Map<String, Object>> groups = new ArrayList<>();
            String current = null;
            List<Card> cards = null;
            for (Article a : e.getValue()) {
                String section = a.section() == null ? "" : a.section();
                if (cards == null || !section.equals(current)) {
                    current = section;
                    cards = new ArrayList<>();
                    Map<String, Object> g = new HashMap<>();
                    ArticleView v = views.of(a);
                    g.put("section", v.section());
                    g.put("sectionLang", v.sectionLang());
                    g.put("cards", cards);
                    groups.add(g);
                }
                cards.add(views.of(a).card());
            }
            Map<String, Object> m = new HashMap<>();
            m.put("heading", label);
            m.put("date", dates.format(date));
            m.put("dateIso", DateText.iso(date));
            if (index.reportDateInferred(id)) {
                m.put("dateInferred", messages.get("report.inferred"));
            }
            m.put("groups", groups);
            m.put("reportId", id);
            pages.add(page(Urls.report(id), "report.ftlh", label, messages.format("reports.intro", "name", label,
                    "count", e.getValue().size()), "reports", m, true));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("rows", rows);
        pages.add(page("reports/", "reports.ftlh", messages.get("reports.title"), messages.get("reports.description"),
                "reports", m, true));
    }

    private void archive(List<Page> pages) {
        for (Map.Entry<String, List<Article>> e : index.byMonth().entrySet()) {
            String label = dates.month(e.getKey());
            paginated(pages, Urls.month(e.getKey()), messages.format("archive.heading", "name", label), null,
                    "archive", e.getValue(), null, List.of(), null);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("years", yearRows());
        Link undated = null;
        if (!index.undated().isEmpty()) {
            undated = new Link(urls.link(lang, "archive/undated/"), messages.get("date.undated"), null,
                    index.undated().size());
            paginated(pages, "archive/undated/", messages.get("date.undated"), null, "archive", index.undated(),
                    null, List.of(), null);
        }
        m.put("undated", undated);
        pages.add(page("archive/", "archive.ftlh", messages.get("archive.title"), messages.get("archive.description"),
                "archive", m, true));
    }

    /** The editors' translation status page: kept out of the navigation, the sitemap and search engines. */
    /** The translation status page, planned alone: a build that updates a few pages in place may need it too. */
    public Page translationsPage() {
        return translations();
    }

    private Page translations() {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String state : List.of("translated", "stale", "pending")) {
            counts.put(state, 0);
        }
        for (Article a : index.articles()) {
            String state = index.translation(a)
                    .map(t -> index.translationStale(a) ? "stale" : "translated")
                    .orElse("pending");
            counts.merge(state, 1, Integer::sum);
            Map<String, Object> row = new HashMap<>();
            row.put("id", a.id());
            row.put("title", new Link(urls.link(Lang.ZH, Urls.article(a.id())), a.title(),
                    lang == Lang.ZH ? null : Lang.ZH.htmlLang(), 0));
            row.put("english", urls.link(Lang.EN, Urls.article(a.id())));
            row.put("state", state);
            row.put("stateText", messages.get("translations.state_" + state));
            rows.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("summary", messages.format("translations.summary", "translated",
                String.valueOf(counts.get("translated")), "stale", String.valueOf(counts.get("stale")), "pending",
                String.valueOf(counts.get("pending"))));
        return page("translations/", "translations.ftlh", messages.get("translations.title"),
                messages.get("translations.description"), "", model, false);
    }

    private Page stats() {
        Map<String, Object> m = new StatsDashboard(lang, index, names, messages, views, urls).model(tileMapSvg);
        return page("stats/", "stats.ftlh", messages.get("stats.title"), messages.get("stats.description"), "stats",
                m, true);
    }

    /** The language planned. */
    public Lang lang() {
        return lang;
    }
}
