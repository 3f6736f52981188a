package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
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
}
