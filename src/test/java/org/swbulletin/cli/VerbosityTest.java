package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command with {@code --quiet} and {@code --verbose} refuses both at once as a usage error, before any work. */
class VerbosityTest {
    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "import"})
    void quietAndVerboseTogetherAreAUsageErrorInEveryCommand(String command) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {command, "--quiet", "--verbose", "--content", "/nonexistent/content"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(Main.USAGE, code, err.toString());
        assertTrue(err.toString().contains("--quiet and --verbose exclude each other"), err.toString());
    }
}
