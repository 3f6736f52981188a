package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RomanisationDebrisTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "鄉(xiāng)鎮(zhèn)社工站|鄉鎮社工站",
            "乡（xiāng）镇（zhèn）|乡镇",
            "社工(shè gōng)站|社工站",
            "社工（shè gōng）站|社工站",
            "社工 (shè gōng) 站|社工 站",
            "鄉(xiang1)鎮(zhen4)|鄉鎮",
            "社工们(shè gōng men)|社工们",
            "西安(Xī'ān)|西安",
            "綠(lǜ)色|綠色",
            "(據甘肅日報(gān sù rì bào))|(據甘肅日報)",
    })
    void removesPinyinInBracketsAfterACharacter(String text, String expected) {
        assertEquals(expected, RomanisationDebris.remove(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"香港(Hong Kong)社工", "成立于(2023)年", "《办法》（试行）", "(据新华社)", "（據中國新聞網）",
            "引入社工(NGO)服务", "展厅(A1)开放", "社区(community)营造", "(xiāng) 开头没有汉字", "covid (xiāng)",
            "图为活动现场（摄影：张三）", "伙伴(Partner)计划"})
    void leavesGenuineBracketsAsTheyAre(String text) {
        assertSame(text, RomanisationDebris.remove(text));
    }
}
