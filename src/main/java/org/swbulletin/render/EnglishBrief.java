package org.swbulletin.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.swbulletin.Lang;
import org.swbulletin.content.Article;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Figure;
import org.swbulletin.enrich.Theme;

/**
 * The English headline and summary of an article nobody has translated yet, written from what the tool knows of it:
 * its place, themes, key figures, source and date. A news brief, never a pretended translation.
 *
 * <p>Every phrase comes from the {@code brief.*} strings of {@code templates/i18n/en.yaml}, so editors change the
 * wording there: {@code Kunshan, Jiangsu: school social work reaches over 25,000 students and teachers}.
 */
final class EnglishBrief {
    /** Figures a summary names at most. */
    private static final int SUMMARY_FIGURES = 3;
    /** Themes a summary names at most (the card lists them all). */
    private static final int SUMMARY_THEMES = 2;

    private final SiteIndex index;
    private final Names names;
    private final Messages messages;
    private final FigureText figures;
    private final DateText dates;
    private final Set<String> servedWords;
    private final Set<String> properWords;
    private final Set<String> pluralWords;

    /** Briefs worded by an English string table. */
    EnglishBrief(SiteIndex index, Names names, Messages messages) {
        this.index = index;
        this.names = names;
        this.messages = messages;
        this.figures = new FigureText(messages, names);
        this.dates = new DateText(messages);
        this.servedWords = Set.copyOf(Arrays.asList(messages.get("brief.served_words").toLowerCase(Locale.ROOT)
                .split("\\s*,\\s*")));
        this.pluralWords = Set.copyOf(Arrays.asList(messages.get("brief.plural_words").toLowerCase(Locale.ROOT)
                .split("\\s*,\\s*")));
        this.properWords = Set.copyOf(Arrays.asList(messages.get("brief.proper_words").split("\\s*,\\s*")));
    }

    /** The place once: {@code Beijing}, {@code Hainan}, {@code Kunshan, Jiangsu}, or China for national news. */
    String place(Article a) {
        List<Division> provinces = index.provincesOf(a);
        if (provinces.isEmpty()) {
            return messages.get("brief.national");
        }
        Division province = provinces.get(0);
        String provinceName = names.province(province, Lang.EN);
        // A county-level city (昆山) is how a report names the place; a district (白银区) is not, its city is.
        for (String place : a.places()) {
            Optional<Division> county = names.gazetteer().named(place).stream()
                    .filter(d -> d.level() == Division.Level.COUNTY && d.name().endsWith("市")
                            && names.gazetteer().provinceOf(d).equals(province))
                    .findFirst();
            if (county.isPresent()) {
                return county.get().nameEn() + ", " + provinceName;
            }
        }
        for (String city : a.cities()) {
            Optional<Division> prefecture = names.gazetteer().prefecture(city)
                    .filter(d -> names.gazetteer().provinceOf(d).equals(province));
            if (prefecture.isPresent()) {
                String cityName = prefecture.get().nameEn();
                // A municipality is its own city: Beijing, not "Beijing, Beijing".
                return cityName.equals(provinceName) ? provinceName : cityName + ", " + provinceName;
            }
        }
        return provinceName;
    }

    /** The headline: place, main theme as words, and the leading key figure when there is one. */
    String headline(Article a) {
        String place = place(a);
        List<Theme> themes = index.themesOf(a);
        if (themes.isEmpty()) {
            return messages.format("brief.headline_plain", "place", place);
        }
        String theme = phrase(names.theme(themes.get(0), Lang.EN));
        Optional<Figure> lead = leadingFigure(a, theme);
        if (lead.isEmpty()) {
            return messages.format("brief.headline", "place", place, "theme", theme);
        }
        String label = names.label(lead.get().label(), Lang.EN);
        String figure = countPhrase(lead.get(), label);
        String key = sharesWord(label, theme) ? "brief.headline_figure"
                : served(label) ? "brief.headline_reach" : "brief.headline_with";
        return messages.format(key, "place", place, "theme", theme, "figure", figure);
    }

