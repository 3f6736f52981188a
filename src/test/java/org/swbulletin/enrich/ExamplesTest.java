package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExamplesTest {

    private static boolean example(String text, String name) {
        return new Examples(text).at(text.indexOf(name));
    }

    @Test
    void anExampleAfterQizhongRunsToTheEndOfItsSentence() {
        String text = "全省持续加大力度。其中,毕节市纳入考核;贵阳市分级调度。铜仁市引入人才。";
        assertFalse(example(text, "全省"));
        assertTrue(example(text, "毕节市"));
        assertTrue(example(text, "贵阳市"));
        assertFalse(example(text, "铜仁市"), "the next sentence is the story again");
    }

    @Test
    void qizhongInsideAClauseOpensNoExample() {
        assertFalse(example("民政局在其中一个社工站召开现场会,宜昌市各县参加。", "宜昌市"));
    }

    @Test
    void ruOpensAnExampleOnlyRightBeforeTheName() {
        assertTrue(example("各地做法各具特色,如南昌市组建督导团队。", "南昌市"));
        assertTrue(example("各地做法各具特色,例如,南昌市组建督导团队。", "南昌市"));
        assertFalse(example("如期完成建设任务,南昌市组建督导团队。", "南昌市"));
    }
}
