package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main province, city and place of each article of the five real reports. */
class PlaceTaggerSeedTest {
    private static final PlaceTagger TAGGER = new PlaceTagger(Gazetteer.bundled());

    @ParameterizedTest(name = "{0} is about {1} / {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "000-1-dali.txt           | 云南   | 大理       | -",
        "000-2-kunming.txt        | 云南   | 昆明       | -",
        "000-3-inner-mongolia.txt | 内蒙古 | -          | -",
        "001-1-jinjiang.txt       | 福建   | 泉州       | 晋江",
        "001-2-guangzhou.txt      | 广东   | 广州       | -",
        "001-3-hainan.txt         | 海南   | -          | -",
        "002-1-jiangsu.txt        | 江苏   | -          | -",
        "002-2-wuwei.txt          | 甘肃   | 武威       | -",
        "002-3-harbin.txt         | 黑龙江 | 哈尔滨     | 香坊区",
        "002-4-shenzhen.txt       | 广东   | 深圳       | -",
        "003-1-sino-french.txt    | 北京   | 北京       | -",
        "003-2-suifenhe.txt       | 黑龙江 | 牡丹江     | 绥芬河",
        "003-3-dingxi.txt         | 甘肃   | 定西       | -",
        "004-1-hohhot.txt         | 内蒙古 | 呼和浩特   | -",
        "004-2-urumqi.txt         | 新疆   | 乌鲁木齐   | 水磨沟区",
        "004-3-baiyin.txt         | 甘肃   | 白银       | 白银区",
        "004-4-kunshan.txt        | 江苏   | 苏州       | 昆山",
    })
    void tagsTheMainPlaceOfEachSeedArticle(String fixture, String province, String city, String place) {
        PlaceTagger.Places p = TAGGER.tag(ArticleFixtures.load("seed/" + fixture));
        assertEquals(List.of(province), p.provinces(), "provinces of " + fixture + ": " + p);
        assertEquals(city == null ? List.of() : List.of(city), p.cities(), "cities of " + fixture + ": " + p);
        if (place != null) {
            assertEquals(place, p.places().isEmpty() ? null : p.places().get(0), "places of " + fixture + ": " + p);
        }
    }
}
