package org.swbulletin.site.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.swbulletin.enrich.SearchTokens;
import org.swbulletin.render.JsonLd;

/**
 * The search index of one language, as the files {@code search.js} fetches: {@code meta.bin} (document count, shard
 * count, the facets' values with their labels and documents), {@code s/N.bin} (the terms whose hash falls in shard N,
 * with their documents) and {@code d/N.bin} (document N's result text, gzipped JSON). A query fetches the meta, one
 * shard per term and the documents it shows; nothing else.
 *
 * <p>Documents are numbered oldest first, so that a new report's articles take new numbers and leave every other
 * document's number, and most shards, as they were. Every file is a function of the documents alone: the same
 * articles give the same bytes, and an incremental build rewrites only the files whose bytes changed. The number of
 * shards depends only on the number of documents, so an edit that keeps it keeps the set of files.
 */
public final class SearchIndex {
    /** The folder of a language's index, under the language's tree. */
    public static final String DIR = "search/index/";
    /** Documents per shard, roughly: sized so that a shard of rare terms is a few kilobytes at any archive size. */
    static final int DOCS_PER_SHARD = 4;
    /** The facet kinds, in the order the meta lists them. */
    public static final List<String> FACETS = List.of("province", "theme", "year", "report");

    private SearchIndex() {}

    /** A facet value: what the URL says, what a reader sees. */
    public record FacetValue(String kind, String value, String label) {}

