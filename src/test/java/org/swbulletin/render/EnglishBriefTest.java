package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swbulletin.Lang;
import org.swbulletin.content.Article;
import org.swbulletin.enrich.Figure;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;

/** Untranslated articles read as English news briefs, built from what the tool knows: not lists of tags. */
class EnglishBriefTest {
    private static final String THEMES = """
            - id: school-social-work
              zh: 学校社会工作
              en: School social work
              cues: [学校社工]
            - id: social-work-stations
              zh: 社工站建设
              en: Social work stations
              cues: [社工站]
            - id: elderly
              zh: 养老服务
              en: Elderly care
              cues: [养老]
            - id: ngo
              zh: 社会组织
              en: NGO development
              cues: [社会组织]
            - id: party-building
              zh: 党建引领
              en: Party building
              cues: [党建]
            """;
    private static final Glossary GLOSSARY = Glossary.parse("""
            terms:
              在校师生: students and teachers
              社工站: social work stations
              督导人员: supervisors
              培训: training
            outlets:
              某某晚报: Evening Example
            """, Path.of("glossary.yaml"));

    private static Figure figure(String label, long value, String unit, String qualifier) {
        return new Figure(label, BigDecimal.valueOf(value), unit, qualifier, label + value);
    }

    private static Article article(List<String> provinces, List<String> cities, List<String> places,
                                   List<String> themes, List<Figure> figures) {
        return Article.builder().id("a").title("标题").provinces(provinces).cities(cities).places(places)
                .themes(themes).figures(figures).source("某某晚报").date("2025-03-12").body("正文").build();
    }

    private static EnglishBrief brief(Article a) {
        Names names = new Names(Gazetteer.bundled(), ThemeTaxonomy.parse(THEMES, Path.of("themes.yaml")), GLOSSARY);
        return new EnglishBrief(new SiteIndex(List.of(a), names), names,
                Messages.load(Path.of("templates"), Lang.EN));
    }

    @Test
    void aCountyLevelCityIsNamedWithItsProvinceAndPeopleReachedReadAsASentence() {
        Article a = article(List.of("江苏"), List.of("苏州"), List.of("昆山"), List.of("school-social-work"),
                List.of(figure("财政资金", 7_000_000, "元", "近"), figure("在校师生", 25_000, "名", "余")));
        assertEquals("Kunshan, Jiangsu: school social work reaches over 25,000 students and teachers",
                brief(a).headline(a));
    }

    @Test
    void aMunicipalityIsNamedOnceAndNationalNewsIsFromChina() {
        Article shanghai = article(List.of("上海"), List.of("上海"), List.of(), List.of("elderly"), List.of());
        assertEquals("Shanghai: elderly care", brief(shanghai).headline(shanghai));
        Article national = article(List.of(), List.of(), List.of(), List.of("ngo"), List.of());
        assertEquals("China: NGO development", brief(national).headline(national));
        Article party = article(List.of(), List.of(), List.of(), List.of("party-building"), List.of());
        assertEquals("China: Party building", brief(party).headline(party));
    }

    @Test
    void aFigureCountingWhatTheThemeIsAboutStandsForTheTheme() {
        Article a = article(List.of("广东"), List.of("广州"), List.of(), List.of("social-work-stations"),
                List.of(figure("督导人员", 36, "名", null), figure("社工站", 176, "个", null)));
        assertEquals("Guangzhou, Guangdong: 176 social work stations", brief(a).headline(a));
    }

    @Test
    void aFigureWhoseLabelIsPartlyPinyinStaysOutOfTheHeadline() {
        Article a = article(List.of("广东"), List.of("广州"), List.of(), List.of("social-work-stations"),
                List.of(figure("首批示范社工站", 12, "个", null)));
        assertEquals("Guangzhou, Guangdong: social work stations", brief(a).headline(a));
        Article training = article(List.of("广东"), List.of("广州"), List.of(), List.of("social-work-stations"),
                List.of(figure("培训", 21, "人", null)));
        assertEquals("Guangzhou, Guangdong: social work stations", brief(training).headline(training),
                "an activity is not a count of things");
    }

    @Test
    void withoutThemesTheHeadlineStillNamesThePlace() {
        Article a = article(List.of("甘肃"), List.of(), List.of(), List.of(), List.of());
        assertEquals("Social work news from Gansu", brief(a).headline(a));
    }

    @Test
    void theSummaryIsEnglishWithPlaceThemesFiguresSourceAndDate() {
        Article a = article(List.of("江苏"), List.of("苏州"), List.of("昆山"), List.of("school-social-work", "elderly"),
                List.of(figure("在校师生", 25_000, "名", "余"), figure("未收标签", 3, "个", null)));
        String summary = brief(a).summary(a);
        assertEquals("A report from Kunshan, Jiangsu on school social work and elderly care. Key figures: students "
                + "and teachers, over 25,000 people. Source: Evening Example, 12 March 2025.",
                summary);
        assertFalse(summary.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }
}
