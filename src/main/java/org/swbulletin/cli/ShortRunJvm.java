package org.swbulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a batch command ({@code build}, {@code import}, …) in a child JVM started with options for a run of seconds,
 * when whoever started this JVM gave it no options of their own.
 *
 * <p>A build of a thousand articles lasts about three seconds, and on a machine with two cores the JIT's optimising
 * compiler (C2) took half of that CPU, for code that then ran for a second or two; the G1 collector's threads and
 * barriers cost more than its pauses save in so short a run. The client compiler alone and the serial collector made
 * such a build 1.5 times faster and halved the peak memory of a 10,000-article build, at the same speed. A jar cannot
 * choose its JVM's options, so {@code java -jar bulletin.jar build} starts a second JVM with them (about 0.1 s) and
 * passes on its output and exit code. {@code serve} stays in the JVM it was started in: it rebuilds for hours, which
 * is what C2 is for.
 */
public final class ShortRunJvm {
    /** The child JVM's options. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Commands that run once and end, within seconds to a minute. */
    private static final Set<String> COMMANDS = Set.of("import", "build", "check", "retag", "translate");

    /** Environment variables through which a user gives the JVM options. */
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "_JAVA_OPTIONS");

    /** The system property through which a child JVM knows its parent's process id. */
    static final String PARENT = "bulletin.parent-pid";

    /** The exit code of a child JVM whose parent was killed: that of a process ended by SIGTERM. */
    private static final int KILLED = 143;

    /** Launcher options that choose what to run, not how the JVM runs it. */
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");

    private ShortRunJvm() {}

    /**
     * Runs the command in a child JVM, when it should.
     *
     * @return the child's exit code, or empty when the command is to run in this JVM
     */
    static OptionalInt relaunch(String[] args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        // Only a JVM started by the java launcher has JVM options in its arguments (a native launcher has none).
        boolean launcher = self.command().map(c -> Path.of(c).getFileName().toString())
                .filter(name -> name.equals("java") || name.equals("java.exe")).isPresent();
        List<String> child = launcher ? command(java(), self.arguments().map(List::of).orElse(null),
                System.getenv(), System.getProperty("java.class.path"), ProcessHandle.current().pid(), args) : null;
        if (child == null) {
            return OptionalInt.empty();
        }
        Process p;
        try {
            p = new ProcessBuilder(child).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // Stopped by a signal (Ctrl-C reaches both; a CI timeout only this one), this JVM stops the child and waits
        // for it, so that no build goes on writing after the command has ended.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(p), "stop-child-jvm"));
        while (true) {
            try {
                return OptionalInt.of(p.waitFor());
            } catch (InterruptedException e) {
                // Only a signal ends this wait; the shutdown hook handles that.
            }
        }
    }

    /** This JVM's own {@code java} executable, for starting another like it. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
        }
    }

    /**
     * In a child JVM, ends it when the JVM that started it ends without stopping it (killed outright), so that an
     * abandoned build does not go on writing the site a retry is writing.
     */
    static void followParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    h -> h.onExit().thenRun(() -> Runtime.getRuntime().halt(KILLED)),
                    () -> Runtime.getRuntime().halt(KILLED));
        } catch (NumberFormatException e) {
            // Not set by relaunch: nothing to follow.
        }
    }

    /**
     * The child JVM's command line, or null when the command runs in this JVM: it is not a batch command, the JVM's
     * path or arguments are unknown, or the user gave the JVM options (on its command line or in the environment).
     *
     * @param java      this JVM's executable
     * @param jvmArgs   this JVM's command-line arguments, without the executable
     * @param env       the environment
     * @param classPath this JVM's class path
     * @param parent    this JVM's process id, which the child follows
     * @param args      the command's arguments
     */
    static List<String> command(String java, List<String> jvmArgs, Map<String, String> env, String classPath,
                                long parent, String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || java == null || jvmArgs == null || classPath == null
                || classPath.isEmpty() || userOptions(jvmArgs)) {
            return null;
        }
        for (String variable : OPTION_VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return null;
            }
        }
        List<String> c = new ArrayList<>();
        c.add(java);
        c.addAll(OPTIONS);
        c.add("-D" + PARENT + "=" + parent);
        c.addAll(List.of("-cp", classPath, Main.class.getName()));
        c.addAll(List.of(args));
        return c;
    }

    // Anything before the jar or the main class but the class path is an option the user chose (the child's own
    // options included, so a child never starts another); so is an @argfile, which holds options.
    private static boolean userOptions(List<String> jvmArgs) {
        for (int i = 0; i < jvmArgs.size(); i++) {
            String a = jvmArgs.get(i);
            if (a.startsWith("@")) {
                return true;
            }
            if (a.equals("-jar") || !a.startsWith("-")) {
                return false;
            }
            if (CLASS_PATH_OPTIONS.contains(a)) {
                i++;
            } else {
                return true;
            }
        }
        return false;
    }
}
