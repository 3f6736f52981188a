package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The golden phrasings of {@code enrich/figures/phrasings.tsv}: each line's text gives exactly the figures it lists. */
class FigurePhrasingsGoldenTest {
    private static final FigureExtractor EXTRACTOR = new FigureExtractor(
            List.of("社工站", "社工", "社会工作者", "社会组织", "社区社会组织", "个案服务", "小组活动", "参加人数",
                    "报考人数", "参考人数", "调研人数", "覆盖率", "在建社工站"),
            List.of("海宁市", "延吉市", "河南省", "市中区"));

    @Test
    void eachPhrasingGivesTheFiguresItsGoldenLineLists() throws IOException {
        List<String> failures = new ArrayList<>();
        int lines = 0;
        for (String line : golden()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            lines++;
            String[] cols = line.split("\t", -1);
            String got = EXTRACTOR.extract(ArticleFixtures.of("t", cols[0])).stream()
                    .map(f -> f.value().toPlainString() + " " + f.unit() + " " + f.kind() + " " + f.label())
                    .collect(Collectors.joining(" ; "));
            if (!got.equals(cols[1].strip())) {
                failures.add(cols[0] + "\n  expected: " + cols[1].strip() + "\n  got:      " + got);
            }
        }
        assertFalse(lines < 10, "the golden file lost its lines");
        assertEquals("", String.join("\n", failures));
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = FigurePhrasingsGoldenTest.class.getResourceAsStream("/enrich/figures/phrasings.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
