package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.render.Templates;

/** The build's output safety: deterministic bytes, atomic replacement, never writing into a stranger's folder. */
class SiteBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
        FixtureSite.build(tmp.resolve("a"));
        FixtureSite.build(tmp.resolve("b"));
        Map<String, byte[]> a = FixtureSite.snapshot(tmp.resolve("a"));
        Map<String, byte[]> b = FixtureSite.snapshot(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    @Test
    void rebuildingUnchangedContentRewritesNoFile() {
        Path out = tmp.resolve("site");
        BuildSummary first = FixtureSite.build(out);
        BuildSummary second = FixtureSite.build(out);
        assertEquals(0, second.written());
        assertEquals(first.written(), second.unchanged());
    }

    @Test
    void aFailingBuildLeavesThePreviousSiteIntact() throws IOException {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        Map<String, byte[]> before = FixtureSite.snapshot(out);
        Path templates = tmp.resolve("templates");
        FixtureSite.copyTree(FixtureSite.TEMPLATES, templates);
        Files.writeString(templates.resolve("article.ftlh"), "<#import \"layout.ftlh\" as layout>"
                + "<@layout.frame>${a.noSuchField}</@layout.frame>");
        Templates.TemplateLoadException e = assertThrows(Templates.TemplateLoadException.class,
                () -> FixtureSite.build(FixtureSite.CONTENT, templates, out));
        assertTrue(e.getMessage().contains("article.ftlh:1"), e.getMessage());
        Map<String, byte[]> after = FixtureSite.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("site", "templates"), s.map(p -> p.getFileName().toString())
                            .filter(n -> !n.equals(OutputDir.CACHE)).sorted().toList(),
                    "no staging directory left behind (the build cache aside)");
        }
    }

    @Test
    void aTemplateThatDoesNotParseIsReportedWithFileAndLine() throws IOException {
        Path templates = tmp.resolve("templates");
        FixtureSite.copyTree(FixtureSite.TEMPLATES, templates);
        Files.writeString(templates.resolve("about.ftlh"), "<p>\n<#if>\n");
        Templates.TemplateLoadException e = assertThrows(Templates.TemplateLoadException.class,
                () -> FixtureSite.build(FixtureSite.CONTENT, templates, tmp.resolve("site")));
        assertTrue(e.getMessage().contains("about.ftlh:2"), e.getMessage());
    }

    @Test
    void refusesToReplaceANonEmptyFolderItDidNotWrite() throws IOException {
        Path out = tmp.resolve("documents");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.txt"), "precious");
        OutputDir.ForeignDirectoryException e = assertThrows(OutputDir.ForeignDirectoryException.class,
                () -> FixtureSite.build(out));
        assertTrue(e.getMessage().contains(OutputDir.MARKER));
        assertEquals(List.of("thesis.txt"), Files.list(out).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void writesIntoAnEmptyFolderAndMarksIt() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        FixtureSite.build(out);
        assertTrue(Files.isRegularFile(out.resolve(OutputDir.MARKER)));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }
}
