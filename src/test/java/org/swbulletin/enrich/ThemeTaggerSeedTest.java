package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The themes an editor would pick for the articles of the five real reports, with the bundled taxonomy. */
class ThemeTaggerSeedTest {
    private static ThemeTagger tagger;

    @BeforeAll
    static void loadBundledTaxonomy(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("_data"));
        try (InputStream in = ThemeTagger.class.getResourceAsStream("default-themes.yaml")) {
            Files.write(dir.resolve(ThemeTaxonomy.FILE), in.readAllBytes());
        }
        tagger = new ThemeTagger(ThemeTaxonomy.load(dir));
    }

    @ParameterizedTest(name = "{0} is about {1}")
    @CsvSource(delimiter = '|', value = {
        "000-1-dali.txt           | education-research-bases social-psychological-services",
        "000-2-kunming.txt        | anti-drug-social-work",
        "000-3-inner-mongolia.txt | five-society-linkage social-work-stations talent-development",
        "001-1-jinjiang.txt       | education-research-bases",
        "001-2-guangzhou.txt      | supervision social-work-stations",
        "001-3-hainan.txt         | social-work-stations",
        "002-1-jiangsu.txt        | talent-development",
        "002-2-wuwei.txt          | talent-development",
        "002-3-harbin.txt         | grassroots-governance",
        "002-4-shenzhen.txt       | education-research-bases",
        "003-1-sino-french.txt    | international-exchange",
        "003-2-suifenhe.txt       | talent-development",
        "003-3-dingxi.txt         | grassroots-governance social-work-stations",
        "004-1-hohhot.txt         | education-research-bases talent-development",
        "004-2-urumqi.txt         | publicity-and-awareness volunteering",
        "004-3-baiyin.txt         | volunteering",
        "004-4-kunshan.txt        | school-social-work",
    })
    void picksTheThemesAnEditorWould(String fixture, String expected) {
        List<String> themes = tagger.tag(ArticleFixtures.load("seed/" + fixture));
        assertTrue(themes.size() >= 1 && themes.size() <= ThemeTagger.MAX_THEMES, themes.toString());
        for (String id : expected.trim().split(" +")) {
            assertTrue(themes.contains(id), fixture + " lacks " + id + ": " + themes);
        }
        assertTrue(Arrays.asList(expected.trim().split(" +")).contains(themes.get(0)),
                fixture + " leads with " + themes.get(0));
    }

    @ParameterizedTest(name = "{0} is about {1} and not {2}")
    @CsvSource(delimiter = '|', value = {
        "real/anhui-publicity-week.txt   | publicity-and-awareness | elderly-and-children",
        "real/national-talent-30-wan.txt | talent-development      | elderly-and-children",
    })
    void leadsWithWhatARealStoryIsAboutByItsTitleAndLead(String fixture, String about, String notAbout) {
        List<String> themes = tagger.tag(ArticleFixtures.load(fixture));
        assertTrue(!themes.isEmpty() && themes.get(0).equals(about), fixture + ": " + themes);
        assertTrue(!themes.contains(notAbout), fixture + ": " + themes);
    }
}
