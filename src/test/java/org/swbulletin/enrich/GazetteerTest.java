package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.bundled();

    @Test
    void holdsAllThirtyFourProvincialLevelDivisions() {
        assertEquals(34, g.provinces().size());
        assertTrue(g.province("香港").isPresent());
        assertTrue(g.province("台湾").isPresent());
    }

    @Test
    void holdsEveryPrefectureAndCountyLevelDivision() {
        long prefectures = g.all().stream().filter(d -> d.level() == Division.Level.PREFECTURE).count();
        long counties = g.all().stream().filter(d -> d.level() == Division.Level.COUNTY).count();
        // 333 prefecture-level divisions plus the four municipalities as their own city; some 2,850 counties.
        assertEquals(337, prefectures);
        assertTrue(counties > 2800 && counties < 2900, "counties: " + counties);
    }

    @Test
    void mapsACountyLevelCityToItsPrefectureAndProvince() {
        Division kunshan = g.named("昆山").get(0);
        assertEquals(Division.Level.COUNTY, kunshan.level());
        Division suzhou = g.parent(kunshan).orElseThrow();
        assertEquals("苏州", suzhou.shortName());
        assertEquals("江苏", g.provinceOf(kunshan).shortName());
    }

    @Test
    void shortensAutonomousPrefecturesToThePlaceName() {
        Division dali = g.prefecture("大理").orElseThrow();
        assertEquals("大理白族自治州", dali.name());
        assertEquals("云南", g.provinceOf(dali).shortName());
        assertEquals("德宏", g.prefecture("德宏傣族景颇族自治州").orElseThrow().shortName());
        assertEquals("鄂尔多斯", g.prefecture("鄂尔多斯市").orElseThrow().shortName());
    }

    @Test
    void keepsTheSuffixWhenTheStemWouldBeOneCharacter() {
        assertEquals("沛县", g.named("沛县").get(0).shortName());
    }

    @Test
    void usesTheUsualEnglishSpellings() {
        assertEquals("Inner Mongolia", g.province("内蒙古").orElseThrow().nameEn());
        assertEquals("Xinjiang", g.province("新疆维吾尔自治区").orElseThrow().nameEn());
        assertEquals("Tibet", g.province("西藏").orElseThrow().nameEn());
        assertEquals("Guangxi", g.province("广西").orElseThrow().nameEn());
        assertEquals("Ningxia", g.province("宁夏").orElseThrow().nameEn());
        assertEquals("Shaanxi", g.province("陕西").orElseThrow().nameEn());
        assertEquals("Shanxi", g.province("山西").orElseThrow().nameEn());
        assertEquals("Hohhot", g.prefecture("呼和浩特").orElseThrow().nameEn());
        assertEquals("Urumqi", g.prefecture("乌鲁木齐").orElseThrow().nameEn());
        assertEquals("Harbin", g.prefecture("哈尔滨").orElseThrow().nameEn());
        assertEquals("Xi'an", g.prefecture("西安").orElseThrow().nameEn());
        assertEquals("xian", g.prefecture("西安").orElseThrow().slug());
    }

    @Test
    void givesProvinceSlugsAsUsuallyWritten() {
        for (String slug : new String[] {"gansu", "inner-mongolia", "shaanxi", "shanxi", "hong-kong", "macau",
                "taiwan", "xinjiang", "tibet", "guangxi", "ningxia", "beijing"}) {
            assertTrue(g.bySlug(Division.Level.PROVINCE, slug).isPresent(), slug);
        }
    }

    @Test
    void keepsSlugsUniqueWithinALevel() {
        for (Division.Level level : Division.Level.values()) {
            Set<String> seen = new HashSet<>();
            g.all().stream().filter(d -> d.level() == level)
                    .forEach(d -> assertTrue(seen.add(d.slug()), "duplicate slug " + d.slug()));
        }
    }

    @Test
    void givesEveryDivisionBelowProvinceAParentInTheGazetteer() {
        g.all().stream().filter(d -> d.level() != Division.Level.PROVINCE)
                .forEach(d -> assertTrue(g.parent(d).isPresent(), d.code() + " " + d.name()));
    }
}
