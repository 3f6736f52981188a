package org.swbulletin.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swbulletin.Lang;
import org.swbulletin.content.Article;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Theme;

/**
 * The statistics page of one language as a dashboard: totals, articles over time, the province map and the themes on
 * the first screen, then the key figures grouped by province (national news as its own group) and by theme, each
 * article named once with its figures beside it, and the open data files.
 *
 * <p>Charts are drawn in HTML where they can be, so that their text stays at the page's size at every width; each
 * chart whose numbers are not printed on it has a table in a {@code <details>} as its accessible alternative. Groups
 * show their latest articles with figures only, so that the page keeps its size as the archive grows.
 */
public final class StatsDashboard {
    /** Articles shown with their figures in a group; the group's page lists the rest. */
    static final int GROUP_ARTICLES = 2;
    /** Groups shown per grouping, those with most articles first; the map, the theme list and their pages lead on. */
    static final int MAX_GROUPS = 12;
    /** Figures shown per article in a group; the article's page has them all. */
    static final int ARTICLE_FIGURES = 3;
    /** A timeline spanning more months than this counts by year. */
    static final int MAX_MONTHS = 36;
    /** Reports shown when the timeline counts by report. */
    static final int MAX_REPORTS = 48;

    /** One column of the timeline: its period, count, height in percent of the tallest, and its label for a table. */
    public record Period(String label, int count, int percent) {}

    /** A row of a horizontal bar list: the link with its count, and the bar's length in percent of the longest. */
    public record Bar(Link link, int percent) {}

    /** A total on the first screen: the number as the language writes it, and what it counts. */
    public record Total(String value, String label) {}

    /** An article in a figures group: its title, linked once, and its first figures. */
    public record FigureArticle(Card card, List<FigureView> figures, int more) {}

    /** A group of key figures: a province, national news or a theme, linked to its page, with its articles. */
    public record FigureGroup(Link link, List<FigureArticle> articles) {}

    private final Lang lang;
    private final SiteIndex index;
    private final Names names;
    private final Messages messages;
    private final ArticleViews views;
    private final Urls urls;
    private final DateText dates;

    StatsDashboard(Lang lang, SiteIndex index, Names names, Messages messages, ArticleViews views, Urls urls) {
        this.lang = lang;
        this.index = index;
        this.names = names;
        this.messages = messages;
        this.views = views;
        this.urls = urls;
        this.dates = new DateText(messages);
    }

    /**
     * The page's model, the tile map given.
     *
     * @param map the tile map's SVG markup, shown once on the page
     */
    Map<String, Object> model(String map) {
        Map<String, Object> m = new HashMap<>();
        List<Link> provinces = provinceRows();
        List<Bar> themes = bars(themes().stream().map(Scope::link).toList());
        m.put("totals", totals(provinces.size() - (index.national().isEmpty() ? 0 : 1), themes.size()));
        timeline(m);
        m.put("map", Templates.markup(map));
        m.put("provinceRows", provinces);
        m.put("themeBars", themes);
        m.put("byProvince", provinceGroups());
        m.put("byTheme", themeGroups());
        m.put("data", OpenData.links(urls, messages));
        return m;
    }

    private List<Total> totals(int provinces, int themes) {
        int figures = 0;
        for (Article a : index.articles()) {
            figures += a.figures().size();
        }
        return List.of(
                total(index.articles().size(), "stats.total_articles"),
                total(index.byReport().size(), "stats.total_reports"),
                total(provinces, "stats.total_provinces"),
                total(themes, "stats.total_themes"),
                total(figures, "stats.total_figures"),
                total(index.translatedCount(), "stats.total_translated"));
    }

    private Total total(long n, String key) {
        return new Total(Numerals.format(n, lang), messages.get(key));
    }

