package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For random strings in every text field of the schema (controls, noncharacters, lone surrogates, YAML's own
 * punctuation, Chinese),
 * the writer writes a file the reader reads back as the same article: it never writes a character the reader refuses.
 * {@code -Dbulletin.tries=100000} for a longer run; a failure names the seed.
 */
class FrontMatterWriterPropertyTest {
    private static final int TRIES = Integer.getInteger("bulletin.tries", 3000);
    private static final String ALPHABET = "ab 1:#-?,[]{}&*!|>'\"%@`\\\t\n\r\u0085\u2028\u2029\u00a0社工站万"
            + "\u0000\u0001\u001f\u007f\u0080\u009f\ufeff\ufffe\uffff\ufdd0\ud800\udc00\ud83d\ude00";

    private static String random(Random r) {
        int n = r.nextInt(12);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Test
    void anyStringsWrittenReadBackAsTheSameArticle() {
        long seed = Long.getLong("bulletin.seed", 17L);
        Random r = new Random(seed);
        Path file = Path.of("000_r1/x.md");
        for (int t = 0; t < TRIES; t++) {
            String title = random(r);
            Article a = Article.builder().id("x").lang("zh").title(title.isBlank() ? "题" + title : title)
                    .kicker(random(r)).reports(List.of("000_r1")).order(1).section(random(r)).source(random(r))
                    .captions(List.of(random(r), random(r)))
                    .body("正文" + random(r).replace('\r', ' ').replace('\u0085', ' ')).file(file).build();
            String text = FrontMatter.write(a);
            Article back;
            try {
                back = FrontMatter.parse(text, file);
            } catch (ContentException e) {
                throw new AssertionError("seed " + seed + ", try " + t + ": unreadable: " + e.getMessage() + "\n"
                        + text, e);
            }
            Article expected = a.toBuilder().bodyLine(back.bodyLine()).build();
            String want = FrontMatter.write(expected);
            String got = FrontMatter.write(back);
            if (!want.equals(got)) {
                String[] w = want.split("\n", -1);
                String[] g = got.split("\n", -1);
                for (int i = 0; i < Math.min(w.length, g.length); i++) {
                    if (!w[i].equals(g[i])) {
                        throw new AssertionError("seed " + seed + ", try " + t + ": line " + (i + 1) + " written "
                                + w[i].codePoints().mapToObj(Integer::toHexString).toList() + ", read back as "
                                + g[i].codePoints().mapToObj(Integer::toHexString).toList());
                    }
                }
                assertEquals(want, got, "seed " + seed + ", try " + t);
            }
        }
    }
}
