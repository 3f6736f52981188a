package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScriptDetectorTest {

    @Test
    void aTraditionalReportIsTraditional() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/ingest/traditional-two-articles.txt"));
        assertEquals(Script.TRADITIONAL, ScriptDetector.detect(text));
    }

    @Test
    void everySeedReportIsSimplified() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String text = ReportDecoder.decode(seed, Files.readAllBytes(seed)).text();
                assertEquals(Script.SIMPLIFIED, ScriptDetector.detect(text), seed.toString());
            }
        }
    }

    @Test
    void countsOnlyCharactersOneScriptWritesDifferently() {
        // 據 鄉 鎮 are Traditional only, 乡 镇 Simplified only; 社 工 站, 乾 (乾隆) and 据 (拮据) belong to both.
        assertEquals(new ScriptDetector.Counts(3, 0), ScriptDetector.count("據鄉鎮社工站乾隆"));
        assertEquals(new ScriptDetector.Counts(0, 2), ScriptDetector.count("据乡镇社工站乾隆"));
    }

    @Test
    void aSimplifiedTextQuotingAFewTraditionalNamesStaysSimplified() {
        String text = "本报讯 来自台湾的社工代表介绍了“臺灣社會工作”的经验，与会人员就乡镇社工站建设进行交流。";
        assertEquals(Script.SIMPLIFIED, ScriptDetector.detect(text));
    }

    @Test
    void aTextWithoutCharactersOfEitherScriptIsSimplified() {
        assertEquals(Script.SIMPLIFIED, ScriptDetector.detect("社工 2023 (Hong Kong)"));
    }
}
