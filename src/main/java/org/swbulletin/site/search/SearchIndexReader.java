package org.swbulletin.site.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.swbulletin.enrich.SearchTokens;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The query semantics of {@code search.js}, in Java, over a written index: what the tests check the index with and
 * what the benchmark counts fetched bytes with. It reads the files the browser would fetch, each once, and counts
 * their bytes.
 *
 * <p>A query is split into pieces ({@link SearchTokens#pieces}); each Han piece must hold every pair of its
 * characters (its character, when alone) and each word its stem or its pinyin reading. A document holding them all
 * is an exact match once its text holds each Han piece in order; when none does, the documents holding any of them
 * are the looser results, most pieces first. Results rank by the worst field a unit is found in (title, then lead,
 * then body), newer first on ties.
 */
public final class SearchIndexReader {
    /** Results a page shows at once, as {@code search.js} does. */
    public static final int PAGE = 10;

    private final Path dir;
    private final Map<String, byte[]> fetched = new HashMap<>();
    private long bytes;
    private Meta meta;
    private final Map<String, Facet> facets = new HashMap<>();

    /** A reader of the index in {@code dir} (a language's {@code search/index/}). */
    public SearchIndexReader(Path dir) {
        this.dir = dir;
    }

    /** The index's size. */
    public record Meta(int docs, int shards) {}

    /** A facet: its values in filter order, and each value's documents (a byte per document, as postings decode). */
    public record Facet(List<String> values, List<byte[]> sets) {}

    /**
     * What a query found.
     *
     * @param docs  the matching documents, best first
     * @param exact false when no document matched every piece and these are the looser results
     */
    public record Result(List<Integer> docs, boolean exact) {}

    /** Bytes of every file read so far, each counted once, as a browser's cache would fetch them. */
    public long bytesFetched() {
        return bytes;
    }

    /** The index's size. */
    public Meta meta() {
        if (meta == null) {
            Map<String, Object> json = json(new String(fetch("meta.json"), StandardCharsets.UTF_8));
            meta = new Meta(((Number) json.get("docs")).intValue(), ((Number) json.get("shards")).intValue());
        }
        return meta;
    }

    /** A facet's values and their documents. */
    @SuppressWarnings("unchecked")
    public Facet facet(String kind) {
        return facets.computeIfAbsent(kind, k -> {
            byte[] b = fetch("f/" + k + ".bin");
            int[] at = {0};
            int len = Postings.readVarint(b, at);
            Map<String, Object> json = json(new String(b, at[0], len, StandardCharsets.UTF_8));
            at[0] += len;
            List<String> values = new ArrayList<>();
            List<byte[]> sets = new ArrayList<>();
            for (List<String> v : (List<List<String>>) json.get("values")) {
                int l = Postings.readVarint(b, at);
                values.add(v.get(0));
                sets.add(Postings.decode(b, at[0], meta().docs()));
                at[0] += l;
            }
            return new Facet(values, sets);
        });
    }

    /** A term's fields by document, or null when no document holds it. */
    public byte[] postings(String term) {
        Meta m = meta();
        byte[] b = fetch("s/" + SearchIndex.shardOf(term, m.shards()) + ".bin");
        byte[] want = term.getBytes(StandardCharsets.UTF_8);
        int[] at = {0};
        while (at[0] < b.length) {
            int l = Postings.readVarint(b, at);
            int start = at[0];
            at[0] += l;
            int pl = Postings.readVarint(b, at);
            if (Arrays.equals(b, start, start + l, want, 0, want.length)) {
                return Postings.decode(b, at[0], m.docs());
            }
            at[0] += pl;
        }
        return null;
    }

    /** The units a query must match, each a list of alternative terms. */
    static List<List<String>> units(List<SearchTokens.Piece> pieces) {
        Set<List<String>> units = new LinkedHashSet<>();
        for (SearchTokens.Piece p : pieces) {
            if (p.han()) {
                p.terms().forEach(t -> units.add(List.of(t)));
            } else {
                units.add(List.of(SearchTokens.stem(p.text()), SearchTokens.PINYIN + p.text()));
            }
        }
        return List.copyOf(units);
    }

    /**
     * The documents of a query and filters, ranked, before the check of each Han piece against the text.
     *
     * @param filters facet kind to value ({@code province -> gansu})
     */
    public Result candidates(String query, Map<String, String> filters) {
        Meta m = meta();
        int n = m.docs();
        List<List<String>> units = units(SearchTokens.pieces(query));
        int[] hits = new int[n];
        int[] field = new int[n];
        for (List<String> alternatives : units) {
            List<byte[]> lists = alternatives.stream().map(this::postings).toList();
            for (int d = 0; d < n; d++) {
                int best = Postings.ABSENT;
                for (byte[] l : lists) {
                    if (l != null && l[d] < best) {
                        best = l[d];
                    }
                }
                if (best < Postings.ABSENT) {
                    hits[d]++;
                    field[d] = Math.max(field[d], best);
                }
            }
        }
        if (units.isEmpty() && filters.isEmpty()) {
            return new Result(List.of(), true);
        }
        List<Integer> found = matching(hits, units.size(), filters);
        boolean exact = true;
        if (found.isEmpty() && units.size() > 1) {
            exact = false;
            found = matching(hits, 1, filters);
        }
        found.sort((a, b) -> hits[a] != hits[b] ? hits[b] - hits[a] : field[a] != field[b] ? field[a] - field[b]
                : b - a);
        return new Result(found, exact);
    }

    private List<Integer> matching(int[] hits, int need, Map<String, String> filters) {
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < hits.length; d++) {
            if (hits[d] >= need && passes(d, filters)) {
                out.add(d);
            }
        }
        return out;
    }

    private boolean passes(int d, Map<String, String> filters) {
        for (Map.Entry<String, String> f : filters.entrySet()) {
            Facet facet = facet(f.getKey());
            int v = facet.values().indexOf(f.getValue());
            if (v < 0 || facet.sets().get(v)[d] == Postings.ABSENT) {
                return false;
            }
        }
        return true;
    }

    /** The exact results of a query: its candidates whose text holds every Han piece of more than two characters. */
    public List<Integer> search(String query, Map<String, String> filters) {
        Result r = candidates(query, filters);
        if (!r.exact()) {
            return List.of();
        }
        List<String> phrases = SearchTokens.pieces(query).stream()
                .filter(p -> p.han() && p.text().codePointCount(0, p.text().length()) > 2)
                .map(SearchTokens.Piece::text).toList();
        List<Integer> out = new ArrayList<>();
        for (int d : r.docs()) {
            String text = phrases.isEmpty() ? "" : SearchTokens.normalise(text(d));
            if (phrases.stream().allMatch(text::contains)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Reads the first page of results' documents, as the browser does to show them. */
    public void showFirstPage(Result r) {
        r.docs().stream().limit(PAGE).forEach(this::document);
    }

    /** A document's result: u, t, o, p, h, d, l, b, z as {@link SearchIndex} writes them. */
    public Map<String, Object> document(int d) {
        byte[] gz = fetch("d/" + d + ".bin");
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a phrase is checked against, joined as {@link SearchDocument#fullText} and search.js join it. */
    @SuppressWarnings("unchecked")
    public String text(int d) {
        Map<String, Object> x = document(d);
        return String.join("\n", (String) x.get("t"), x.get("o") == null ? "" : (String) x.get("o"),
                String.join(" ", (List<String>) x.get("p")), String.join(" ", (List<String>) x.get("h")),
                (String) x.get("l"), (String) x.get("b"));
    }

    private byte[] fetch(String name) {
        return fetched.computeIfAbsent(name, k -> {
            try {
                byte[] b = Files.readAllBytes(dir.resolve(k));
                bytes += b.length;
                return b;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the search index file " + dir.resolve(k), e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
