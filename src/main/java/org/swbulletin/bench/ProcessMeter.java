package org.swbulletin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a child process and measures what the benchmark reports: wall time (process start included) and peak resident
 * memory of the largest process (the child or one it started), through GNU {@code /usr/bin/time -v} when the machine
 * has it, else by polling {@code /proc/<pid>/status}.
 */
final class ProcessMeter {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern VM_HWM = Pattern.compile("(?m)^VmHWM:\\s*(\\d+)\\s*kB");
    private static final Pattern MAX_RSS = Pattern.compile("(?m)Maximum resident set size \\(kbytes\\):\\s*(\\d+)");

    /**
     * One measured run.
     *
     * @param exit      the child's exit code
     * @param wall      from start to exit
     * @param peakRssKb peak resident set size in KiB, 0 when it could not be measured
     */
    record Measurement(int exit, Duration wall, long peakRssKb) {
        double seconds() {
            return wall.toNanos() / 1e9;
        }
    }

    private ProcessMeter() {}

    /**
     * Runs a command to its end.
     *
     * @param command the command line
     * @param log     where the child's output goes (appended)
     */
    static Measurement run(List<String> command, Path log) throws IOException, InterruptedException {
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        Path timeOut = gnuTime ? Files.createTempFile("bench-time", ".txt") : null;
        try {
            List<String> full = new ArrayList<>();
            if (gnuTime) {
                full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeOut.toString()));
            }
            full.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            long start = System.nanoTime();
            Process p = pb.start();
            long peak = 0;
            while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!gnuTime) {
                    // The JVM a command runs in may be a child of the one started (ShortRunJvm): the largest counts.
                    List<ProcessHandle> tree = new ArrayList<>(List.of(p.toHandle()));
                    p.descendants().forEach(tree::add);
                    for (ProcessHandle h : tree) {
                        try {
                            Path status = Path.of("/proc", String.valueOf(h.pid()), "status");
                            peak = Math.max(peak, vmHwmKb(Files.readString(status)).orElse(0));
                        } catch (IOException e) {
                            // The process ended between the listing and the read.
                        }
                    }
                }
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            if (gnuTime) {
                peak = maxRssKb(Files.readString(timeOut, StandardCharsets.UTF_8)).orElse(0);
            }
            return new Measurement(p.exitValue(), wall, peak);
        } finally {
            if (timeOut != null) {
                Files.deleteIfExists(timeOut);
            }
        }
    }

    /** The peak resident set ({@code VmHWM}) of a {@code /proc/<pid>/status} text, in KiB. */
    static OptionalLong vmHwmKb(String status) {
        Matcher m = VM_HWM.matcher(status);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** The maximum resident set size of a GNU {@code time -v} report, in KiB. */
    static OptionalLong maxRssKb(String timeReport) {
        Matcher m = MAX_RSS.matcher(timeReport);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
