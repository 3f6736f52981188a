package org.swbulletin.render;

import org.swbulletin.Lang;
import java.util.Optional;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.Pinyin;
import org.swbulletin.enrich.TermEnglish;
import org.swbulletin.enrich.Theme;
import org.swbulletin.enrich.ThemeTaxonomy;

/**
 * Names of places, themes, outlets and terms in either language, from the gazetteer, the taxonomy and the glossary.
 *
 * <p>English falls back to pinyin for places and outlets the reference data lacks; terms without an English entry
 * are reported as absent so that the page can mark the Chinese word with its language.
 */
public final class Names {
    private final Gazetteer gazetteer;
    private final ThemeTaxonomy themes;
    private final Glossary glossary;
    private final TermEnglish labels;

    /** Names from the given reference data. */
    public Names(Gazetteer gazetteer, ThemeTaxonomy themes, Glossary glossary) {
        this.gazetteer = gazetteer;
        this.themes = themes;
        this.glossary = glossary;
        this.labels = new TermEnglish(glossary);
    }

    /** The gazetteer the names come from. */
    public Gazetteer gazetteer() { return gazetteer; }

    /** The theme taxonomy. */
    public ThemeTaxonomy themes() { return themes; }

    /** The provincial-level division a front-matter name stands for. */
    public Optional<Division> province(String name) {
        return gazetteer.province(name);
    }

    /** A province's name: the short Chinese name or the English one. */
    public String province(Division d, Lang lang) {
        return lang == Lang.ZH ? d.shortName() : d.nameEn();
    }

    /** A prefecture-level city's name; in English from the gazetteer, else pinyin. */
    public String city(String zh, Lang lang) {
        if (lang == Lang.ZH) {
            return zh;
        }
        return gazetteer.prefecture(zh).map(Division::nameEn).orElseGet(() -> Pinyin.words(zh));
    }

    /** A theme's name. */
    public String theme(Theme t, Lang lang) {
        return lang == Lang.ZH ? t.nameZh() : t.nameEn();
    }

    /** A theme's one-line description. */
    public String themeDescription(Theme t, Lang lang) {
        return lang == Lang.ZH ? t.descriptionZh() : t.descriptionEn();
    }

    /** An outlet's name; in English from the glossary, else pinyin. */
    public String outlet(String zh, Lang lang) {
        if (lang == Lang.ZH) {
            return zh;
        }
        return glossary.outletEn(zh);
    }

    /**
     * A figure label in the language: in English the glossary's term, else a rendering composed from its words (never
     * the Chinese label), so that two labels with one English name are one label to statistics too.
     */
    public String label(String zh, Lang lang) {
        return lang == Lang.ZH ? zh : labels.of(zh);
    }

    /** True when a label's English is the glossary's or composed from its words alone, with no pinyin in it. */
    public boolean labelReadsAsEnglish(String zh) {
        return labels.readsAsEnglish(zh);
    }

    /** A column rubric in English: the article's own {@code section_en}, else the glossary's, else empty. */
    public Optional<String> rubric(String zh, String sectionEn) {
        if (sectionEn != null && !sectionEn.isBlank()) {
            return Optional.of(sectionEn);
        }
        return glossary.rubric(zh).or(() -> glossary.term(zh));
    }

    /** A term in the language, or empty when English is asked and the glossary lacks it. */
    public Optional<String> term(String zh, Lang lang) {
        return lang == Lang.ZH ? Optional.of(zh) : glossary.term(zh);
    }
}
