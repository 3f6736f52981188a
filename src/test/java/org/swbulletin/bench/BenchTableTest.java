package org.swbulletin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {
    private static ProcessMeter.Measurement m(long millis, long rssKb) {
        return new ProcessMeter.Measurement(0, Duration.ofMillis(millis), rssKb);
    }

    @Test
    void formatsOneRowPerSizeWithRatesAndIncrementalShares() {
        String table = BenchTable.format(List.of(
                new BenchTable.Row(1000, 4800, m(2400, 600 * 1024), m(2000, 1), m(240, 1), m(120, 1)),
                new BenchTable.Row(10000, 45000, m(12500, 1400 * 1024), m(10000, 1), m(500, 1), m(375, 1))));
        assertEquals(""
                + "| articles |  pages | full build | peak RSS | pages/s | +1 report, first rebuild | +1 report, later "
                + "| 1 article edited |\n"
                + "|----------|--------|------------|----------|---------|--------------------------|------------------"
                + "|------------------|\n"
                + "| 1,000    |  4,800 |     2.40 s |   600 MB |   2,000 |            2.00 s (83 %) |    0.24 s (10 %) "
                + "|     0.12 s (5 %) |\n"
                + "| 10,000   | 45,000 |    12.50 s | 1,400 MB |   3,600 |           10.00 s (80 %) |     0.50 s (4 %) "
                + "|     0.38 s (3 %) |\n",
                table);
    }

    @Test
    void statesImportThroughputInMegabytesPerSecond() {
        assertEquals("import: 10.0 MB of raw reports (1,000 reports) in 1.60 s = 6.3 MB/s, peak RSS 300 MB",
                BenchTable.importLine(0, 10_000_000, 1000, m(1600, 300 * 1024)));
        assertEquals("import at 10,000 articles: 30.0 MB of raw reports (1,666 reports) in 4.00 s = 7.5 MB/s, "
                + "peak RSS 700 MB", BenchTable.importLine(10_000, 30_000_000, 1666, m(4000, 700 * 1024)));
    }
}
