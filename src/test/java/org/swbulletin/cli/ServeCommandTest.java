package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path tmp;

    private int run(ServeCommand.SiteBuild build, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new ServeCommand(build));
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void stopsWhenTheFirstBuildFailsAndThereIsNoSiteToServe() {
        StringWriter err = new StringWriter();
        int exit = run((dirs, changed) -> {
            throw new IllegalStateException("content/a.md:2: front matter lacks 'title'");
        }, err, "--out", tmp.resolve("site").toString(), "--port", "0");
        assertEquals(1, exit);
        assertTrue(err.toString().contains("no previous site to serve: content/a.md:2: front matter lacks 'title'"),
                err.toString());
    }

    @Test
    void refusesAPortInUse() throws Exception {
        Files.createDirectories(tmp.resolve("site"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int exit = run((dirs, changed) -> { }, err, "--out", tmp.resolve("site").toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertEquals(1, exit);
            assertTrue(err.toString().contains("is in use"), err.toString());
        }
    }

    @Test
    void buildsWithTheCommandsDirectories() throws IOException {
        Path c = Files.createDirectories(tmp.resolve("c"));
        Path t = Files.createDirectories(tmp.resolve("t"));
        Path s = Files.createDirectories(tmp.resolve("s"));
        List<ServeCommand.Dirs> seen = new ArrayList<>();
        run((dirs, changed) -> {
            seen.add(dirs);
            throw new IllegalStateException("stop here");
        }, new StringWriter(), "--content", c.toString(), "--templates", t.toString(), "--seeds", s.toString(), "--out",
                tmp.resolve("none").toString());
        assertEquals(List.of(new ServeCommand.Dirs(c, t, s, tmp.resolve("none"))),
                seen);
    }
}
