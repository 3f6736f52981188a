package org.swbulletin.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swbulletin.enrich.Figure;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.TermEnglish;

/**
 * How much of the English edition reads as English, for editors ({@code check --verbose}): the share of the text
 * English article pages show that is English, and the figure labels the glossary lacks (shown in a composed English
 * rendering until an editor adds them).
 *
 * <p>An English page shows its translation's headline and text, or, untranslated, the editor's {@code title_en} and
 * the Chinese text. Text is counted in letters: a Han character is one, as an English letter; digits, marks, link
 * targets and tags are neither.
 */
public final class EnglishCoverage {
    private static final java.util.regex.Pattern LINK_TARGET = java.util.regex.Pattern.compile("\\]\\([^)]*\\)");

    private final long english;
    private final long chinese;
    private final Map<String, String> unlistedLabels;

    private EnglishCoverage(long english, long chinese, Map<String, String> unlistedLabels) {
        this.english = english;
        this.chinese = chinese;
        this.unlistedLabels = unlistedLabels;
    }

    /** The coverage of published articles (originals and their translations) under a glossary. */
    public static EnglishCoverage of(List<Article> published, Glossary glossary) {
        Map<String, Article> translations = new HashMap<>();
        for (Article a : published) {
            if (a.isTranslation()) {
                translations.put(a.id(), a);
            }
        }
        long[] counts = new long[2];
        TermEnglish labels = new TermEnglish(glossary);
        Map<String, String> unlisted = new TreeMap<>();
        for (Article a : published) {
            if (a.isTranslation()) {
                continue;
            }
            Article t = translations.get(a.id());
            if (t != null) {
                count(t.title(), counts);
                count(t.body(), counts);
            } else {
                count(a.titleEn() != null && !a.titleEn().isBlank() ? a.titleEn() : "", counts);
                count(a.body(), counts);
            }
            for (Figure f : a.figures()) {
                if (labels.listed(f.label()).isEmpty()) {
                    unlisted.put(f.label(), labels.of(f.label()));
                }
            }
        }
        return new EnglishCoverage(counts[0], counts[1], unlisted);
    }

    private static void count(String markdown, long[] counts) {
        if (markdown == null) {
            return;
        }
        // Link targets and tags are not text a reader sees.
        String text = LINK_TARGET.matcher(markdown).replaceAll("]").replaceAll("<[^>]*>", "");
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                counts[1]++;
            } else if (Character.isLetter(cp)) {
                counts[0]++;
            }
        }
    }

    /** The share of English-page text that is English, 0 to 1 (1 when there is no text). */
    public double share() {
        return english + chinese == 0 ? 1 : (double) english / (english + chinese);
    }

    /** Figure labels no glossary term lists, each with the English rendering pages show for it, by label. */
    public Map<String, String> unlistedLabels() {
        return unlistedLabels;
    }

    /** The lines {@code check --verbose} prints. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(java.util.Locale.ROOT,
                "English pages: %.0f%% of their article text is English (%d English letters, %d Chinese characters)",
                100 * share(), english, chinese));
        if (!unlistedLabels.isEmpty()) {
            out.add("figure labels without a glossary term (shown as composed; add them to _data/glossary.yaml terms):");
            unlistedLabels.forEach((zh, en) -> out.add("  " + zh + ": " + en));
        }
        return out;
    }
}
