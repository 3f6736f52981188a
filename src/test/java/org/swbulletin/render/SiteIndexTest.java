package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swbulletin.content.Article;
import org.swbulletin.content.Fixtures;
import org.swbulletin.content.ReportFile;
import java.util.Map;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;

class SiteIndexTest {
    private static final String THEMES = """
            - id: volunteering
              zh: 志愿服务
              en: Volunteering
              cues: [志愿]
            - id: social-work-stations
              zh: 社工站建设
              en: Social work stations
              cues: [社工站]
            """;

    private static Names names() {
        return new Names(Fixtures.gazetteer(), ThemeTaxonomy.parse(THEMES, Path.of("themes.yaml")),
                Glossary.parse("terms: {}\n", Path.of("glossary.yaml")));
    }

    private static Article article(String id, String date, List<String> provinces, List<String> themes) {
        return Article.builder().id(id).title(id).date(date).provinces(provinces).themes(themes).body("正文").build();
    }

    private static List<String> ids(List<Article> list) {
        return list.stream().map(Article::id).toList();
    }

    @Test
    void listsAnUndatedArticleByItsReportsDateAndNamesTheReportByItsIssue() {
        Article undated = Article.builder().id("undated").title("t").reports(List.of("002_b")).order(1)
                .provinces(List.of("甘肃")).body("正文").build();
        Article older = Article.builder().id("older").title("t").reports(List.of("001_a")).order(1).date("2024-03-02")
                .provinces(List.of("甘肃")).body("正文").build();
        Article newer = Article.builder().id("newer").title("t").reports(List.of("001_a")).order(2).date("2024-12-30")
                .provinces(List.of("甘肃")).body("正文").build();
        Map<String, ReportFile> files = Map.of("002_b", new ReportFile("002_b", "2024-06-15", 37, true));
        SiteIndex index = new SiteIndex(List.of(undated, older, newer), names(), files);
        assertEquals(List.of("newer", "undated", "older"), ids(index.articles()));
        assertEquals(List.of("undated"), ids(index.byMonth().get("2024-06")));
        assertEquals(37, index.reportNumber("002_b"));
        assertEquals(1, index.reportNumber("001_a"), "a report without a file keeps its place in id order");
        assertEquals("2024-06-15", index.reportDate("002_b"));
        assertEquals(true, index.reportDateInferred("002_b"));
        assertEquals("2024-12-30", index.reportDate("001_a"), "else its newest article's date");

        SiteIndex without = new SiteIndex(List.of(undated, older, newer), names());
        assertEquals(List.of("newer", "older", "undated"), ids(without.articles()), "undated last without a file");
    }

    @Test
    void ranksRelatedArticlesBySharedTagsThenNearnessInTimeThenNewerFirst() {
        List<Article> all = List.of(
                article("me", "2024-05-10", List.of("甘肃"), List.of("volunteering")),
                article("province-and-theme", "2024-01-01", List.of("甘肃"), List.of("volunteering")),
                article("province-near", "2024-05-09", List.of("甘肃"), List.of()),
                article("province-far", "2023-01-01", List.of("甘肃"), List.of()),
                article("theme-newer", "2024-05-11", List.of("云南"), List.of("volunteering")),
                article("theme-older", "2024-05-09", List.of("云南"), List.of("volunteering")),
                article("nothing-shared", "2024-05-10", List.of("江苏"), List.of("social-work-stations")));
        SiteIndex index = new SiteIndex(all, names());
        Article me = all.get(0);
        // Province counts twice a theme; at the same distance in time, the newer one (earlier in the site) first.
        assertEquals(List.of("province-and-theme", "province-near", "province-far", "theme-newer", "theme-older"),
                ids(index.related(me, 10)));
        assertEquals(List.of("province-and-theme", "province-near"), ids(index.related(me, 2)));
    }

    @Test
    void looksOnlyAtTwelveArticlesEachSideInEachList() {
        List<Article> all = new ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            all.add(article(String.format("a%02d", day), String.format("2024-02-%02d", day), List.of("甘肃"), List.of()));
        }
        SiteIndex index = new SiteIndex(all, names());
        List<Article> related = index.related(all.get(0), 100);
        assertEquals(12, related.size());
        assertEquals(List.of("a02", "a03"), ids(related.subList(0, 2)));
        assertSame(related, index.related(all.get(0), 100));
    }
}
