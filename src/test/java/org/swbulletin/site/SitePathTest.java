package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathTest {
    private final Path root = Path.of("/srv/site");

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "/etc/x", "a/./../../x", "..\\x", "a\\..\\..\\x", "\\etc\\x",
            "C:\\x", "c:x", "a//../../x", "//etc/x", "a/.//..//../x", "x\0.html", "", ".", "a/..", "./", "..",
            "articles/../../../escaped/index.html"})
    void refusesAPathThatIsAbsoluteOrLeavesTheRootAndNamesIt(String rel) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SitePath.under(root, rel));
        assertTrue(e.getMessage().contains("'" + rel.replace("\0", "\\0") + "'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SitePath.check(rel));
    }

    @Test
    void refusesANullPath() {
        assertThrows(IllegalArgumentException.class, () -> SitePath.under(root, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "articles/a/index.html", "a/../b.html", "./a.html", "a//b.html",
            "en/articles/x/../y/index.html", "..a/b", "a..b"})
    void resolvesAPathThatStaysBelowTheRoot(String rel) {
        Path p = SitePath.under(root, rel);
        assertTrue(p.startsWith(root.toAbsolutePath()) && !p.equals(root.toAbsolutePath()), p.toString());
    }

    @Test
    void resolvesToTheNormalisedFile() {
        assertEquals(root.resolve("en/y/index.html").toAbsolutePath(),
                SitePath.under(root, "en/articles/../y/./index.html"));
    }
}
