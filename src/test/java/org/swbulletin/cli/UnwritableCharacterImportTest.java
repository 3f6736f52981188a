package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report holding characters YAML cannot hold imports into files that check and build can read. */
class UnwritableCharacterImportTest {
    private static final Path FIXTURE = Path.of("src/test/resources/ingest/noncharacters-in-title-and-source.txt");

    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void aReportWithNoncharactersInItsTitleAndSourceImportsIntoFilesThatPassCheck() {
        Path content = tmp.resolve("content");
        assertEquals(0, run("import", "--seeds", FIXTURE.toString(), "--content", content.toString()), out + err);
        assertTrue((out + err).contains("U+FFFE"), out + err);
        assertTrue((out + err).contains("U+FFFF"), out + err);
        assertEquals(0, run("check", "--content", content.toString()), out + err);
    }
}
