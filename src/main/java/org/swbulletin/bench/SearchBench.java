package org.swbulletin.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.swbulletin.site.SiteBuilder;
import org.swbulletin.site.search.SearchIndexReader;

/**
 * The search part of the benchmark: how long the full build spent on the index, how large each language's index is,
 * and how many bytes a reader's browser fetches for a first query (the script included) and for a later one, for a
 * fixed list of queries, counted by {@link SearchIndexReader}, which reads what {@code search.js} fetches.
 */
final class SearchBench {
    /** The queries measured: the issue's, a common pair, pinyin and English. */
    static final List<String> QUERIES = List.of("社工站", "社会工作", "五社联动", "工站", "站", "禁毒", "督导", "社区戒毒",
            "Gansu", "shegongzhan", "social work");
    private static final Pattern PHASE = Pattern.compile("(?m)^\\s+" + Pattern.quote(SiteBuilder.SEARCH_PHASE)
            + "\\s+([\\d,]+) ms$");

    private SearchBench() {}

    /** The time the last build in a verbose log spent on the search index, in ms; -1 when the log has none. */
    static long indexMillis(Path log) throws IOException {
        Matcher m = PHASE.matcher(Files.readString(log));
        long ms = -1;
        while (m.find()) {
            ms = Long.parseLong(m.group(1).replace(",", ""));
        }
        return ms;
    }

    /** Prints the index's build time, size and fetched bytes for the site of a full build. */
    static void print(PrintWriter out, int articles, Path site, double fullSeconds, long indexMillis) {
        out.printf(Locale.ROOT, "search at %,d articles: index built in %,d ms = %.1f %% of the full build%n", articles,
                indexMillis, indexMillis / 10.0 / fullSeconds);
        long script = size(site.resolve("assets/search.js"));
        for (String lang : List.of("zh", "en")) {
            Path dir = site.resolve(lang.equals("zh") ? "search/index" : "en/search/index");
            long[] total = folder(dir);
            out.printf(Locale.ROOT, "  %s index: %,d files, %.1f MB (%,d shards of %.1f KB on average; the filters, "
                            + "fetched when opened, %.1f KB)%n", lang, total[0], total[1] / 1e6, count(dir.resolve("s")),
                    folder(dir.resolve("s"))[1] / 1024.0 / Math.max(1, count(dir.resolve("s"))),
                    folder(dir.resolve("f"))[1] / 1024.0);
            out.printf(Locale.ROOT, "  %-14s %8s %8s %10s %10s%n", "query (" + lang + ")", "results", "exact",
                    "first KB", "later KB");
            String previous = QUERIES.get(QUERIES.size() - 1);
            for (String q : QUERIES) {
                SearchIndexReader first = new SearchIndexReader(dir);
                SearchIndexReader.Result r = first.candidates(q, Map.of());
                first.showFirstPage(r);
                SearchIndexReader later = new SearchIndexReader(dir);
                later.showFirstPage(later.candidates(previous, Map.of()));
                long before = later.bytesFetched();
                later.showFirstPage(later.candidates(q, Map.of()));
                out.printf(Locale.ROOT, "  %-14s %,8d %8s %10.1f %10.1f%n", q, r.docs().size(), r.exact() ? "yes" : "no",
                        (first.bytesFetched() + script) / 1024.0, (later.bytesFetched() - before) / 1024.0);
                previous = q;
            }
        }
        out.flush();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files and bytes under a folder. */
    private static long[] folder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            long[] t = new long[2];
            s.filter(Files::isRegularFile).forEach(p -> {
                t[0]++;
                t[1] += size(p);
            });
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
