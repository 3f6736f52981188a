package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.render.TileMap;

/**
 * Every page carries the sidebar, so its size multiplies by the number of pages: it stays under 6 KB of HTML even
 * when every province, every bundled theme and more reports than it lists have articles.
 */
class SidebarSizeTest {
    static final int MAX_BYTES = 6 * 1024;

    @TempDir
    Path tmp;

    @Test
    void theSidebarAddsAtMostSixKilobytesToAPageWhenEveryProvinceAndThemeHasArticles() throws IOException {
        Path content = tmp.resolve("content");
        FixtureSite.copyTree(FixtureSite.CONTENT.resolve("_data"), content.resolve("_data"));
        Files.copy(Path.of("src/main/resources/org/swbulletin/enrich/default-themes.yaml"),
                content.resolve("_data/themes.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> themes = themeIds(Files.readString(content.resolve("_data/themes.yaml")));
        Gazetteer gazetteer = Gazetteer.bundled();
        List<Division> provinces = gazetteer.provinces();
        String like = Files.readString(FixtureSite.CONTENT.resolve("001_fixture/kunming-anti-drug.md"));
        int reports = 12;
        for (int i = 0; i < provinces.size(); i++) {
            String report = String.format("%03d_report", 1 + i % reports);
            Path file = Files.createDirectories(content.resolve(report)).resolve("a" + i + ".md");
            Files.writeString(file, like.replace("id: kunming-anti-drug", "id: a" + i)
                    .replace("report: 001_fixture", "report: " + report)
                    .replace("date: 2023-06-30", String.format("date: 2023-%02d-%02d", 1 + i % reports, 1 + i % 28))
                    .replace("provinces: [云南]", "provinces: [" + provinces.get(i).shortName() + "]")
                    .replace("cities: [昆明]", "cities: []")
                    .replace("themes: [anti-drug, conferences]", "themes: [" + themes.get(i % themes.size()) + ", "
                            + themes.get((i + 1) % themes.size()) + "]"));
        }
        Path site = tmp.resolve("site");
        new SiteBuilder(gazetteer, TileMap.bundled(), 2).build(content, FixtureSite.TEMPLATES, site);
        for (String page : List.of("index.html", "en/index.html", "en/articles/a3/index.html")) {
            Element sidebar = Jsoup.parse(FixtureSite.read(site.resolve(page))).selectFirst("aside .site-counts");
            int themesListed = sidebar.select("a[href*=/themes/]").size();
            assertEquals(themes.size(), themesListed, page + ": every theme is listed");
            int bytes = sidebar.outerHtml().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= MAX_BYTES, page + ": the sidebar is " + bytes + " bytes");
        }
    }

    private static List<String> themeIds(String yaml) {
        Matcher m = Pattern.compile("(?m)^- id: (\\S+)").matcher(yaml);
        return m.results().map(r -> r.group(1)).toList();
    }
}
