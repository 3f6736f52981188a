package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionAndThemeEqualityTest {
    @Test
    void divisionsAreEqualWhenEveryFieldIsAndHashByCode() {
        Division a = new Division("620000", "", Division.Level.PROVINCE, "甘肃省", "甘肃", "Gansu", "gansu");
        Division same = new Division("620000", "", Division.Level.PROVINCE, "甘肃省", "甘肃", "Gansu", "gansu");
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, new Division("620000", "", Division.Level.PROVINCE, "甘肃省", "甘肃", "Kansu", "gansu"));
        assertNotEquals(a, new Division("620100", "620000", Division.Level.PREFECTURE, "甘肃省", "甘肃", "Gansu", "gansu"));
    }

    @Test
    void themesAreEqualWhenEveryFieldIsCuesIncluded() {
        Theme a = new Theme("volunteering", "志愿服务", "Volunteering", "说明", "About", List.of("志愿者", "志愿服务"));
        Theme same = new Theme("volunteering", "志愿服务", "Volunteering", "说明", "About", List.of("志愿者", "志愿服务"));
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, new Theme("volunteering", "志愿服务", "Volunteering", "说明", "About", List.of("志愿者")));
        assertNotEquals(a, new Theme("volunteering", "志愿服务", "Volunteering", null, "About", List.of("志愿者", "志愿服务")));
    }
}
