package org.swbulletin.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.swbulletin.Lang;
import org.swbulletin.content.Article;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Figure;
import org.swbulletin.enrich.Theme;

/**
 * The open data of the site, {@code data/articles.*} and {@code data/figures.*}: the one place that says which columns
 * they have, in which order, and what each holds, so that the CSV and JSON files (written by the site stage from the
 * same {@link Table}) always agree. The README lists the columns; a test holds it to this list.
 *
 * <p>Rows are the published articles (never a draft, even in a preview that shows drafts), oldest report first and in
 * printed order, so that a new report appends rows instead of reshuffling them; figures follow their article's order.
 */
public final class OpenData {
    /** The file name (without extension) of the articles table. */
    public static final String ARTICLES = "articles";
    /** The file name (without extension) of the figures table. */
    public static final String FIGURES = "figures";

    /** How a column's values are written: CSV writes lists joined with {@link #LIST_SEPARATOR}, JSON as arrays. */
    public enum Type { TEXT, NUMBER, BOOLEAN, LIST }

    /** Joins the items of a list column in CSV: ids and names never contain it. */
    public static final String LIST_SEPARATOR = "|";

    /**
     * One column.
     *
     * @param name  its header in CSV and key in JSON
     * @param type  how its values are written
     * @param value its value in a row: a String, Number, Boolean, List of Strings, or null when absent
     */
    public record Column<R>(String name, Type type, Function<R, Object> value) {}

    /** A table: its name, its columns and its rows, each row read through every column. */
    public record Table<R>(String name, List<Column<R>> columns, List<R> rows) {
        /** The column names, in order. */
        public List<String> names() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /** An article with its views in both languages. */
    public record ArticleRow(Article article, List<Division> provinces, List<Theme> themes, String titleEn,
                             boolean translated, Names names, Urls urls) {}

    /** A figure of an article, with its wording in both languages; {@code n} is its position in the article, from 1. */
    public record FigureRow(ArticleRow article, int n, Figure figure, FigureView zh, FigureView en) {}

    /** The columns of {@code articles.csv} and {@code articles.json}. */
    public static final List<Column<ArticleRow>> ARTICLE_COLUMNS = List.of(
            text("id", r -> r.article().id()),
            text("report", r -> r.article().report()),
            text("date", r -> r.article().date()),
            text("title_zh", r -> r.article().title()),
            text("title_en", ArticleRow::titleEn),
            new Column<>("translated", Type.BOOLEAN, ArticleRow::translated),
            new Column<>("national", Type.BOOLEAN, r -> r.provinces().isEmpty()),
            list("province_ids", r -> r.provinces().stream().map(Division::slug).toList()),
            list("provinces_zh", r -> r.provinces().stream().map(d -> r.names().province(d, Lang.ZH)).toList()),
            list("provinces_en", r -> r.provinces().stream().map(d -> r.names().province(d, Lang.EN)).toList()),
            list("cities_zh", r -> r.article().cities()),
            list("cities_en", r -> r.article().cities().stream().map(c -> r.names().city(c, Lang.EN)).toList()),
            list("theme_ids", r -> r.themes().stream().map(Theme::id).toList()),
            list("themes_zh", r -> r.themes().stream().map(t -> r.names().theme(t, Lang.ZH)).toList()),
            list("themes_en", r -> r.themes().stream().map(t -> r.names().theme(t, Lang.EN)).toList()),
            text("source_zh", r -> r.article().source()),
            text("source_en", r -> r.article().source() == null ? null
                    : r.names().outlet(r.article().source(), Lang.EN)),
            new Column<>("figure_count", Type.NUMBER, r -> r.article().figures().size()),
            text("url_zh", r -> r.urls().absolute(Lang.ZH, Urls.article(r.article().id()))),
            text("url_en", r -> r.urls().absolute(Lang.EN, Urls.article(r.article().id()))));

    /** The columns of {@code figures.csv} and {@code figures.json}. */
    public static final List<Column<FigureRow>> FIGURE_COLUMNS = List.of(
            text("article_id", r -> r.article().article().id()),
            new Column<>("figure", Type.NUMBER, FigureRow::n),
            text("report", r -> r.article().article().report()),
            text("date", r -> r.article().article().date()),
            new Column<>("national", Type.BOOLEAN, r -> r.article().provinces().isEmpty()),
            list("province_ids", r -> r.article().provinces().stream().map(Division::slug).toList()),
            list("theme_ids", r -> r.article().themes().stream().map(Theme::id).toList()),
            text("label_zh", r -> r.figure().label()),
            text("label_en", r -> r.en().label()),
            new Column<>("value", Type.NUMBER, r -> plain(r.figure().value())),
            text("unit", r -> r.figure().unit().isEmpty() ? null : r.figure().unit()),
            text("qualifier", r -> r.figure().qualifier()),
            text("value_zh", r -> r.zh().value()),
            text("value_en", r -> r.en().value() + (r.en().untranslatedUnit() == null ? ""
                    : " " + r.en().untranslatedUnit())),
            text("text_zh", r -> r.figure().text()));

    private OpenData() {}

    /** A data file of the site, relative to it: {@code data/articles.csv}. */
    public static String file(String table, String extension) {
        return "data/" + table + "." + extension;
    }

    /** Links to the four data files, named for a page of the messages' language (the files are bilingual). */
    public static List<Link> links(Urls urls, Messages messages) {
        List<Link> links = new ArrayList<>();
        for (String name : List.of(ARTICLES, FIGURES)) {
            for (String extension : List.of("csv", "json")) {
                links.add(Link.of(urls.shared(file(name, extension)), messages.format("data." + name, "format",
                        extension.toUpperCase(java.util.Locale.ROOT))));
            }
        }
        return List.copyOf(links);
    }

    private static <R> Column<R> text(String name, Function<R, Object> value) {
        return new Column<>(name, Type.TEXT, value);
    }

    private static <R> Column<R> list(String name, Function<R, Object> value) {
        return new Column<>(name, Type.LIST, value);
    }

    /** A number as written in data: no exponent, no trailing zeros ({@code 12100}, {@code 1.5}). */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * The articles table.
     *
     * @param english the English pages' views, whose titles {@code title_en} repeats
     */
    public static Table<ArticleRow> articles(SiteIndex index, Names names, Urls urls, ArticleViews english) {
        List<Article> published = index.articles().stream().filter(a -> !a.draft())
                .sorted(Comparator.comparing((Article a) -> index.reportNumber(a.report()))
                        .thenComparing(Article::order).thenComparing(Article::id))
                .toList();
        List<ArticleRow> rows = new ArrayList<>(published.size());
        for (Article a : published) {
            boolean translated = index.translation(a).filter(t -> !t.draft()).isPresent();
            rows.add(new ArticleRow(a, index.provincesOf(a), index.themesOf(a), english.of(a).card().title(),
                    translated, names, urls));
        }
        return new Table<>(ARTICLES, ARTICLE_COLUMNS, List.copyOf(rows));
    }

    /**
     * The figures table, over the rows of the articles table.
     *
     * @param chinese the Chinese pages' figure wording
     * @param english the English pages' figure wording
     */
    public static Table<FigureRow> figures(Table<ArticleRow> articles, FigureText chinese, FigureText english) {
        List<FigureRow> rows = new ArrayList<>();
        for (ArticleRow a : articles.rows()) {
            List<Figure> figures = a.article().figures();
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                rows.add(new FigureRow(a, i + 1, f, chinese.view(f, null, null), english.view(f, null, null)));
            }
        }
        return new Table<>(FIGURES, FIGURE_COLUMNS, List.copyOf(rows));
    }
}
