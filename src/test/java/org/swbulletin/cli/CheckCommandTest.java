package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.Fixtures;

class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void passesValidContentWithASummary() {
        Path content = Fixtures.validContent(tmp);
        CommandRun run = CommandRun.of("check", "--content", content.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("checked 2 articles and 0 translations: 0 errors, 0 warnings; 2 untranslated, 0 translations "
                + "possibly out of date, 0 not published yet\n", run.out().replace("\r\n", "\n"));
    }

    @Test
    void listsUntranslatedArticlesWhenVerbose() {
        Path content = Fixtures.validContent(tmp);
        CommandRun run = CommandRun.of("check", "--verbose", "--content", content.toString());
        assertTrue(run.out().contains("wuwei-stations.md: info: no English translation yet (bulletin translate "
                + "wuwei-stations)"), run.out());
    }

    @Test
    void verboseMeasuresHowMuchOfTheEnglishEditionIsEnglishAndListsLabelsTheGlossaryLacks() throws IOException {
        Path content = Fixtures.validContent(tmp);
        Path wuwei = content.resolve("000_r1/wuwei-stations.md");
        Files.writeString(wuwei, Files.readString(wuwei).replace("  - {label: 社工站,",
                "  - {label: 县级社工站, value: 3, unit: 个, text: 县级社工站3个}\n  - {label: 社工站,"));
        CommandRun quiet = CommandRun.of("check", "--content", content.toString());
        assertFalse(quiet.out().contains("English pages"), quiet.out());
        String before = CommandRun.of("check", "--verbose", "--content", content.toString()).out();
        assertTrue(before.contains("English pages: 0% of their article text is English"), before);
        assertTrue(before.contains("figure labels without a glossary term"), before);
        assertTrue(before.contains("  县级社工站: xianji social work stations\n")
                || before.contains("  县级社工站: xianji social work stations\r\n"), before);

        Files.writeString(content.resolve("000_r1/wuwei-stations.en.md"), "---\nid: wuwei-stations\nlang: en\n"
                + "title: Every town in Wuwei has a station\n---\n\nWuwei has built 98 social work stations, one in "
                + "every town, and staffed them with certified social workers.\n");
        String after = CommandRun.of("check", "--verbose", "--content", content.toString()).out();
        assertFalse(after.contains("English pages: 0%"), after);
    }

    @Test
    void failsWithFileLineErrorsAndPrintsWarnings() throws IOException {
        Path content = Fixtures.validContent(tmp);
        Files.writeString(content.resolve("000_r1/bad.md"),
                "---\nid: bad\ntitle: 坏\nreport: 000_r1\ndate: 2023-02-30\nmood: happy\n---\n\n正文。\n");
        CommandRun run = CommandRun.of("check", "--content", content.toString());
        assertEquals(1, run.exit());
        Path bad = content.resolve("000_r1/bad.md");
        assertTrue(run.out().contains(bad + ":5: error: date '2023-02-30' is not a day of the calendar"), run.out());
        assertTrue(run.out().contains(bad + ":6: warning: unknown key 'mood'"), run.out());
        assertTrue(run.out().contains("1 error, 1 warning"), run.out());
    }

    @Test
    void quietPrintsOnlyErrorsAndSummary() throws IOException {
        Path content = Fixtures.validContent(tmp);
        Files.writeString(content.resolve("000_r1/odd.md"), "---\nid: odd\ntitle: 怪\nreport: 000_r1\nmood: x\n---\n\n正文。\n");
        CommandRun run = CommandRun.of("check", "--quiet", "--content", content.toString());
        assertEquals(0, run.exit());
        assertFalse(run.out().contains("mood"), run.out());
        assertEquals(1, run.out().lines().count());
    }

    @Test
    void refusesAMissingContentDirectory() {
        CommandRun run = CommandRun.of("check", "--content", tmp.resolve("nope").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content folder '" + tmp.resolve("nope") + "' does not exist (--content)"),
                run.err());
        assertFalse(Files.exists(tmp.resolve("nope")));
    }
}
