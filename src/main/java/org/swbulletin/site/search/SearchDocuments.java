package org.swbulletin.site.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swbulletin.Lang;
import org.swbulletin.content.Article;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Theme;
import org.swbulletin.render.ArticleView;
import org.swbulletin.render.ArticleViews;
import org.swbulletin.render.Card;
import org.swbulletin.render.Link;
import org.swbulletin.render.Messages;
import org.swbulletin.render.ReportNames;
import org.swbulletin.render.SiteIndex;

/**
 * The documents of the languages' search indexes, made from the page models the article pages show: document {@code d}
 * is the {@code d}-th oldest published article, in every language.
 */
final class SearchDocuments {
    private final SiteIndex index;
    private final ArticleViews[] views;
    private final List<Article> newestFirst;

    SearchDocuments(SiteIndex index, ArticleViews[] views) {
        this.index = index;
        this.views = views;
        this.newestFirst = index.articles();
    }

    /** The number of documents: the published articles. */
    int size() {
        return newestFirst.size();
    }

    /**
     * Document {@code d} of each language ({@link Lang#values()} order). A body that two languages' pages show (the
     * Chinese text of an article not translated) is read into paragraphs once.
     */
    SearchDocument[] of(int d) {
        Article a = newestFirst.get(newestFirst.size() - 1 - d);
        Lang[] langs = Lang.values();
        SearchDocument[] out = new SearchDocument[langs.length];
        Map<String, HtmlText.LeadAndBody> texts = new HashMap<>();
        for (Lang l : langs) {
            ArticleView v = views[l.ordinal()].of(a);
            out[l.ordinal()] = document(l, index, v, texts.computeIfAbsent(v.bodyHtml(), HtmlText::leadAndBody));
        }
        return out;
    }

    /** The facet values of a language, in the order filters list them. */
    static List<SearchIndex.FacetValue> labels(Lang lang, SiteIndex index, Messages messages) {
        List<SearchIndex.FacetValue> labels = new ArrayList<>();
        index.byProvince().keySet().stream()
                .sorted((a, b) -> index.byProvince().get(b).size() - index.byProvince().get(a).size())
                .forEach(d -> labels.add(new SearchIndex.FacetValue("province", d.slug(),
                        lang == Lang.ZH ? d.shortName() : d.nameEn())));
        for (Theme t : index.byTheme().keySet()) {
            labels.add(new SearchIndex.FacetValue("theme", t.id(), lang == Lang.ZH ? t.nameZh() : t.nameEn()));
        }
        index.byMonth().keySet().stream().map(m -> m.substring(0, 4)).distinct()
                .forEach(y -> labels.add(new SearchIndex.FacetValue("year", y, y)));
        for (String report : index.byReport().keySet()) {
            labels.add(new SearchIndex.FacetValue("report", report,
                    ReportNames.label(index.reportNumber(report), messages)));
        }
        return labels;
    }

    private static SearchDocument document(Lang lang, SiteIndex index, ArticleView v, HtmlText.LeadAndBody text) {
        Article a = v.article();
        Card c = v.card();
        List<String> pinyinOf = new ArrayList<>();
        pinyinOf.add(a.title());
        List<String> facets = new ArrayList<>();
        for (Division d : index.provincesOf(a)) {
            pinyinOf.add(d.name());
            facets.add("province:" + d.slug());
        }
        pinyinOf.addAll(a.cities());
        for (Theme t : index.themesOf(a)) {
            pinyinOf.add(t.nameZh());
            facets.add("theme:" + t.id());
        }
        if (a.date() != null && a.date().length() >= 4) {
            facets.add("year:" + a.date().substring(0, 4));
        }
        for (String r : a.reports()) {
            facets.add("report:" + r);
        }
        return new SearchDocument(a.id(), c.url(), c.title(), v.originalTitle(), c.places().stream().map(Link::text).toList(),
                c.themes().stream().map(Link::text).toList(), c.date(), text.lead(), text.body(),
                lang == Lang.EN && v.bodyLang() != null, List.copyOf(pinyinOf), List.copyOf(facets));
    }
}
