package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void theBundledSettingsAreTheOnesThisRepositoryPublishesWith() throws IOException {
        try (InputStream in = SiteSettings.class.getResourceAsStream(SiteSettings.DEFAULT)) {
            assertArrayEquals(Files.readAllBytes(Path.of("content").resolve(SiteSettings.FILE)), in.readAllBytes());
        }
    }

    @Test
    void aContentDirectoryWithoutSettingsUsesTheBundledOnesAndInstallsThemOnce() throws IOException {
        assertEquals("Social Work News Bulletin", SiteSettings.load(tmp).title(Lang.EN));
        assertTrue(SiteSettings.installDefault(tmp).isPresent());
        Files.writeString(tmp.resolve(SiteSettings.FILE), "title_zh: 简报\ntitle_en: Brief\nbase_url: https://x.org/\n");
        assertTrue(SiteSettings.installDefault(tmp).isEmpty(), "an editor's file is never overwritten");
        assertEquals("Brief", SiteSettings.load(tmp).title(Lang.EN));
    }
}
