package org.swbulletin.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.Pinyin;
import org.swbulletin.enrich.Theme;
import org.swbulletin.enrich.ThemeTaxonomy;

/**
 * The English file a translator starts from: the article's id, an English working title, the fingerprint of the
 * Chinese it was made from, and a body with the terms found in the article followed by the Chinese paragraphs.
 *
 * <p>The notes and the Chinese text sit under the two headings below; {@link ContentRules} reports a translation
 * that still has either as an unfinished draft, so a draft can never be published as if it were a translation.
 */
public final class TranslationDraft {
    /** Heading of the section with the Chinese title and the glossary, which the translator deletes. */
    public static final String NOTES_HEADING = "## Translator's notes (delete this section when done)";
    /** Heading above the Chinese paragraphs, which the translator replaces with the English. */
    public static final String SOURCE_HEADING = "## Chinese text (replace it with the English, then delete this heading)";

    private final Gazetteer gazetteer;
    private final ThemeTaxonomy taxonomy;
    private final Glossary glossary;

    /** A drafter with the reference data that gives English names. */
    public TranslationDraft(Gazetteer gazetteer, ThemeTaxonomy taxonomy, Glossary glossary) {
        this.gazetteer = gazetteer;
        this.taxonomy = taxonomy;
        this.glossary = glossary;
    }

    /** The draft translation of a Chinese article, not yet stored ({@link Article#file()} is null). */
    public Article draft(Article zh) {
        StringBuilder body = new StringBuilder();
        body.append(NOTES_HEADING).append("\n\n");
        body.append("Chinese title: ").append(zh.title()).append("\n\n");
        if (zh.kicker() != null) {
            body.append("Chinese kicker: ").append(zh.kicker()).append(" (its English goes in kicker:)\n\n");
        }
        if (zh.section() != null) {
            body.append("Chinese column rubric: ").append(zh.section()).append(" (its English goes in section_en:)\n\n");
        }
        if (!zh.captions().isEmpty()) {
            // Captions live in front matter, not the body: without this note a translation silently drops them.
            body.append("Chinese captions (translate each into a 'captions:' list in the front matter):\n\n");
            zh.captions().forEach(c -> body.append("- ").append(c).append('\n'));
            body.append('\n');
        }
        Map<String, String> terms = glossaryFor(zh);
        if (!terms.isEmpty()) {
            body.append("Terms in this article:\n\n");
            terms.forEach((c, e) -> body.append("- ").append(c).append(": ").append(e).append('\n'));
            body.append('\n');
        }
        body.append(SOURCE_HEADING).append("\n\n").append(zh.body().strip()).append('\n');
        return Article.builder()
                .id(zh.id())
                .lang("en")
                .title(workingTitle(zh))
                .set(ArticleSchema.KICKER, zh.kickerEn())
                .set(ArticleSchema.SECTION_EN, sectionEn(zh))
                .reports(zh.reports())
                .order(zh.order())
                .sourceFingerprint(Fingerprint.of(zh))
                .body(body.toString())
                .build();
    }

    /** The English of the article's column rubric: the article's {@code section_en}, else the glossary's rubric. */
    String sectionEn(Article zh) {
        if (zh.sectionEn() != null && !zh.sectionEn().isBlank()) {
            return zh.sectionEn();
        }
        return zh.section() == null ? null : glossary.rubric(zh.section()).orElse(null);
    }

    /**
     * An English title to start from: the editor's {@code title_en}, else one composed from place and themes
     * ({@code Wuwei, Gansu: talent development and volunteering}).
     */
    public String workingTitle(Article zh) {
        if (zh.titleEn() != null && !zh.titleEn().isBlank()) {
            return zh.titleEn();
        }
        List<String> place = new ArrayList<>();
        zh.cities().stream().findFirst().flatMap(gazetteer::prefecture).map(Division::nameEn).ifPresent(place::add);
        zh.provinces().stream().findFirst().flatMap(gazetteer::province).map(Division::nameEn)
                .filter(p -> !place.contains(p)).ifPresent(place::add);
        String where = place.isEmpty() ? "China" : String.join(", ", place);
        List<String> themes = zh.themes().stream().map(taxonomy::byId).flatMap(Optional::stream).limit(2)
                .map(Theme::nameEn).toList();
        if (themes.isEmpty()) {
            return "Social work news from " + where;
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            words.add(i == 0 ? themes.get(i) : lowerFirst(themes.get(i)));
        }
        return where + ": " + String.join(" and ", words);
    }

    private static String lowerFirst(String s) {
        // Keep acronyms and proper nouns ("NGO", "China") as they are.
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                && !s.startsWith("China")) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }

    /**
     * The terms a translator of this article needs, Chinese to English: glossary terms found in its text in order of
     * first appearance, then its provinces, cities, places, themes and outlet.
     */
    public Map<String, String> glossaryFor(Article zh) {
        String text = zh.title() + "\n" + (zh.kicker() == null ? "" : zh.kicker()) + "\n" + zh.body();
        Map<String, String> out = new LinkedHashMap<>();
        glossary.terms().entrySet().stream()
                .filter(e -> !e.getKey().isEmpty() && text.contains(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> text.indexOf(e.getKey()))
                        .thenComparing(e -> -e.getKey().length()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        zh.provinces().forEach(p -> gazetteer.province(p).ifPresent(d -> out.putIfAbsent(p, d.nameEn())));
        zh.cities().forEach(c -> gazetteer.prefecture(c).ifPresent(d -> out.putIfAbsent(c, d.nameEn())));
        zh.places().forEach(p -> gazetteer.named(p).stream().findFirst().ifPresent(d -> out.putIfAbsent(p, d.nameEn())));
        zh.themes().forEach(t -> taxonomy.byId(t).ifPresent(th -> out.putIfAbsent(th.nameZh(), th.nameEn())));
        if (zh.source() != null) {
            out.putIfAbsent(zh.source(), glossary.outlet(zh.source())
                    .orElse(Pinyin.words(zh.source()) + " (pinyin; not in the glossary)"));
        }
        return out;
    }
}
