package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Any bytes given as a report are either parsed into at least one article or refused with a {@link
 * ReportFormatException} naming the file: never another exception, an error or a hang. Regression inputs are under
 * {@code src/test/resources/org/swbulletin/ingest/ReportParserFuzzTestInputs/}; see the README for a fuzzing run.
 */
class ReportParserFuzzTest {
    private static final Path FILE = Path.of("fuzz.txt");

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreAReportOrAFileLineError(byte[] bytes) {
        try {
            ReportDecoder.decode(FILE, bytes);
        } catch (ReportFormatException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
        try {
            ParsedReport report = ReportParser.parse(FILE, bytes);
            assertFalse(report.articles().isEmpty());
            for (ParsedArticle a : report.articles()) {
                assertFalse(a.title().isBlank(), "an article without a title");
            }
        } catch (ReportFormatException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }
}
