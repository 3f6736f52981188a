package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A UI string missing from an editor's YAML is invalid input naming the file and the key, not an internal error. */
class MissingUiStringTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildWhoseTemplatesLackAUiStringExitsOneNamingTheFileAndTheKey() throws IOException {
        Path templates = tmp.resolve("templates");
        try (Stream<Path> walk = Files.walk(Path.of("templates"))) {
            for (Path p : walk.toList()) {
                Path to = templates.resolve(Path.of("templates").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path en = templates.resolve("i18n/en.yaml");
        String yaml = Files.readString(en);
        assertTrue(yaml.contains("\nnational: National\n"));
        Files.writeString(en, yaml.replace("\nnational: National\n", "\n"));

        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--quiet", "--templates", templates.toString(),
                "--out", tmp.resolve("site").toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(Main.INVALID_INPUT, code, err.toString());
        assertTrue(err.toString().contains(en + ":1: UI string 'national' missing"), err.toString());
        assertFalse(err.toString().contains("bug in bulletin"), err.toString());
    }
}
