package org.swbulletin.render;

import org.swbulletin.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void bothLanguagesDefineTheSameUiStrings() {
        Messages zh = Messages.load(Path.of("templates"), Lang.ZH);
        Messages en = Messages.load(Path.of("templates"), Lang.EN);
        Set<String> zhKeys = new TreeSet<>(zh.table().keySet());
        Set<String> enKeys = new TreeSet<>(en.table().keySet());
        // Units, qualifiers and the bases of ratios translate Chinese words, so only the English table needs them.
        enKeys.removeIf(k -> k.startsWith("unit.") || k.startsWith("qualifier.") || k.startsWith("per."));
        assertEquals(zhKeys, enKeys);
    }

    @Test
    void placeholdersAreFilledAndListsAreNumberedFromOne() {
        Messages en = Messages.load(Path.of("templates"), Lang.EN);
        assertEquals("Report no. 7", en.format("report.label", "n", 7));
        assertEquals("June", en.get("month.6"));
        assertEquals("29 June 2023", new DateText(en).format("2023-06-29"));
        assertEquals("2023年6月", new DateText(Messages.load(Path.of("templates"), Lang.ZH)).format("2023-06"));
    }

    @Test
    void aMissingStringIsAnErrorNamingTheKeyAndFile() {
        Messages en = Messages.load(Path.of("templates"), Lang.EN);
        org.swbulletin.enrich.DataFileException e = assertThrows(org.swbulletin.enrich.DataFileException.class,
                () -> en.get("no.such.key"));
        assertEquals(Path.of("templates", "i18n", "en.yaml"), e.diagnostic().file());
        assertTrue(e.getMessage().contains("UI string 'no.such.key' missing"), e.getMessage());
    }
}
