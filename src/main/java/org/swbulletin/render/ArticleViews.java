package org.swbulletin.render;

import org.swbulletin.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.swbulletin.content.Article;
import org.swbulletin.content.ArticleField;
import org.swbulletin.content.ArticleSchema;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Theme;

/**
 * The views of every article in one language, built once: lists, sidebars, feeds and article pages all share them.
 *
 * <p>Markdown bodies are rendered by the caller once per build and passed in, so that the two languages share the
 * Chinese body of an untranslated article.
 */
public final class ArticleViews {
    /** Summary length on Chinese pages, in characters. */
    static final int SUMMARY_ZH = 110;
    /** Summary length of English translations, in characters. */
    static final int SUMMARY_EN = MarkdownRenderer.SUMMARY_SOURCE;

    private final Lang lang;
    private final SiteIndex index;
    private final Names names;
    private final Messages messages;
    private final Urls urls;
    private final Function<String, MarkdownRenderer.RenderedBody> bodies;
    private final DateText dates;
    private final FigureText figures;
    private final Map<String, ArticleView> byId = new ConcurrentHashMap<>();
    /** Made on first use: only English views of untranslated articles need it (views are made in parallel). */
    private volatile EnglishBrief brief;
    private final Map<String, List<FigureView>> linkedFigures = new ConcurrentHashMap<>();
    // Links are values: one per place or theme, shared by every card that shows it, not one per card.
    private final Map<Division, Link> provinceLinks = new ConcurrentHashMap<>();
    private final Map<String, Link> cityLinks = new ConcurrentHashMap<>();
    private final Map<Theme, Link> themeLinks = new ConcurrentHashMap<>();

    /**
     * Views made on first use and then kept: a build that renders a few pages makes only the views they show.
     *
     * @param bodies rendered bodies by article: originals under their id, translations under {@code id + ".en"}; asked
     *               when a view is first made
     */
    public ArticleViews(Lang lang, SiteIndex index, Names names, Messages messages, Urls urls,
                        Function<String, MarkdownRenderer.RenderedBody> bodies) {
        this.lang = lang;
        this.index = index;
        this.names = names;
        this.messages = messages;
        this.urls = urls;
        this.bodies = bodies;
        this.dates = new DateText(messages);
        this.figures = new FigureText(messages, names);
    }

