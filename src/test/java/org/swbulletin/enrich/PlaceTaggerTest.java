package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceTaggerTest {
    private static final PlaceTagger TAGGER = new PlaceTagger(Gazetteer.bundled());

    private static PlaceTagger.Places tag(String title, String... paragraphs) {
        return TAGGER.tag(ArticleFixtures.of(title, paragraphs));
    }

    @Test
    void leavesOutTheCityADatelineWasFiledFrom() {
        PlaceTagger.Places p = tag("广西建成运营150个乡镇社工站",
                "新华社南宁10月29日电(记者林凡诗)记者从广西壮族自治区民政厅获悉,今年以来,广西各地开展社工站建设。",
                "全区已建成150个乡镇社工站。");
        assertEquals(List.of("广西"), p.provinces());
        assertTrue(p.cities().isEmpty(), p.toString());
    }

    @Test
    void keepsADatelinesCityTheStoryItselfNames() {
        PlaceTagger.Places p = tag("宣传周活动启动",
                "人民网南昌4月18日电 (记者 任江华)宣传周活动启动仪式今天在南昌市东湖区举行。");
        assertEquals(List.of("南昌"), p.cities());
    }

    @Test
    void mapsACountyToItsPrefectureAndProvince() {
        PlaceTagger.Places p = tag("四川都江堰市举办社区社工培训班",
                "近日,都江堰市民政局举办社区社会工作者培训班,全市120名社区工作者参加。");
        assertEquals(List.of("四川"), p.provinces());
        assertEquals(List.of("成都"), p.cities());
        assertEquals(List.of("都江堰"), p.places());
    }

    @Test
    void readsAutonomousPrefecturesByTheirShortName() {
        PlaceTagger.Places p = tag("伊犁州推进乡镇社工站建设",
                "伊犁哈萨克自治州民政局近日召开推进会,要求各县市加快乡镇社工站建设。");
        assertEquals(List.of("新疆"), p.provinces());
        assertEquals(List.of("伊犁"), p.cities());
    }

    @Test
    void takesTheRegionForWholeRegionAfterAnAutonomousRegion() {
        PlaceTagger.Places p = tag("广西壮族自治区民政厅部署社会工作服务",
                "广西壮族自治区民政厅日前召开会议。全区各地要加快社工站建设,自治区将给予补助。",
                "会上,南宁、柳州、桂林、百色等地作了交流发言。");
        assertEquals(List.of("广西"), p.provinces());
        assertTrue(p.cities().isEmpty(), p.toString());
    }

    @Test
    void takesTibetFromItsCapital() {
        PlaceTagger.Places p = tag("拉萨市城关区开展困境儿童关爱服务",
                "拉萨市城关区民政局联合社工机构,为辖区困境儿童提供心理疏导服务。");
        assertEquals(List.of("西藏"), p.provinces());
        assertEquals(List.of("拉萨"), p.cities());
        assertEquals(List.of("城关区"), p.places());
    }

    @Test
    void readsInJingAsBeijing() {
        PlaceTagger.Places p = tag("全国社会工作督导研讨会在京举行", "研讨会在京举行,来自各地的专家参加。");
        assertEquals(List.of("北京"), p.provinces());
        assertEquals(List.of("北京"), p.cities());
    }

    @Test
    void leavesANationalBodyWithoutPlaceUntagged() {
        PlaceTagger.Places p = tag("中国社会工作联合会发布年度报告",
                "中国社会工作联合会近日发布年度报告,全国社工站建设稳步推进,社会工作者队伍不断壮大。");
        assertEquals(List.of(), p.provinces());
        assertEquals(List.of(), p.cities());
    }

    @Test
    void ignoresProvincesListedAsParticipants() {
        PlaceTagger.Places p = tag("全国儿童社会工作论坛在成都举行",
                "论坛在四川成都举行,来自北京、上海、广东、浙江、湖南等18个省份的300余名代表参加。");
        assertEquals(List.of("四川"), p.provinces());
        assertEquals(List.of("成都"), p.cities());
    }

    @Test
    void ignoresACityInsideAUniversityName() {
        PlaceTagger.Places p = tag("南宁市开展社工督导培训",
                "南宁市民政局举办督导培训,中山大学教授、四川大学教授应邀授课。");
        assertEquals(List.of("广西"), p.provinces());
        assertEquals(List.of("南宁"), p.cities());
    }

    @Test
    void ignoresCommonWordsThatAreAlsoCountyNames() {
        PlaceTagger.Places p = tag("社工机构与高校开展合作",
                "双方将在资源共享、人才培养等方面深化合作,推动和平发展。");
        assertEquals(List.of(), p.provinces());
        assertEquals(List.of(), p.places());
    }

    @Test
    void choosesTheDivisionASuffixNames() {
        // 海南 alone is the province; 海南州 is the prefecture of Qinghai.
        PlaceTagger.Places p = tag("青海海南州建成社工站40个", "海南州民政局介绍,全州已建成乡镇社工站40个。");
        assertEquals(List.of("青海"), p.provinces());
        assertEquals(List.of("海南"), p.cities());
    }

    @Test
    void mapsAShenzhenArticleToGuangdong() {
        PlaceTagger.Places p = tag("深圳启动社工服务月", "深圳市社会工作者协会启动社工服务月活动。");
        assertEquals(List.of("广东"), p.provinces());
        assertEquals(List.of("深圳"), p.cities());
    }

    @Test
    void leavesOutTheCitiesAProvinceWideStoryGivesAsExamples() {
        PlaceTagger.Places p = tag("湖北:乡镇社工站建设实现新突破",
                "记者从湖北省民政厅了解到,湖北省已建成乡镇社工站1200个,全省覆盖率达90%。",
                "湖北省持续加大建设力度。其中,宜昌市将社工站建设纳入全市目标考核;襄阳市分级调度工作18次,"
                        + "推动解决全市建站难点;恩施州召开现场会观摩当地建设模式,为各地建站提供指导。");
        assertEquals(List.of("湖北"), p.provinces());
        assertTrue(p.cities().isEmpty(), p.toString());
    }

    @Test
    void leavesOutACityGivenAfterRu() {
        PlaceTagger.Places p = tag("江西推进社会工作人才队伍建设",
                "江西省各地积极探索社会工作人才培养模式。",
                "各地做法各具特色,如南昌市组建督导团队,推动全市社工持证上岗。");
        assertEquals(List.of("江西"), p.provinces());
        assertTrue(p.cities().isEmpty(), p.toString());
    }

    @Test
    void keepsTheCityWhoseDistrictsAreGivenAsExamples() {
        PlaceTagger.Places p = tag("武汉市建成社区社工室300个",
                "武汉市民政局介绍,全市已建成社区社工室300个。其中,江汉区80个,江岸区60个。");
        assertEquals(List.of("武汉"), p.cities());
    }

    @Test
    void readsAPlaceNameAfterASurnameAndATitleAsAPersonsName() {
        PlaceTagger.Places p = tag("浙江:社会工作宣传周活动启动",
                "浙江在线杭州3月18日讯(记者 王金华)浙江省社会工作宣传周活动今天启动,省民政厅副厅长李长春出席。");
        assertEquals(List.of("浙江"), p.provinces());
        assertTrue(p.cities().isEmpty(), p.toString());
    }

    @Test
    void keepsAPlaceAfterATitleWhenNoSurnameStandsBetween() {
        PlaceTagger.Places p = tag("省民政厅到金华调研社会工作", "省民政厅厅长到金华调研社工站建设,金华各县市区民政局负责人参加。");
        assertEquals(List.of("金华"), p.cities());
    }
}
