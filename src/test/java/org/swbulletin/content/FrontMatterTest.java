package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void figuresKeepTheirKindAndFilesWrittenBeforeKindsReadWithTheUsualOne() {
        Article old = FrontMatter.parse("---\nid: a\ntitle: t\nfigures:\n  - {label: 社工站, value: 850, unit: 个, text: x}\n"
                + "  - {label: 资金, value: 2300000, unit: 元, text: y}\n  - {label: 覆盖率, value: 83, unit: \"%\", text: z}\n"
                + "---\n\nx\n", Path.of("a.md"));
        assertEquals(List.of("total", "money", "share"),
                old.figures().stream().map(org.swbulletin.enrich.Figure::kind).toList());
        var rise = new org.swbulletin.enrich.Figure("持证社工", new java.math.BigDecimal("64000"), "人", null, "增加6.4万人",
                "increase");
        var ratio = new org.swbulletin.enrich.Figure("持证社工", new java.math.BigDecimal("18.5"), "名/万人", null, "每万人",
                "ratio");
        Article a = Article.builder().id("a").title("t").figures(List.of(rise, ratio)).body("正文").build();
        String written = FrontMatter.write(a);
        org.junit.jupiter.api.Assertions.assertTrue(written.contains("kind: increase"), written);
        org.junit.jupiter.api.Assertions.assertFalse(written.contains("kind: ratio"), "a unit with / is a ratio: " + written);
        assertEquals(List.of(rise, ratio), FrontMatter.parse(written, Path.of("a.md")).figures());
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class, () -> FrontMatter.parse(
                "---\nid: a\ntitle: t\nfigures:\n  - {label: l, value: 1, kind: sum, text: x}\n---\n\nx\n", Path.of("a.md")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("kind 'sum'"), e.getMessage());
    }

    @Test
    void aDateIsReadAsTheTextTheEditorWroteNotRolledOverByYaml() {
        Article a = FrontMatter.parse("---\nid: a\ntitle: t\ndate: 2023-02-30\nnoted: 2024-05-01 10:30:00\n---\n\nx\n",
                java.nio.file.Path.of("a.md"));
        assertEquals("2023-02-30", a.date());
        assertEquals("2024-05-01 10:30:00", a.extra().get("noted"));
    }

    @Test
    void everyStringReadsBackAsWrittenEvenOnesYamlWouldTakeForNumbers() {
        for (String v : List.of("0x1F", "0b101", "0o17", "017", "1:20", "1_000", "true", "~", "2023-01-01", "1e3",
                "#tag", "a: b", "\"q\"", "back\\slash", "line\nbreak", "社工站", "000_48b25d9ea022bb79", "who?me",
                "问?答")) {
            Article a = Article.builder().id("a").title(v).source(v).provinces(List.of(v)).body("正文").build();
            Article back = FrontMatter.parse(FrontMatter.write(a), Path.of("a.md"));
            assertEquals(v, back.title(), v);
            assertEquals(v, back.source(), v);
            assertEquals(List.of(v), back.provinces(), v);
        }
    }

    @Test
    void randomMixesOfChineseYamlPunctuationAndLineBreaksYamlKnowsReadBackAsWritten() {
        String[] alphabet = {"社", "工", "站", "：", "，", "。", "《", "—", " ", ":", "#", ",", "[", "]", "{", "}", "\"",
                "'", "\\", "?", "-", "&", "*", "!", "|", ">", "%", "@", "`", "a", "y", "1", "0", ".", "\t", "\u3000",
                "\u0085", "\u2028", "\u2029", "\u0080", "\u009f", "\u007f", "\u00a0", "\ufeff"};
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder v = new StringBuilder();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                v.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = v.toString();
            if (s.isBlank()) continue;
            Article a = Article.builder().id("a").title("题").source(s).provinces(List.of(s)).body("正文").build();
            Article back = FrontMatter.parse(FrontMatter.write(a), Path.of("a.md"));
            assertEquals(s, back.source(), s);
            assertEquals(List.of(s), back.provinces(), s);
        }
    }
}
