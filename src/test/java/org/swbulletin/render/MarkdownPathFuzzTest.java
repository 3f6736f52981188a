package org.swbulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.swbulletin.content.Article;
import org.swbulletin.content.BodyNesting;
import org.swbulletin.content.ContentException;
import org.swbulletin.content.ContentLoader;
import org.swbulletin.content.Fixtures;
import org.swbulletin.content.FrontMatter;
import org.swbulletin.content.LoadedContent;
import org.swbulletin.content.Publication;

/**
 * Any article body renders to HTML, reads back from its file, and a content folder holding it loads with findings,
 * never an exception or an error (a stack overflow on deep nesting, say). Regression inputs are under
 * {@code src/test/resources/org/swbulletin/render/MarkdownPathFuzzTestInputs/}; see the README for a fuzzing run.
 *
 * <p>Loading a content folder reads files and data: every input goes through it in a test run, one in
 * {@link #LOAD_EVERY} while fuzzing, so the fuzzer spends its time on the body's parsers.
 */
class MarkdownPathFuzzTest {
    private static final int LOAD_EVERY = 100;
    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final ContentLoader LOADER = new ContentLoader(Fixtures.gazetteer());
    private static final Publication TODAY = new Publication(java.time.LocalDate.of(2025, 1, 1), false);
    private static final Path FILE = Path.of("000_r1/fuzz-body.md");
    private static final String FRONT = "---\nid: fuzz-body\nlang: zh\ntitle: 测试\nreport: 000_r1\norder: 3\n"
            + "provinces: []\nthemes: [talent-development]\n---\n\n";
    private static Path content;
    private static long inputs;

    @FuzzTest(maxDuration = "60s")
    void anyBodyRendersReadsBackAndLoads(FuzzedDataProvider data) throws IOException {
        String body = data.consumeRemainingAsString();
        assertNotNull(RENDERER.render(body).html());
        String file = FRONT + body;
        Article article;
        try {
            article = FrontMatter.parse(file, FILE);
        } catch (ContentException e) {
            return; // a body cannot break the front matter above it, but the file's text may still be refused
        }
        BodyNesting.deepest(article.body());
        assertEquals(article, FrontMatter.parse(FrontMatter.write(article), FILE));
        if (!FUZZING || inputs++ % LOAD_EVERY == 0) {
            Files.writeString(contentFolder().resolve(FILE), file, StandardCharsets.UTF_8);
            LoadedContent loaded = LOADER.load(contentFolder(), TODAY);
            assertNotNull(loaded.diagnostics());
        }
    }

    private static Path contentFolder() throws IOException {
        if (content == null) {
            Path dir = Files.createTempDirectory("markdown-fuzz");
            dir.toFile().deleteOnExit();
            content = Fixtures.validContent(dir);
            // Only the fuzzed article: the fixture's two would be read again for every input.
            try (Stream<Path> articles = Files.list(content.resolve("000_r1"))) {
                for (Path a : articles.toList()) {
                    Files.delete(a);
                }
            }
        }
        return content;
    }
}
