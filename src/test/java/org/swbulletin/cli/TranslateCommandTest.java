package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.Article;
import org.swbulletin.content.Fingerprint;
import org.swbulletin.content.Fixtures;
import org.swbulletin.content.FrontMatter;

class TranslateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheEnglishDraftBesideTheArticle() throws IOException {
        Path content = Fixtures.validContent(tmp);
        CommandRun run = CommandRun.of("translate", "wuwei-stations", "--content", content.toString());
        assertEquals(0, run.exit(), run.err());
        Path en = content.resolve("000_r1/wuwei-stations.en.md");
        assertTrue(run.out().startsWith("wrote " + en), run.out());
        Article draft = FrontMatter.parse(Files.readString(en), en);
        Article zh = FrontMatter.parse(Files.readString(content.resolve("000_r1/wuwei-stations.md")), en);
        assertEquals("en", draft.lang());
        assertEquals("wuwei-stations", draft.id());
        assertEquals("Wuwei, Gansu: Social work stations and volunteering", draft.title());
        assertEquals(Fingerprint.of(zh), draft.sourceFingerprint());
        assertTrue(draft.body().contains("- 社工站: social work stations"), draft.body());
    }

    @Test
    void aFreshDraftIsHeldFromPublishingUntilTranslated() throws IOException {
        Path content = Fixtures.validContent(tmp);
        assertEquals(0, CommandRun.of("translate", "kunshan-schools", "--content", content.toString()).exit());
        CommandRun check = CommandRun.of("check", "--content", content.toString());
        assertEquals(0, check.exit());
        assertTrue(check.out().contains("unfinished translation draft, not published"), check.out());
        assertTrue(check.out().contains("1 not published yet"), check.out());

        Path en = content.resolve("000_r1/kunshan-schools.en.md");
        String text = Files.readString(en);
        Files.writeString(en, text.substring(0, text.indexOf("\n---\n") + 5) + "\nKunshan held a meeting on school "
                + "social work.\n");
        CommandRun after = CommandRun.of("check", "--content", content.toString());
        assertEquals(0, after.exit(), after.out());
        assertTrue(after.out().contains("1 translation: 0 errors, 0 warnings"), after.out());
        assertTrue(after.out().contains("0 not published yet"), after.out());
    }

    @Test
    void refusesToOverwriteATranslationWithoutForce() throws IOException {
        Path content = Fixtures.validContent(tmp);
        Path en = content.resolve("000_r1/wuwei-stations.en.md");
        Files.writeString(en, "---\nid: wuwei-stations\nlang: en\ntitle: Done\n---\n\nA finished translation.\n");
        CommandRun run = CommandRun.of("translate", "wuwei-stations", "--content", content.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("use --force"), run.err());
        assertTrue(Files.readString(en).contains("A finished translation."));

        assertEquals(0, CommandRun.of("translate", "wuwei-stations", "--force", "--content", content.toString()).exit());
        assertTrue(Files.readString(en).contains("source_fingerprint:"));
    }

    @Test
    void reportsAnUnknownId() {
        Path content = Fixtures.validContent(tmp);
        CommandRun run = CommandRun.of("translate", "no-such-article", "--content", content.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no article with id 'no-such-article'"), run.err());
    }

    @Test
    void needsAnId() {
        assertEquals(2, CommandRun.of("translate").exit());
    }
}
