package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** National bodies sit in Beijing: their news, and nationwide figures, are national, not Beijing's. */
class NationalScopeTest {
    private static List<String> provinces(Path content, ArticleText text) {
        return Enricher.load(content).enrich(text).provinces();
    }

    @Test
    void aSeminarOfANationalBodyHeldInBeijingIsNational(@TempDir Path content) {
        Enrichment e = Enricher.load(content).enrich(ArticleFixtures.load("seed/003-1-sino-french.txt"));
        assertEquals(List.of(), e.provinces());
        assertEquals(List.of(), e.cities());
    }

    @Test
    void aMinistryMeetingInBeijingIsNational(@TempDir Path content) {
        assertEquals(List.of(), provinces(content, ArticleFixtures.of("民政部召开全国社会工作推进会",
                "11月5日，民政部在京召开全国社会工作推进会，部署下一阶段乡镇（街道）社工站建设工作。",
                "会议在北京举行，各省民政厅负责同志参加。")));
    }

    @Test
    void anAssociationNotListedByNameIsNationalByThePatternOfItsName(@TempDir Path content) {
        assertEquals(List.of(), provinces(content, ArticleFixtures.of("中国社会工作教育研究联合会年会在京举行",
                "近日，中国社会工作教育研究联合会第五届年会在京举行，来自高校的代表参加会议。")));
    }

    @Test
    void nationwideFiguresReportedInBeijingAreNational(@TempDir Path content) {
        assertEquals(List.of(), provinces(content, ArticleFixtures.of("社会工作人才队伍持续壮大",
                "记者在京获悉，我国持证社会工作者已达93.1万人，全国共有社工站2.9万个。")));
    }

    @Test
    void beijingsOwnNewsStaysBeijingEvenWhenItNamesAMinistry(@TempDir Path content) {
        assertEquals(List.of("北京"), provinces(content, ArticleFixtures.of("北京市民政局部署社工站建设",
                "近日，北京市民政局贯彻民政部部署，召开全市社工站建设推进会，朝阳区、海淀区介绍经验。")));
    }

    @Test
    void aNationalConferenceHeldElsewhereStaysWhereItIsHeld(@TempDir Path content) {
        assertEquals(List.of("云南"), provinces(content, ArticleFixtures.load("seed/000-2-kunming.txt")));
    }

    @Test
    void aNationalBodysBaseInAProvinceStaysInThatProvince(@TempDir Path content) {
        assertEquals(List.of("云南"), provinces(content, ArticleFixtures.load("seed/000-1-dali.txt")));
    }
}
