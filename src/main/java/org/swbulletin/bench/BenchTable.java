package org.swbulletin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures as a small Markdown table, ready to paste into the README. */
final class BenchTable {

    /**
     * The figures of one corpus size.
     *
     * @param articles    Chinese articles in the corpus
     * @param pages       HTML pages the full build wrote
     * @param full        the full build
     * @param newReport   the rebuild after one new report of six articles, the first after the full build
     * @param nextReport  the rebuild after another new report, on a site whose pages are fingerprinted
     * @param editArticle the rebuild after one edited article
     */
    record Row(int articles, long pages, ProcessMeter.Measurement full, ProcessMeter.Measurement newReport,
               ProcessMeter.Measurement nextReport, ProcessMeter.Measurement editArticle) {}

    private static final List<String> HEADER = List.of("articles", "pages", "full build", "peak RSS", "pages/s",
            "+1 report, first rebuild", "+1 report, later", "1 article edited");

    private BenchTable() {}

    static String format(List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Row r : rows) {
            double s = r.full().seconds();
            cells.add(List.of(String.format(Locale.ROOT, "%,d", r.articles()), String.format(Locale.ROOT, "%,d", r.pages()),
                    String.format(Locale.ROOT, "%.2f s", s),
                    String.format(Locale.ROOT, "%,d MB", r.full().peakRssKb() / 1024),
                    String.format(Locale.ROOT, "%,.0f", s > 0 ? r.pages() / s : 0),
                    incremental(r.newReport(), s), incremental(r.nextReport(), s), incremental(r.editArticle(), s)));
        }
        int[] width = new int[HEADER.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < cells.size(); l++) {
            out.append('|');
            for (int i = 0; i < width.length; i++) {
                String c = cells.get(l).get(i);
                out.append(' ').append(i == 0 ? pad(c, width[i]) : padLeft(c, width[i])).append(" |");
            }
            out.append('\n');
            if (l == 0) {
                out.append('|');
                for (int w : width) {
                    out.append('-').append("-".repeat(w)).append("-|");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String incremental(ProcessMeter.Measurement m, double fullSeconds) {
        return String.format(Locale.ROOT, "%.2f s (%.0f %%)", m.seconds(),
                fullSeconds > 0 ? 100 * m.seconds() / fullSeconds : 0);
    }

    /**
     * The import line: bytes of raw reports over the wall time of the import process.
     *
     * @param articles the corpus size whose reports were imported, or 0 for a given volume
     */
    static String importLine(int articles, long bytes, int reports, ProcessMeter.Measurement m) {
        double mb = bytes / 1e6;
        String what = articles > 0 ? String.format(Locale.ROOT, "import at %,d articles", articles) : "import";
        return String.format(Locale.ROOT, "%s: %.1f MB of raw reports (%,d reports) in %.2f s = %.1f MB/s, peak RSS "
                + "%,d MB", what, mb, reports, m.seconds(), m.seconds() > 0 ? mb / m.seconds() : 0,
                m.peakRssKb() / 1024);
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }

    private static String padLeft(String s, int w) {
        return " ".repeat(w - s.length()) + s;
    }
}
