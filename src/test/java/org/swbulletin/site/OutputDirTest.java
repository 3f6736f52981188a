package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputDirTest {
    @TempDir
    Path tmp;

    private static final byte[] PAGE = "<p>escaped</p>".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"../escaped.html", "a/../../escaped.html", "articles/../../../escaped/index.html",
            "..\\escaped.html", "a/./../../escaped.html"})
    void writeRefusesAPathOutsideTheSiteAndWritesNothingOutside(String rel) throws IOException {
        OutputDir output = new OutputDir(tmp.resolve("work/site"));
        output.begin();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> output.write(rel, PAGE));
        assertTrue(e.getMessage().contains(rel), e.getMessage());
        output.write("index.html", PAGE);
        output.commit();
        assertEquals(List.of(), filesOutsideTheSiteAndItsCache());
        assertEquals(1, output.written());
    }

    @Test
    void anInPlaceUpdateRefusesAPathOutsideTheSite() throws IOException {
        OutputDir first = new OutputDir(tmp.resolve("work/site"));
        first.begin();
        first.write("index.html", PAGE, PAGE.length, new byte[] {1});
        first.commit();
        OutputDir output = new OutputDir(tmp.resolve("work/site"));
        assertTrue(output.beginInPlace());
        assertThrows(IllegalArgumentException.class,
                () -> output.replaceInPlace("../escaped.html", PAGE, PAGE.length, new byte[] {2}));
        assertThrows(IllegalArgumentException.class, () -> output.liveKey("../index.html"));
        assertThrows(IllegalArgumentException.class, () -> output.reuse("/etc/x", new byte[] {1}));
        assertEquals(List.of(), filesOutsideTheSiteAndItsCache());
    }

    /** Files under the temporary folder but neither in the site, its staging trees nor its build cache. */
    private List<Path> filesOutsideTheSiteAndItsCache() throws IOException {
        Path work = tmp.resolve("work");
        List<Path> own = List.of(work.resolve("site"), work.resolve(".site.staging"), work.resolve(".site.previous"),
                work.resolve(OutputDir.CACHE));
        try (Stream<Path> walk = Files.walk(tmp)) {
            return walk.filter(Files::isRegularFile).filter(p -> own.stream().noneMatch(p::startsWith)).toList();
        }
    }
}
