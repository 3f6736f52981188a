package org.swbulletin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMeterTest {
    @TempDir
    Path tmp;

    @Test
    void readsPeakRssFromProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmSize:\t 8000000 kB\nVmHWM:\t  612345 kB\nVmRSS:\t  500000 kB\n";
        assertEquals(OptionalLong.of(612345), ProcessMeter.vmHwmKb(status));
        assertEquals(OptionalLong.empty(), ProcessMeter.vmHwmKb("Name:\tzombie\nState:\tZ (zombie)\n"));
    }

    @Test
    void readsPeakRssFromGnuTime() {
        String report = "\tCommand being timed: \"java -jar target/bulletin.jar build\"\n"
                + "\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:02.41\n"
                + "\tMaximum resident set size (kbytes): 734112\n\tExit status: 0\n";
        assertEquals(OptionalLong.of(734112), ProcessMeter.maxRssKb(report));
        assertEquals(OptionalLong.empty(), ProcessMeter.maxRssKb("Command exited with non-zero status 1\n"));
    }

    @Test
    void measuresARealChildsExitWallTimeAndMemory() throws Exception {
        Path log = tmp.resolve("log");
        ProcessMeter.Measurement m = ProcessMeter.run(List.of("sh", "-c", "echo hello; sleep 0.3; exit 3"), log);
        assertEquals(3, m.exit());
        assertTrue(m.wall().compareTo(Duration.ofMillis(250)) > 0, m.wall().toString());
        assertTrue(m.peakRssKb() > 0, "peak RSS " + m.peakRssKb());
        assertTrue(Files.readString(log).contains("hello"));
    }
}
