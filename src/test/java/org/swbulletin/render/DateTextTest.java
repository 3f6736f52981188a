package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.swbulletin.Lang;

class DateTextTest {
    private static final DateText ZH = new DateText(Messages.load(Path.of("templates"), Lang.ZH));
    private static final DateText EN = new DateText(Messages.load(Path.of("templates"), Lang.EN));

    @Test
    void writesADayAMonthAndAReportsYearAloneInEachLanguage() {
        assertEquals("2024年12月20日", ZH.format("2024-12-20"));
        assertEquals("20 December 2024", EN.format("2024-12-20"));
        assertEquals("2022年", ZH.format("2022"));
        assertEquals("2022", EN.format("2022"));
        assertEquals("2022", DateText.iso("2022"));
        assertNull(DateText.iso(null));
    }
}
