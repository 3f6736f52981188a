package org.swbulletin.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.SearchTokens;
import org.swbulletin.render.TileMap;
import org.swbulletin.site.FixtureSite;
import org.swbulletin.site.SiteBuilder;

/**
 * Issue 16: the index the build writes, queried with the semantics of search.js ({@link SearchIndexReader}), over the
 * shipped articles plus fixtures that hold every test phrase ({@code src/test/resources/search/content}). What each
 * query should find is read from the article files themselves, not written down here.
 */
class SearchIndexTest {
    private static final Path FIXTURES = Paths.get("src/test/resources/search/content");
    @TempDir
    static Path tmp;
    static Path content;
    static Path site;
    /** The Chinese articles: id, front matter and text. */
    static List<Source> sources = new ArrayList<>();

    record Source(String id, String frontMatter, String text) {
        String field(String key) {
            Matcher m = Pattern.compile("(?m)^" + key + ": *(.*)$").matcher(frontMatter);
            return m.find() ? m.group(1).replace("\"", "").strip() : "";
        }
    }

    @BeforeAll
    static void build() throws IOException {
        content = tmp.resolve("content");
        FixtureSite.copyTree(Paths.get("content"), content);
        FixtureSite.copyTree(FIXTURES, content);
        site = tmp.resolve("site");
        new SiteBuilder(Gazetteer.bundled(), TileMap.bundled(), 2).build(content, Paths.get("templates"), site);
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".en.md"))
                    .sorted().toList()) {
                String s = Files.readString(p);
                int end = s.indexOf("\n---", 4);
                String fm = s.substring(4, end);
                Source src = new Source(null, fm, s.substring(end + 4));
                sources.add(new Source(src.field("id"), fm, src.field("title") + "\n" + s.substring(end + 4)));
            }
        }
    }

    static SearchIndexReader reader(String lang) {
        return new SearchIndexReader(site.resolve(lang.equals("zh") ? "search/index" : "en/search/index"));
    }

    /** The article ids of documents, read from their URLs. */
    static Set<String> ids(SearchIndexReader r, List<Integer> docs) {
        Set<String> out = new TreeSet<>();
        for (int d : docs) {
            String url = (String) r.document(d).get("u");
            out.add(url.replaceAll(".*/articles/([^/]+)/$", "$1"));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"社工站", "工站", "站", "禁毒", "督导", "五社联动"})
    void everyArticleThatContainsThePhraseIsFoundInBothLanguages(String phrase) {
        Set<String> holding = new TreeSet<>();
        for (Source s : sources) {
            if (s.text().contains(phrase)) {
                holding.add(s.id());
            }
        }
        assertFalse(holding.isEmpty(), "the fixtures hold " + phrase);
        SearchIndexReader zh = reader("zh");
        assertEquals(holding, ids(zh, zh.search(phrase, Map.of())), phrase + " in Chinese");
        // On English pages an untranslated article shows its Chinese text; a translated one may not.
        SearchIndexReader en = reader("en");
        Set<String> inEnglish = ids(en, en.search(phrase, Map.of()));
        for (int d = 0; d < en.meta().docs(); d++) {
            boolean shows = SearchTokens.normalise(en.text(d)).contains(phrase);
            String id = ids(en, List.of(d)).iterator().next();
            assertEquals(shows, inEnglish.contains(id), phrase + " on the English page of " + id);
        }
    }

    @Test
    void aPhraseIsFoundWhereItStandsAndNotWhereOnlyItsPairsStandApart() {
        SearchIndexReader zh = reader("zh");
        Set<String> holding = new TreeSet<>();
        sources.stream().filter(s -> s.text().contains("社区戒毒")).forEach(s -> holding.add(s.id()));
        assertTrue(ids(zh, zh.candidates("社区戒毒", Map.of()).docs()).contains("yunnan-smoking"),
                "社区, 区戒 and 戒毒 all stand in the fixture, apart");
        assertEquals(holding, ids(zh, zh.search("社区戒毒", Map.of())));
        SearchIndexReader en = reader("en");
        for (int d : en.search("社区戒毒", Map.of())) {
            assertTrue(SearchTokens.normalise(en.text(d)).contains("社区戒毒"));
        }
    }

    @Test
    void eachFilterReturnsExactlyTheArticlesTaggedWithIt() {
        SearchIndexReader zh = reader("zh");
        assertEquals(tagged(s -> s.field("provinces").contains("甘肃")),
                ids(zh, zh.search("", Map.of("province", "gansu"))));
        assertEquals(tagged(s -> s.field("themes").contains("supervision")),
                ids(zh, zh.search("", Map.of("theme", "supervision"))));
        assertEquals(tagged(s -> s.field("date").startsWith("2024")), ids(zh, zh.search("", Map.of("year", "2024"))));
        assertEquals(tagged(s -> s.field("report").equals("901_search")),
                ids(zh, zh.search("", Map.of("report", "901_search"))));
        assertEquals(tagged(s -> s.field("provinces").contains("甘肃") && s.text().contains("社工站")),
                ids(zh, zh.search("社工站", Map.of("province", "gansu"))));
    }

    private static Set<String> tagged(java.util.function.Predicate<Source> p) {
        Set<String> out = new TreeSet<>();
        sources.stream().filter(p).forEach(s -> out.add(s.id()));
        assertFalse(out.isEmpty());
        return out;
    }

    @Test
    void pinyinFindsTitlesAndPlaces() {
        SearchIndexReader zh = reader("zh");
        Set<String> stations = ids(zh, zh.search("shegongzhan", Map.of()));
        assertTrue(stations.contains("gansu-stations"), stations::toString);
        for (Source s : sources) {
            if (s.field("title").contains("社工站")) {
                assertTrue(stations.contains(s.id()), s.id());
            }
        }
        Set<String> gansu = tagged(s -> s.field("provinces").contains("甘肃"));
        assertTrue(ids(zh, zh.search("Gansu", Map.of())).containsAll(gansu));
        SearchIndexReader en = reader("en");
        assertTrue(ids(en, en.search("Gansu", Map.of())).containsAll(gansu));
        assertTrue(ids(en, en.search("shegongzhan", Map.of())).contains("gansu-stations"));
    }

    @Test
    void englishWordsAreFoundWhateverTheirCaseAndNumber() {
        SearchIndexReader en = reader("en");
        Set<String> a = ids(en, en.search("social worker", Map.of()));
        assertEquals(a, ids(en, en.search("Social WORKERS", Map.of())));
        assertTrue(a.contains("national-supervision"), a::toString);
    }

    @Test
    void titleMatchesRankFirstThenNewerArticles() {
        SearchIndexReader zh = reader("zh");
        List<Integer> found = zh.search("社工站", Map.of());
        boolean body = false;
        for (int d : found) {
            boolean inTitle = ((String) zh.document(d).get("t")).contains("社工站");
            assertFalse(inTitle && body, "a title match after a match elsewhere");
            body |= !inTitle;
        }
        List<Integer> all = zh.search("", Map.of("theme", "social-work-stations"));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1) > all.get(i), "newer first among equals");
        }
    }

    @Test
    void noExactMatchFallsBackToArticlesWithSomeOfTheWords() {
        SearchIndexReader zh = reader("zh");
        SearchIndexReader.Result r = zh.candidates("社工站 zzzzqqq", Map.of());
        assertFalse(r.exact());
        assertTrue(ids(zh, r.docs()).contains("gansu-stations"));
    }
}
