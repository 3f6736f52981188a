package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTaggerTest {
    private static final ThemeTaxonomy TAXONOMY = new ThemeTaxonomy(List.of(
            new Theme("anti-drug", "禁毒", "Anti-drug", "", "", List.of("禁毒", "戒毒")),
            new Theme("volunteering", "志愿服务", "Volunteering", "", "", List.of("志愿服务", "志愿者")),
            new Theme("training", "培训", "Training", "", "", List.of("培训")),
            new Theme("bases", "基地", "Bases", "", "", List.of("培训基地"))));
    private static final ThemeTagger TAGGER = new ThemeTagger(TAXONOMY);

    @Test
    void ignoresACueMentionedOnlyInPassing() {
        assertEquals(List.of("anti-drug"), TAGGER.tag(ArticleFixtures.of("西藏拉萨开展禁毒宣传",
                "拉萨市禁毒社工走进社区开展禁毒宣传,帮助戒毒人员回归社会。", "活动还邀请了一名志愿者。")));
    }

    @Test
    void keepsSeveralThemesOfWhichTheArticleTreatsEach() {
        assertEquals(List.of("volunteering", "anti-drug"), TAGGER.tag(ArticleFixtures.of("志愿者参与禁毒志愿服务",
                "志愿服务队伍协助禁毒社工开展禁毒宣传,志愿者人数达百人。")));
    }

    @Test
    void countsALongerCueInsteadOfTheShorterOneInsideIt() {
        assertEquals(List.of("bases"), TAGGER.tag(ArticleFixtures.of("培训基地揭牌", "培训基地落户当地。")));
    }

    @Test
    void givesNoThemeToATextWithoutCues() {
        assertEquals(List.of(), TAGGER.tag(ArticleFixtures.of("天气晴朗", "今天天气很好。")));
    }
}
