package org.swbulletin.render;

import org.swbulletin.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swbulletin.enrich.Figure;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;

class FigureTextTest {
    private static final Names NAMES = new Names(Gazetteer.bundled(), new ThemeTaxonomy(List.of()),
            new Glossary(Map.of("社工站", "social work stations"), Map.of(), Map.of(),
                    Map.of("社区", "community", "志愿者", "volunteer|volunteers", "分会", "branch|branches")));
    private static final FigureText ZH = new FigureText(Messages.load(Path.of("templates"), Lang.ZH), NAMES);
    private static final FigureText EN = new FigureText(Messages.load(Path.of("templates"), Lang.EN), NAMES);

    private static Figure figure(String label, long value, String unit, String qualifier) {
        return new Figure(label, BigDecimal.valueOf(value), unit, qualifier, label);
    }

    @Test
    void qualifiersStandWhereEachLanguagePutsThem() {
        assertEquals("达1463人", ZH.view(figure("持证社工", 1463, "人", "达"), null, null).value());
        assertEquals("1.21万余人", ZH.view(figure("持证社工", 12100, "人", "余"), null, null).value());
        assertEquals("80%以上", ZH.view(figure("比例", 80, "%", "以上"), null, null).value());
        assertEquals("over 12,100 people", EN.view(figure("持证社工", 12100, "人", "余"), null, null).value());
        assertEquals("over 80%", EN.view(figure("比例", 80, "%", "以上"), null, null).value());
    }

    @Test
    void largeNumbersReadInWanAndYiInChineseAndInMillionsInEnglish() {
        assertEquals("近700万元", ZH.view(figure("投入资金", 7_000_000, "元", "近"), null, null).value());
        assertEquals("nearly 7 million yuan", EN.view(figure("投入资金", 7_000_000, "元", "近"), null, null).value());
        assertEquals("2.5万余名", ZH.view(figure("志愿者", 25_000, "名", "余"), null, null).value());
        assertEquals("over 25,000 people", EN.view(figure("志愿者", 25_000, "名", "余"), null, null).value());
        assertEquals("1.06亿元", ZH.view(figure("投入资金", 106_000_000, "元", null), null, null).value());
        assertEquals("106 million yuan", EN.view(figure("投入资金", 106_000_000, "元", null), null, null).value());
    }

    @Test
    void aRangeReadsAsARangeInBothLanguages() {
        Figure range = figure("社工站", 5, "个", "至8");
        assertEquals("5至8个", ZH.view(range, null, null).value());
        FigureView en = EN.view(range, null, null);
        assertEquals("5–8", en.value());
        assertEquals("social work stations", en.label());
    }

    @Test
    void aMeasureWordTheTableLacksStaysChineseAndIsMarkedSo() {
        FigureView en = EN.view(figure("社工站", 3, "匹", null), null, null);
        assertEquals("3", en.value());
        assertEquals("匹", en.untranslatedUnit());
        assertNull(ZH.view(figure("社工站", 3, "匹", null), null, null).untranslatedUnit());
    }

    @Test
    void aRiseReadsAsARiseAndARatioNamesItsBase() {
        Figure rise = new Figure("持证社工", BigDecimal.valueOf(64_000), "人", null, "增加6.4万人", Figure.INCREASE);
        assertEquals("增加6.4万人", ZH.view(rise, null, null).value());
        assertEquals("+64,000 people", EN.view(rise, null, null).value());
        Figure ratio = new Figure("持证社工", new BigDecimal("18.5"), "名/万人", null, "每万人拥有18.5名", Figure.RATIO);
        assertEquals("每万人18.5名", ZH.view(ratio, null, null).value());
        assertEquals("18.5 people per 10,000 people", EN.view(ratio, null, null).value());
        FigureView unknownBase = EN.view(new Figure("社工", BigDecimal.valueOf(2), "名/敬老院", null, "t", Figure.RATIO),
                null, null);
        assertEquals("2 people per", unknownBase.value());
        assertEquals("敬老院", unknownBase.untranslatedUnit());
    }

    @Test
    void aLabelTheGlossaryLacksIsComposedInEnglishFromItsWordsNeverShownInChinese() {
        FigureView composed = EN.view(figure("社区志愿者分会", 11, "支", null), null, null);
        assertEquals("community volunteer branches", composed.label());
        // Words no entry covers are written in pinyin: legible, and a cue for the glossary.
        assertEquals("community weishou", EN.view(figure("社区微手", 3, "个", null), null, null).label());
    }
}