    /**
     * The index files of both languages, by path in the site: each language's under its {@link #DIR}.
     */
    public static SortedMap<String, byte[]> siteFiles(org.swbulletin.render.SiteIndex index,
                                                      org.swbulletin.render.ArticleViews[] views,
                                                      Map<org.swbulletin.Lang, org.swbulletin.render.Messages> messages) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (org.swbulletin.Lang l : org.swbulletin.Lang.values()) {
            SearchDocuments.Input in = SearchDocuments.of(l, index, views[l.ordinal()], messages.get(l));
            files(in.docs(), in.labels()).forEach((name, bytes) ->
                    out.put(org.swbulletin.render.Urls.file(l, DIR + name), bytes));
        }
        return out;
    }

    /**
     * True when two renderings of an article's body give the index the same text, so that the index need not change
     * (an edit of markup only, such as a rule between paragraphs).
     */
    public static boolean sameText(String oldHtml, String newHtml) {
        return HtmlText.paragraphs(oldHtml).equals(HtmlText.paragraphs(newHtml));
    }

    /** The number of shards of an index of {@code docs} documents: a power of two. */
    public static int shards(int docs) {
        int s = 1;
        while (s * DOCS_PER_SHARD < docs) {
            s <<= 1;
        }
        return s;
    }

    /**
     * The shard of a term: FNV-1a over its UTF-16 units, as {@code search.js} computes it, masked to the shards.
     */
    public static int shardOf(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return h & (shards - 1);
    }

    /**
     * The files of an index, by name under {@link #DIR}.
     *
     * @param docs   the documents, oldest first
     * @param labels every facet value a document names, in the order filters list them
     */
    public static SortedMap<String, byte[]> files(List<SearchDocument> docs, List<FacetValue> labels) {
        int n = docs.size();
        int shards = shards(n);
        SortedMap<String, byte[]> out = new TreeMap<>();
        Map<String, Terms.Growing> terms = new HashMap<>();
        List<Map<String, Integer>> perDoc = IntStream.range(0, n).parallel().mapToObj(d -> Terms.of(docs.get(d)))
                .toList();
        for (int d = 0; d < n; d++) {
            for (Map.Entry<String, Integer> e : perDoc.get(d).entrySet()) {
                terms.computeIfAbsent(e.getKey(), k -> new Terms.Growing()).add(d, e.getValue());
            }
        }
        List<List<String>> byShard = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            byShard.add(new ArrayList<>());
        }
        for (String t : terms.keySet()) {
            byShard.get(shardOf(t, shards)).add(t);
        }
        byte[][] shardBytes = new byte[shards][];
        IntStream.range(0, shards).parallel().forEach(s -> {
            List<String> names = byShard.get(s);
            names.sort(null);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (String t : names) {
                Terms.Growing g = terms.get(t);
                byte[] term = t.getBytes(StandardCharsets.UTF_8);
                byte[] postings = Postings.encode(g.docs, g.fields, g.size, n);
                Postings.varint(b, term.length);
                b.writeBytes(term);
                Postings.varint(b, postings.length);
                b.writeBytes(postings);
            }
            shardBytes[s] = b.toByteArray();
        });
        for (int s = 0; s < shards; s++) {
            out.put("s/" + s + ".bin", shardBytes[s]);
        }
        byte[][] docBytes = new byte[n][];
        IntStream.range(0, n).parallel().forEach(d -> docBytes[d] = gzip(docJson(docs.get(d))));
        for (int d = 0; d < n; d++) {
            out.put("d/" + d + ".bin", docBytes[d]);
        }
        out.put("meta.bin", meta(docs, labels, shards));
        return out;
    }

    private static byte[] meta(List<SearchDocument> docs, List<FacetValue> labels, int shards) {
        int n = docs.size();
        Map<String, List<Object>> facets = new LinkedHashMap<>();
        Map<String, List<Integer>> members = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (String f : docs.get(d).facets()) {
                members.computeIfAbsent(f, k -> new ArrayList<>()).add(d);
            }
        }
        ByteArrayOutputStream lists = new ByteArrayOutputStream();
        for (String kind : FACETS) {
            List<Object> values = new ArrayList<>();
            for (FacetValue v : labels) {
                List<Integer> docsOf = members.get(kind + ":" + v.value());
                if (!v.kind().equals(kind) || docsOf == null) {
                    continue;
                }
                values.add(List.of(v.value(), v.label()));
                int[] ds = docsOf.stream().mapToInt(Integer::intValue).toArray();
                byte[] p = Postings.encode(ds, new byte[ds.length], ds.length, n);
                Postings.varint(lists, p.length);
                lists.writeBytes(p);
            }
            facets.put(kind, values);
        }
        byte[] json = JsonLd.write(JsonLd.object("v", 1, "docs", n, "shards", shards, "facets", facets))
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json.length >>> 24);
        out.write(json.length >>> 16);
        out.write(json.length >>> 8);
        out.write(json.length);
        out.writeBytes(json);
        out.writeBytes(lists.toByteArray());
        return out.toByteArray();
    }

    /** A document's result as JSON: u(rl), t(itle), o(riginal title), p(laces), h (themes), d(ate), l(ead), b(ody). */
    static String docJson(SearchDocument d) {
        return JsonLd.write(JsonLd.object("u", d.url(), "t", d.title(), "o", d.original(), "p", d.places(), "h",
                d.themes(), "d", d.date(), "l", d.lead(), "b", d.body(), "z", d.chinese() ? 1 : null));
    }

    /** Gzip with a fixed header (no name, no time), so that the same text gives the same bytes. */
    static byte[] gzip(String text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(text.length());
        try (GZIPOutputStream z = new GZIPOutputStream(b) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** The terms of documents, each with the best field that holds it. */
    static final class Terms {
        private Terms() {}

        static Map<String, Integer> of(SearchDocument d) {
            Map<String, Integer> best = new HashMap<>();
            SearchTokens.terms(d.title(), t -> best.merge(t, Postings.TITLE, Math::min));
            if (d.original() != null) {
                SearchTokens.terms(d.original(), t -> best.merge(t, Postings.TITLE, Math::min));
            }
            SearchTokens.terms(d.lead(), t -> best.merge(t, Postings.LEAD, Math::min));
            for (String s : d.places()) {
                SearchTokens.terms(s, t -> best.merge(t, Postings.LEAD, Math::min));
            }
            for (String s : d.themes()) {
                SearchTokens.terms(s, t -> best.merge(t, Postings.LEAD, Math::min));
            }
            SearchTokens.terms(d.body(), t -> best.merge(t, Postings.BODY, Math::min));
            List<String> pinyin = d.pinyinOf();
            for (int i = 0; i < pinyin.size(); i++) {
                int field = i == 0 ? Postings.TITLE : Postings.LEAD;
                SearchTokens.pinyinTerms(pinyin.get(i), t -> best.merge(t, field, Math::min));
            }
            return best;
        }

        /** A term's documents and fields as they are added, in document order. */
        static final class Growing {
            int[] docs = new int[4];
            byte[] fields = new byte[4];
            int size;

            void add(int doc, int field) {
                if (size == docs.length) {
                    docs = Arrays.copyOf(docs, size * 2);
                    fields = Arrays.copyOf(fields, size * 2);
                }
                docs[size] = doc;
                fields[size++] = (byte) field;
            }
        }
    }
}
