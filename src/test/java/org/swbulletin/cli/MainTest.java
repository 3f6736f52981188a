package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.swbulletin.content.Fixtures;
import picocli.CommandLine;

class MainTest {
    @Test
    void aCommandRegisteredAloneHasTheSameUsageAsAmongAllCommands() {
        CommandLine all = Main.commandLine(Fixtures::gazetteer);
        assertEquals(Main.COMMANDS, all.getSubcommands().keySet().stream().toList(), "usage lists them in this order");
        for (String name : Main.COMMANDS) {
            CommandLine alone = Main.commandLine(Fixtures::gazetteer, name);
            assertEquals(java.util.List.of(name), alone.getSubcommands().keySet().stream().toList());
            assertEquals(all.getSubcommands().get(name).getUsageMessage(),
                    alone.getSubcommands().get(name).getUsageMessage(), name);
        }
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSuggestsAKnownOne() {
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, Main.run(new String[] {"biuld"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true)));
        assertTrue(err.toString().contains("bulletin build"), err.toString());
    }
}