    private ArticleView view(Article a) {
        String zhTag = Lang.ZH.htmlLang();
        Optional<Article> translation = lang == Lang.EN ? index.translation(a) : Optional.empty();
        MarkdownRenderer.RenderedBody zhBody = bodies.apply(a.id());
        MarkdownRenderer.RenderedBody body = translation.map(t -> bodies.apply(t.id() + ".en")).orElse(zhBody);
        boolean foreign = lang == Lang.EN && translation.isEmpty();

        List<Link> places = new ArrayList<>();
        List<Division> provinces = index.provincesOf(a);
        for (Division d : provinces) {
            places.add(provinceLinks.computeIfAbsent(d,
                    k -> Link.of(urls.link(lang, Urls.province(k)), names.province(k, lang))));
        }
        if (provinces.isEmpty()) {
            places.add(Link.of(urls.link(lang, Urls.NATIONAL), messages.get("national")));
        }
        for (String city : a.cities()) {
            places.add(cityLinks.computeIfAbsent(city, k -> new Link(names.gazetteer().prefecture(k)
                    .map(names.gazetteer()::provinceOf).map(d -> urls.link(lang, Urls.province(d))).orElse(null),
                    names.city(k, lang), null, 0)));
        }
        List<Link> themes = new ArrayList<>();
        for (Theme t : index.themesOf(a)) {
            themes.add(themeLinks.computeIfAbsent(t,
                    k -> Link.of(urls.link(lang, Urls.theme(k)), names.theme(k, lang))));
        }

        String title;
        String titleLang = null;
        String kicker = a.kicker();
        String summary;
        if (lang == Lang.ZH) {
            title = a.title();
            summary = Summary.of(body.text(), SUMMARY_ZH);
        } else if (translation.isPresent()) {
            title = translation.get().title();
            kicker = blankToNull(translation.get().kicker());
            kicker = kicker != null ? kicker : blankToNull(a.kickerEn());
            summary = Summary.of(body.text(), SUMMARY_EN);
        } else {
            // Not translated: an English brief, with the editor's headline and kicker where given. The Chinese
            // kicker is not shown in English; the page gives it with the Chinese headline.
            title = a.titleEn() != null && !a.titleEn().isBlank() ? a.titleEn() : brief().headline(a);
            kicker = blankToNull(a.kickerEn());
            summary = brief().summary(a);
        }
        String url = urls.link(lang, Urls.article(a.id()));
        Card card = new Card(url, title, titleLang, kicker,
                dates.format(a.date()), DateText.iso(a.date()), List.copyOf(places), List.copyOf(themes),
                summary, foreign, body.minutes());

        List<FigureView> figureViews = a.figures().stream().map(f -> figures.view(f, null, null)).toList();
        String section = a.section();
        String sectionLang = null;
        if (section != null && lang == Lang.EN) {
            String own = translation.map(Article::sectionEn).filter(x -> !x.isBlank()).orElse(a.sectionEn());
            Optional<String> en = names.rubric(section, own);
            sectionLang = en.isPresent() ? null : zhTag;
            section = en.orElse(section);
        }
        // A translation's own captions, else the original's, marked Chinese on an English page.
        List<String> captions = translation.map(Article::captions).filter(c -> !c.isEmpty()).orElse(a.captions());
        String captionsLang = lang == Lang.EN && captions == a.captions() ? zhTag : null;
        String originalTitle = lang == Lang.EN
                ? (foreign && a.kicker() != null && !a.kicker().isBlank() ? a.kicker() + " " : "") + a.title() : null;
        Link report = a.report() == null ? null : Link.of(urls.link(lang, Urls.report(a.report())),
                ReportNames.label(index.reportNumber(a.report()), messages));
        return new ArticleView(a, card, originalTitle,
                a.source() == null ? null : names.outlet(a.source(), lang), section, sectionLang, report,
                captions, captionsLang, figureViews, body.html(), foreign ? zhTag : null,
                translation.isPresent(), translation.isPresent() && index.translationStale(a),
                facts(a, translation.orElse(null)), translation.map(Article::draft).orElse(a.draft()),
                a.publishAfter() == null ? null : dates.format(a.publishAfter()));
    }

    /**
     * The fields shown as they are, from the translation where it gives them, else from the original; Chinese text on
     * an English page is marked as Chinese.
     */
    private List<Fact> facts(Article a, Article translation) {
        List<Fact> out = new ArrayList<>();
        for (ArticleField<?> f : ArticleSchema.ALL) {
            if (!f.shown()) {
                continue;
            }
            String value = text(translation == null ? null : f.get(translation));
            if (value == null) {
                value = text(f.get(a));
            }
            if (value != null) {
                out.add(new Fact(messages.get("article." + f.key()), value,
                        lang == Lang.EN && hasHan(value) ? Lang.ZH.htmlLang() : null));
            }
        }
        return List.copyOf(out);
    }

    private String text(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.join(lang == Lang.ZH ? "、" : ", ",
                    list.stream().map(String::valueOf).toList());
        }
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private EnglishBrief brief() {
        EnglishBrief b = brief;
        if (b == null) {
            b = new EnglishBrief(index, names, messages);
            brief = b;
        }
        return b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The language of these views. */
    public Lang lang() {
        return lang;
    }

    /** The view of an article. */
    public ArticleView of(Article a) {
        ArticleView v = byId.get(a.id());
        return v != null ? v : byId.computeIfAbsent(a.id(), id -> view(a));
    }

    /**
     * An article's figures as lists of figures from many articles show them, each linked to the article; made once,
     * so that the province pages, the article pages around it and the statistics share them.
     */
    public List<FigureView> linkedFigures(Article a) {
        List<FigureView> l = linkedFigures.get(a.id());
        return l != null ? l : linkedFigures.computeIfAbsent(a.id(), id -> {
            Card card = of(a).card();
            return a.figures().stream().map(f -> figures.view(f, card.url(), card.title())).toList();
        });
    }

    /** The cards of a list of articles, in its order. */
    public List<Card> cards(List<Article> articles) {
        List<Card> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(of(a).card());
        }
        return out;
    }
}
