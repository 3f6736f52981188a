package org.swbulletin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.swbulletin.content.Fixtures;
import picocli.CommandLine;

/** One run of the command line against the small test gazetteer: exit code and what it printed. */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(Fixtures::gazetteer);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = Main.execute(cl, args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
