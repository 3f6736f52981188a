package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortRunJvmTest {
    private static final String JAVA = "/opt/jdk/bin/java";
    private static final List<String> JAR = List.of("-jar", "target/bulletin.jar");

    @TempDir
    Path tmp;

    private static List<String> child(List<String> jvmArgs, Map<String, String> env, String... args) {
        return ShortRunJvm.command(JAVA, jvmArgs, env, "target/bulletin.jar", 42, args);
    }

    @Test
    void runsABuildInAChildJvmWithTheShortRunOptions() {
        assertEquals(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dbulletin.parent-pid=42", "-cp",
                "target/bulletin.jar", "org.swbulletin.cli.Main", "build", "--quiet"),
                child(JAR, Map.of(), "build", "--quiet"));
    }

    @Test
    void relaunchesEveryBatchCommandAlsoWhenStartedWithAClassPath() {
        List<String> classPath = List.of("-cp", "target/bulletin.jar", "org.swbulletin.cli.Main");
        for (String command : List.of("import", "build", "check", "retag", "translate")) {
            assertEquals(command, child(classPath, Map.of(), command).get(7), command);
        }
    }

    @Test
    void keepsServeBenchAndHelpInThisJvm() {
        assertNull(child(JAR, Map.of(), "serve"));
        assertNull(child(JAR, Map.of(), "bench"));
        assertNull(child(JAR, Map.of(), "help"));
        assertNull(child(JAR, Map.of(), "--version"));
        assertNull(child(JAR, Map.of()));
    }

    @Test
    void leavesAJvmItsUserGaveOptionsAlone() {
        assertNull(child(List.of("-Xmx2g", "-jar", "target/bulletin.jar"), Map.of(), "build"));
        assertNull(child(List.of("-XX:+UseG1GC", "-cp", "b.jar", "org.swbulletin.cli.Main"), Map.of(), "build"));
        assertNull(child(List.of("@jvm-options", "-jar", "target/bulletin.jar"), Map.of(), "build"));
        assertNull(child(JAR, Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), "build"));
        assertNull(child(JAR, Map.of("JDK_JAVA_OPTIONS", "-XX:+UseParallelGC"), "build"));
        assertEquals(JAVA, child(JAR, Map.of("JAVA_TOOL_OPTIONS", " "), "build").get(0));
    }

    @Test
    void aChildNeverStartsAnotherChild() {
        List<String> first = child(JAR, Map.of(), "build");
        assertNull(ShortRunJvm.command(JAVA, first.subList(1, first.size()), Map.of(), "target/bulletin.jar", 42,
                new String[] {"build"}));
    }

    @Test
    void staysInThisJvmWhenItCannotTellHowItWasStarted() {
        assertNull(ShortRunJvm.command(null, JAR, Map.of(), "b.jar", 42, new String[] {"build"}));
        assertNull(ShortRunJvm.command(JAVA, null, Map.of(), "b.jar", 42, new String[] {"build"}));
        assertNull(ShortRunJvm.command(JAVA, JAR, Map.of(), "", 42, new String[] {"build"}));
    }

    /** Runs the real entry point in a JVM of its own, as {@code java -cp … Main} (no options: it relaunches). */
    private static Run main(Path dir, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> c = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        c.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(c).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        int exit = pb.start().waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {}

    @Test
    void theChildsOutputAndExitCodeAreThoseOfTheCommand() throws IOException, InterruptedException {
        Run help = main(tmp, "build", "--help");
        assertEquals(Main.OK, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: bulletin build"), help.out());

        Run usage = main(tmp, "build", "--colour");
        assertEquals(Main.USAGE, usage.exit());
        assertTrue(usage.err().contains("Unknown option: '--colour'"), usage.err());

        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.copy(Path.of("src/test/resources/ingest/binary.bin"), seeds.resolve("broken.txt"));
        Run invalid = main(tmp, "import", "--seeds", seeds.toString(), "--content", tmp.resolve("content").toString());
        assertEquals(Main.INVALID_INPUT, invalid.exit(), invalid.out() + invalid.err());
        assertTrue(invalid.err().contains(seeds.resolve("broken.txt") + ":1: binary data"), invalid.err());
    }
}
