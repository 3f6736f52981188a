package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.swbulletin.content.ContentException;
import org.swbulletin.content.Fixtures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** 0 success, 1 invalid input, 2 usage, 3 a bug: each failure gets the code that tells a script what happened. */
class ExitCodesTest {

    /** A test-only command that fails as its supplier says. */
    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        private final Supplier<Throwable> failure;

        Fail(Supplier<Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            Throwable t = failure.get();
            if (t instanceof Exception e) {
                throw e;
            }
            throw (Error) t;
        }
    }

    private static CommandRun failWith(Supplier<Throwable> failure) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(Fixtures::gazetteer, "check");
        cl.addSubcommand("fail", new Fail(failure));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CommandRun(Main.execute(cl, new String[] {"fail"}), out.toString(), err.toString());
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithItsStackTraceAndAPleaToReportIt() {
        CommandRun run = failWith(() -> new IllegalStateException("the planner lost a page"));
        assertEquals(Main.INTERNAL, run.exit());
        assertTrue(run.err().startsWith("internal error: the planner lost a page"), run.err());
        assertTrue(run.err().contains("\tat "), "stack trace");
        assertTrue(run.err().strip().endsWith("this is a bug in bulletin: please report it with the command you ran "
                + "and the stack trace above"), run.err());
    }

    @Test
    void anErrorSuchAsAStackOverflowIsAnInternalErrorToo() {
        CommandRun run = failWith(StackOverflowError::new);
        assertEquals(Main.INTERNAL, run.exit());
        assertTrue(run.err().startsWith("internal error: java.lang.StackOverflowError"), run.err());
        assertTrue(run.err().contains("this is a bug in bulletin"), run.err());
    }

    @Test
    void invalidInputExitsWithOneAndNamesTheFileAndLineWithoutAStackTrace() {
        CommandRun run = failWith(() -> new ContentException(Path.of("content/a.md"), 3, "front matter lacks 'title'"));
        assertEquals(Main.INVALID_INPUT, run.exit());
        assertEquals("error: content/a.md:3: front matter lacks 'title'", run.err().strip());
    }

    @Test
    void aFileThatCannotBeWrittenIsTheEnvironmentNotABugAndSaysWhy() {
        CommandRun run = failWith(() -> new UncheckedIOException("cannot write site/index.html",
                new IOException("No space left on device")));
        assertEquals(Main.INVALID_INPUT, run.exit());
        assertEquals("error: cannot write site/index.html: No space left on device", run.err().strip());
        assertFalse(run.err().contains("bug"), run.err());
    }

    @Test
    void aBadOptionIsAUsageError() {
        assertEquals(Main.USAGE, CommandRun.of("check", "--no-such-option").exit());
    }
}
