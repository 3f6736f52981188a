package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Any text given as an article file is read into an article or refused with a {@link ContentException} naming the
 * file and line, never another exception or an error; and an article read is written back in a form that reads as the
 * same article. Regression inputs are under
 * {@code src/test/resources/org/swbulletin/content/FrontMatterFuzzTestInputs/}; see the README for a fuzzing run.
 */
class FrontMatterFuzzTest {
    private static final Path FILE = Path.of("000_r1/fuzz.md");

    @FuzzTest(maxDuration = "60s")
    void anyFileIsAnArticleOrAFileLineErrorAndWritesBackTheSame(FuzzedDataProvider data) {
        String text = data.consumeBoolean()
                ? "---\n" + data.consumeString(2000) + "\n---\n\n" + data.consumeRemainingAsString()
                : data.consumeRemainingAsString();
        Article read;
        try {
            read = FrontMatter.parse(text, FILE);
        } catch (ContentException e) {
            return;
        }
        Article again = FrontMatter.parse(FrontMatter.write(read), FILE);
        assertEquals(read, again, "written back as:\n" + FrontMatter.write(read));
    }
}