    /**
     * The summary a list shows: place and themes, key figures whose labels read as English, source and date.
     */
    String summary(Article a) {
        List<String> themeNames = index.themesOf(a).stream().limit(SUMMARY_THEMES)
                .map(t -> phrase(names.theme(t, Lang.EN))).toList();
        List<String> sentences = new ArrayList<>();
        String place = place(a);
        sentences.add(themeNames.isEmpty() ? messages.format("brief.summary_plain", "place", place)
                : messages.format("brief.summary", "place", place, "themes", joined(themeNames)));
        Set<String> shown = new LinkedHashSet<>();
        List<String> figureTexts = new ArrayList<>();
        for (Figure f : a.figures()) {
            FigureView v = figures.view(f, null, null);
            if (figureTexts.size() < SUMMARY_FIGURES && v.untranslatedUnit() == null
                    && names.labelReadsAsEnglish(f.label()) && shown.add(v.label())) {
                figureTexts.add(messages.format("brief.figure", "label", v.label(), "value", v.value()));
            }
        }
        if (!figureTexts.isEmpty()) {
            sentences.add(messages.format("brief.summary_figures", "figures",
                    String.join(messages.get("brief.figure_separator"), figureTexts)));
        }
        if (a.source() != null && !a.source().isBlank()) {
            String source = names.outlet(a.source(), Lang.EN);
            sentences.add(a.date() == null ? messages.format("brief.summary_source", "source", source)
                    : messages.format("brief.summary_source_dated", "source", source, "date", dates.format(a.date())));
        }
        return String.join(" ", sentences);
    }

    /**
     * The figure to name in the headline: a count of something whose label reads as English (a label partly in pinyin
     * is fine in a table of figures, not in a headline), the one the main theme is about first.
     */
    private Optional<Figure> leadingFigure(Article a, String theme) {
        Figure first = null;
        for (Figure f : a.figures()) {
            if (!isCount(f) || !names.labelReadsAsEnglish(f.label()) || !countable(names.label(f.label(), Lang.EN))) {
                continue;
            }
            if (sharesWord(names.label(f.label(), Lang.EN), theme)) {
                return Optional.of(f);
            }
            if (first == null) {
                first = f;
            }
        }
        return Optional.ofNullable(first);
    }

    /** True for a figure that counts what its label names (个, 名, 家): its unit has no English word but people. */
    private boolean isCount(Figure f) {
        String unit = messages.getOr("unit." + f.unit(), null);
        return unit != null && (unit.isEmpty() || unit.equals(messages.get("brief.people_unit")))
                && (f.qualifier() == null || !f.qualifier().startsWith("至"));
    }

    /** {@code over 25,000 students and teachers}: qualifier, number and label. */
    private String countPhrase(Figure f, String label) {
        String number = Numerals.format(f.value(), Lang.EN);
        String qualifier = f.qualifier() == null ? "" : messages.getOr("qualifier." + f.qualifier(), "");
        return (qualifier.isEmpty() ? "" : qualifier + " ") + number + " " + label;
    }

    /** True when a label names things one counts ("stations", "staff"), not an activity ("training"). */
    private boolean countable(String label) {
        List<String> w = words(label);
        if (w.isEmpty()) {
            return false;
        }
        String last = w.get(w.size() - 1);
        return last.endsWith("s") && !last.endsWith("ss") || pluralWords.contains(last);
    }

    private boolean served(String label) {
        for (String w : words(label)) {
            if (servedWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the thing a label counts, its last word, is a word of the theme: the figure counts what the theme is
     * about (social work stations under "social work stations"), so the headline need not name the theme again.
     */
    private static boolean sharesWord(String label, String theme) {
        List<String> labelWords = words(label);
        if (labelWords.isEmpty()) {
            return false;
        }
        String head = singular(labelWords.get(labelWords.size() - 1));
        return words(theme).stream().anyMatch(w -> singular(w).equals(head));
    }

    private static String singular(String w) {
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    private String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(messages.get("list_separator"), items.subList(0, items.size() - 1))
                + messages.get("brief.and") + items.get(items.size() - 1);
    }

    /**
     * A theme's name inside a sentence: lower case, unless its first word is an acronym or one of the proper words
     * the string table lists ({@code Party building} stays so).
     */
    String phrase(String name) {
        String first = name.split("[\\s-]", 2)[0];
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))
                && !properWords.contains(first)) {
            return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        return name;
    }
}
