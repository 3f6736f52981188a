package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.bench.SyntheticCorpus;
import org.swbulletin.enrich.Figure;
import org.swbulletin.enrich.ThemeTaxonomy;

class WrittenFrontMatterTest {
    @TempDir
    Path tmp;

    /** The text between the front matter's fences, as FrontMatter.parse cuts it. */
    private static String yamlOf(String file) {
        String t = file.replace("\r\n", "\n");
        return t.substring(4, t.indexOf("\n---\n", 3) + 1);
    }

    /** Asserts the reader gives SnakeYAML's map and key lines, or gives up; returns whether it read the text. */
    private static boolean readsAsSnakeYaml(String yaml) {
        Map<String, Integer> fastLines = new LinkedHashMap<>();
        Map<String, Object> fast = WrittenFrontMatter.read(yaml, fastLines);
        if (fast == null) {
            assertTrue(fastLines.isEmpty(), "no key lines when it gives up");
            return false;
        }
        Map<String, Integer> yamlLines = new LinkedHashMap<>();
        assertEquals(FrontMatter.yamlMap(yaml, Path.of("x.md"), yamlLines), fast, yaml);
        assertEquals(yamlLines, fastLines, yaml);
        return true;
    }

    @Test
    void readsEveryFrontMatterOfTheSeedsAndASyntheticArchiveAsSnakeYamlDoes() throws IOException {
        Path content = tmp.resolve("corpus");
        Path data = Fixtures.validContent(tmp.resolve("data"));
        new SyntheticCorpus(11, Fixtures.gazetteer(), ThemeTaxonomy.load(data).themes()).write(content, 1200);
        int files = 0;
        int read = 0;
        for (Path dir : List.of(Path.of("content"), content)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".md"))
                        .filter(p -> !dir.relativize(p).toString().startsWith("_")).toList()) {
                    files++;
                    if (readsAsSnakeYaml(yamlOf(Files.readString(f)))) {
                        read++;
                    }
                }
            }
        }
        assertTrue(files > 1200, "files: " + files);
        assertEquals(files, read, "every file the writer wrote is read without SnakeYAML");
    }

    @Test
    void readsAwkwardValuesTheWriterQuotesOrLeavesPlainAsSnakeYamlDoes() {
        List<String> awkward = List.of("true", "Yes", "on", "NULL", "~", "y", "0x1F", "1:20", "2023-01-01", "2023-1-1",
                "1e3", ".5", "-3", "+7", "012", "0", "3e5a", "1_000", "000_48b25d9ea022bb79", "2024-12", "１２",
                "“引号”", "a: b", "a:b", "#tag", "x #y", " lead", "trail ", "tab\there", "\"quote\"", "it's",
                "back\\slash", "line\nbreak", "cr\rx", "bell\u0007", "emoji 😀", "全角　空格", "[list]", "{map}",
                "a, b", "NaN", "Infinity", "- dash", "? q", "| bar", "> gt", "@at", "`tick", "%pct", "&amp", "*star",
                "!bang", "<<", "=", "über", "社工站", "who?me", "x" + "长".repeat(40));
        int read = 0;
        for (String v : awkward) {
            Article a = Article.builder().id("awkward").title(v).lang("zh").source(v).date("2023-01-01")
                    .kicker(v).section(v).reports(List.of("000_" + "ab", v.isBlank() ? "r" : "r2"))
                    .provinces(List.of(v, "北京")).themes(List.of(v)).captions(List.of(v, "图"))
                    .figures(List.of(new Figure(v, new BigDecimal("1.5"), v, v, v),
                            new Figure("人数", new BigDecimal("3000000000"), "人", null, v)))
                    .order(3).body("正文").build();
            if (readsAsSnakeYaml(yamlOf(FrontMatter.write(a)))) {
                read++;
            }
        }
        assertTrue(read > awkward.size() / 2, "read " + read + " of " + awkward.size());
    }

    @Test
    void leavesOtherLayoutsToSnakeYaml() {
        for (String yaml : List.of("id: a\n# a comment\n", "id: a\nextra: 1\n", "id: a\ntitle: x # note\n",
                "id: a\nfigures:\n- {label: a, value: 1}\n", "id: a\nfigures:\n  - {label: a, value: 1e3}\n",
                "id: a\nfigures:\n  - label: a\n    value: 1\n", "id: a\ndate: 2023-01-01\n", "id: a\ntitle: 'x'\n",
                "id: a\ntitle: \"\\u4e2d\"\n", "id: &x a\n", "id: a\ntitle:\n", "id: a\nid: b\n", "id: a\norder: 012\n",
                "id: a\ntitle: yes\n", "id: a\ntitle:\tx\n", "id: a\ntitle: x \n", "id: a\nthemes: [a,b]\n",
                "id: a\nthemes: [a, [b]]\n", "id: a\ncaptions:\n  - \n", "id: a\n\ntitle: x\n", "id: a",
                "id: a\ntitle: \"open\n", "  id: a\n", "id: a\ntitle: x\u2028y\n", "id: a\ntitle: -x\n",
                "id: a\nplaces: [who?me]\n", "id: a\ntitle: \"\\x\u0663\u0663\"\n")) {
            assertNull(WrittenFrontMatter.read(yaml, new LinkedHashMap<>()), yaml);
        }
    }

    @Test
    void givesErrorsTheirLinesThroughSnakeYamlAndArticlesTheSameValues() {
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> FrontMatter.parse("---\nid: a\ntitle: x\norder: many\n---\n\n正文\n", Path.of("a.md")));
        assertTrue(e.getMessage().contains("order"), e.getMessage());
        assertEquals(4, e.line());
        Article a = FrontMatter.parse("---\nid: a\ntitle: 标题\norder: 2\nprovinces: [北京, \"上海\"]\n---\n\n正文\n",
                Path.of("a.md"));
        assertEquals(List.of("北京", "上海"), a.provinces());
        assertEquals(2, a.order());
    }
}
