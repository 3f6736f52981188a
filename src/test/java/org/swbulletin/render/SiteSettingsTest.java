package org.swbulletin.render;

import org.swbulletin.Lang;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.enrich.DataFileException;

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

    @org.junit.jupiter.api.Test
    void aBaseUrlIsNormalisedSoThatNoLinkLeavesTheSite() {
        org.junit.jupiter.api.Assertions.assertEquals("https://example.org/evil.example/",
                SiteSettings.baseUrl("https://example.org//evil.example/"));
        org.junit.jupiter.api.Assertions.assertEquals("https://example.org/bulletin/",
                SiteSettings.baseUrl("https://example.org/bulletin"));
        org.junit.jupiter.api.Assertions.assertEquals("http://127.0.0.1:8080/",
                SiteSettings.baseUrl("HTTP://127.0.0.1:8080"));
        for (String bad : new String[] {"//example.org/", "ftp://example.org/", "javascript:alert(1)", "/bulletin/",
                "https://example.org/?q=1", "https:///path/"}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> SiteSettings.baseUrl(bad), bad);
        }
    }
}
