package org.swbulletin.site.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.render.MarkdownRenderer;
import org.swbulletin.site.FixtureSite;

class SearchPatchTest {
    @TempDir
    Path tmp;

    @Test
    void aNewBodyPatchedIntoTheIndexGivesTheBytesOfAFullBuild() throws IOException {
        Path content = tmp.resolve("content");
        FixtureSite.copyTree(FixtureSite.CONTENT, content);
        Path before = tmp.resolve("before");
        FixtureSite.build(content, FixtureSite.TEMPLATES, before);
        Path article = content.resolve("001_fixture/kunming-anti-drug.md");
        String text = Files.readString(article);
        String body = text.substring(text.indexOf("\n---\n", 4) + 5)
                .replace("禁毒社会工作是社会工作的重要组成部分", "社区戒毒社工站督导是新增的内容")
                + "\nA paragraph of new English words about stations.\n";
        Files.writeString(article, text.substring(0, text.indexOf("\n---\n", 4) + 5) + body);
        Path after = tmp.resolve("after");
        FixtureSite.build(content, FixtureSite.TEMPLATES, after);

        SortedMap<String, byte[]> pending = new TreeMap<>();
        String html = new MarkdownRenderer().render(body).html();
        assertTrue(SearchPatch.body(before.resolve("search/index"), "kunming-anti-drug", html, pending));
        assertFalse(pending.isEmpty());
        Map<String, byte[]> expected = FixtureSite.snapshot(after.resolve("search/index"));
        Map<String, byte[]> old = FixtureSite.snapshot(before.resolve("search/index"));
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            byte[] patched = pending.getOrDefault(e.getKey(), old.get(e.getKey()));
            assertArrayEquals(e.getValue(), patched, e.getKey());
        }
        assertFalse(SearchPatch.body(before.resolve("search/index"), "no-such-article", html, pending));
    }
}
