package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
    private static final PersonNames NAMES = PersonNames.bundled();

    private static boolean given(String text, String name) {
        return NAMES.givenNameAt(text, text.indexOf(name));
    }

    @Test
    void aPlaceNameAfterASurnameAfterATitleIsAGivenName() {
        assertTrue(given("(记者 任江华)江西省宣传周启动", "江华"));
        assertTrue(given("江西财经大学党委副书记王金华出席", "金华"));
        assertTrue(given("(通讯员  杨长春)", "长春"));
    }

    @Test
    void aPlaceNameWithoutASurnameOrATitleBeforeItIsNot() {
        assertFalse(given("厅长到金华调研", "金华"), "到 is no surname");
        assertFalse(given("来自王金华社区的居民", "金华"), "no title before the surname");
        assertFalse(given("金华市民政局", "金华"), "the text's start");
    }
}
