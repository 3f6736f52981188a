package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionTest {
    @ParameterizedTest
    @ValueSource(strings = {"启动仪式现场  高爽 摄", "活动现场 张三 摄", "新华社记者 李明 摄", "活动合影。 李四摄", "市民政局供图",
            "社工与老人合影(张三 摄)", "图为社工入户走访", "▲社工在活动现场", "(图片来源:民政局)", "（资料图）", "图片", "（图片）",
            "近日,以“社工在行动”为主题的宣传周启动仪式在广州举行(网络图片)", "摄影:王五"})
    void aCreditAPictureMarkOrAPlaceholderIsACaption(String line) {
        assertTrue(Caption.is(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"在活动现场,吉安市妇联展示了社工宣传图片,工作人员散发宣传资料1000多份。", "(据中国新闻网)", "(记者车荣华)",
            "(海宁市民政局)", "(文/刘忆)", "记者   周佩滢", "我们一起拍照摄影", "据悉,摄影比赛开始", "有关部门提供了相关图片",
            "中国社会工作联合会社会工作培训基地落户大理大学"})
    void runningTextSourcesBylinesAndTitlesAreNot(String line) {
        assertFalse(Caption.is(line), line);
    }

    @Test
    void aTitleMarkedAsAPicturePageIsNotACaption() {
        assertFalse(Caption.is("山西太原:社工助力乡村振兴(组图)"));
        assertFalse(Caption.is("北京:首批社会工作示范站点授牌（图）"));
        assertTrue(Caption.is("图为社工入户走访(图)"));
        assertTrue(Caption.is("图片来源:太原市民政局"));
    }

    @Test
    void theMarkIsTakenOffTheTitle() {
        assertEquals("北京：首批站点授牌", WebTitleMark.strip("北京：首批站点授牌（图）"));
        assertEquals("社工进社区", WebTitleMark.strip("社工进社区 (视频)"));
        assertEquals("（图）", WebTitleMark.strip("（图）"));
        assertEquals("社工站地图", WebTitleMark.strip("社工站地图"));
    }

    @Test
    void aCreditAfterTheCaptionsFullStopAndAMomentInTheActAreCaptions() {
        assertTrue(Caption.is("3月25日,在宣传活动现场,社工向群众宣传社会工作知识。刘春辉摄"));
        assertTrue(Caption.is("谷雯燕正在讲解社区与儿童的关系"));
        assertFalse(Caption.is("社工站正在建设中,预计年底建成。"));
        assertFalse(Caption.is("加强组织领导"));
    }
}