    /**
     * Articles per month from the first dated month to the last, months without articles included, or per year when
     * that spans more than {@link #MAX_MONTHS}; undated articles are counted apart. When most articles are undated,
     * the reports, printed in order, are the better clock: articles per report, the latest {@link #MAX_REPORTS}.
     */
    private void timeline(Map<String, Object> m) {
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        String unit;
        int undated = index.undated().size();
        if (undated * 2 > index.articles().size()) {
            List<String> reports = new ArrayList<>(index.byReport().keySet()); // latest first
            reports = new ArrayList<>(reports.subList(0, Math.min(MAX_REPORTS, reports.size())));
            java.util.Collections.reverse(reports);
            for (String id : reports) {
                labels.add(ReportNames.label(index.reportNumber(id), messages));
                counts.add(index.byReport().get(id).size());
            }
            unit = "stats.per_report";
            undated = 0;
        } else {
            TreeMap<YearMonth, Integer> months = new TreeMap<>();
            for (Map.Entry<String, List<Article>> e : index.byMonth().entrySet()) {
                months.merge(YearMonth.parse(e.getKey().substring(0, 7)), e.getValue().size(), Integer::sum);
            }
            boolean byYear = !months.isEmpty() && months.firstKey().until(months.lastKey(),
                    java.time.temporal.ChronoUnit.MONTHS) >= MAX_MONTHS;
            if (byYear) {
                for (int y = months.firstKey().getYear(); y <= months.lastKey().getYear(); y++) {
                    int year = y;
                    labels.add(messages.format("archive.year", "year", y));
                    counts.add(months.entrySet().stream().filter(e -> e.getKey().getYear() == year)
                            .mapToInt(Map.Entry::getValue).sum());
                }
            } else if (!months.isEmpty()) {
                for (YearMonth ym = months.firstKey(); !ym.isAfter(months.lastKey()); ym = ym.plusMonths(1)) {
                    labels.add(dates.month(ym.toString()));
                    counts.add(months.getOrDefault(ym, 0));
                }
            }
            unit = byYear ? "stats.per_year" : "stats.per_month";
        }
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            periods.add(new Period(labels.get(i), counts.get(i), percent(counts.get(i), max)));
        }
        m.put("timeline", periods);
        m.put("timelineUnit", messages.get(unit));
        m.put("timelineMax", max);
        m.put("undated", undated);
        m.put("undatedLink", urls.link(lang, "archive/undated/"));
    }

    /** A province, national news or a theme, linked with its count, and its articles newest first. */
    private record Scope(Link link, List<Article> articles) {}

    /** Provinces with articles, most first. */
    private List<Scope> provinces() {
        return index.byProvince().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .sorted(Comparator.comparingInt((Map.Entry<Division, List<Article>> e) -> -e.getValue().size()))
                .map(e -> new Scope(new Link(urls.link(lang, Urls.province(e.getKey())),
                        names.province(e.getKey(), lang), null, e.getValue().size()), e.getValue()))
                .toList();
    }

    /** Themes with articles, most first. */
    private List<Scope> themes() {
        return index.byTheme().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .sorted(Comparator.comparingInt((Map.Entry<Theme, List<Article>> e) -> -e.getValue().size()))
                .map(e -> new Scope(new Link(urls.link(lang, Urls.theme(e.getKey())), names.theme(e.getKey(), lang),
                        null, e.getValue().size()), e.getValue()))
                .toList();
    }

    private Scope national() {
        return new Scope(new Link(urls.link(lang, Urls.NATIONAL), messages.get("national"), null,
                index.national().size()), index.national());
    }

    /** Provinces with articles, most first, then national news when there is any. */
    private List<Link> provinceRows() {
        List<Link> rows = new ArrayList<>(provinces().stream().map(Scope::link).toList());
        if (!index.national().isEmpty()) {
            rows.add(national().link());
        }
        return rows;
    }

    private static List<Bar> bars(List<Link> rows) {
        int max = rows.stream().mapToInt(Link::count).max().orElse(1);
        return rows.stream().map(l -> new Bar(l, percent(l.count(), max))).toList();
    }

    private static int percent(int n, int max) {
        return max == 0 ? 0 : Math.max(n > 0 ? 2 : 0, (int) Math.round(100.0 * n / max));
    }

    /** National news first (figures stated for the whole country), then the provinces with figures, most first. */
    private List<FigureGroup> provinceGroups() {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(national());
        scopes.addAll(provinces());
        return groups(scopes);
    }

    private List<FigureGroup> themeGroups() {
        return groups(themes());
    }

    /** The groups of the scopes that have articles with figures, at most {@link #MAX_GROUPS}. */
    private List<FigureGroup> groups(List<Scope> scopes) {
        List<FigureGroup> groups = new ArrayList<>();
        for (Scope s : scopes) {
            if (groups.size() == MAX_GROUPS) {
                break;
            }
            group(groups, s.link(), s.articles());
        }
        return groups;
    }

    /** Adds a group of the latest articles with figures from {@code articles} (newest first), if any has one. */
    private void group(List<FigureGroup> groups, Link link, List<Article> articles) {
        List<FigureArticle> shown = new ArrayList<>();
        for (Article a : articles) {
            if (shown.size() == GROUP_ARTICLES) {
                break;
            }
            if (!a.figures().isEmpty()) {
                ArticleView v = views.of(a);
                List<FigureView> figures = v.figures();
                shown.add(new FigureArticle(v.card(), figures.subList(0, Math.min(ARTICLE_FIGURES, figures.size())),
                        Math.max(0, figures.size() - ARTICLE_FIGURES)));
            }
        }
        if (!shown.isEmpty()) {
            groups.add(new FigureGroup(link, List.copyOf(shown)));
        }
    }
}
