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
 * The search index of one language, as the files {@code search.js} fetches: {@code meta.json} (document and shard
 * counts), {@code s/N.bin} (the terms whose hash falls in shard N, with their documents), {@code d/N.bin} (document
 * N's result text, gzipped JSON) and {@code f/KIND.bin} (a facet's values, labels and documents). A query fetches the
 * meta, one shard per term and the documents it shows; the facets only once a reader opens the filters.
 *
 * <p>Documents are numbered oldest first, so that a new report's articles take new numbers and leave every other
 * document's number, and most shards, as they were. Every file is a function of the documents alone: the same
 * articles give the same bytes, and an incremental build rewrites only the files whose bytes changed. The number of
 * shards depends only on the number of documents, so an edit that keeps it keeps the set of files.
 */
public final class SearchIndex {
    /** The folder of a language's index, under the language's tree. */
    public static final String DIR = "search/index/";
    /**
     * The article id of each document, one a line in document order: never fetched by the browser, read by a build
     * that patches one document ({@link SearchPatch}).
     */
    public static final String IDS = "ids.txt";
    /** Documents per shard, roughly: sized so that a shard of rare terms is a few kilobytes at any archive size. */
    static final int DOCS_PER_SHARD = 4;
    /** Documents whose terms are made at once. */
    private static final int CHUNK = 256;
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
        // The languages at once: each index's merge of its terms runs on one core.
        List<SortedMap<String, byte[]>> each = java.util.Arrays.stream(org.swbulletin.Lang.values()).parallel()
                .map(l -> {
                    SearchDocuments.Input in = SearchDocuments.of(l, index, views[l.ordinal()], messages.get(l));
                    SortedMap<String, byte[]> files = new TreeMap<>();
                    files(in.docs(), in.labels()).forEach((name, bytes) ->
                            files.put(l.prefix() + DIR + name, bytes));
                    return files;
                }).toList();
        SortedMap<String, byte[]> out = new TreeMap<>();
        each.forEach(out::putAll);
        return out;
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
        Terms.LongTable han = new Terms.LongTable();
        Map<String, Terms.Growing> terms = new HashMap<>();
        // In chunks: the documents' terms are made in parallel, merged in order, and dropped, so that memory never
        // holds every document's terms at once (the collector's time grew with them).
        for (int from = 0; from < n; from += CHUNK) {
            int start = from;
            List<Terms> chunk = IntStream.range(from, Math.min(n, from + CHUNK)).parallel()
                    .mapToObj(d -> Terms.withPinyin(docs.get(d))).toList();
            for (int i = 0; i < chunk.size(); i++) {
                Terms t = chunk.get(i);
                int d = start + i;
                for (long k : t.han) {
                    han.get(k >>> 2).add(d, (int) (k & 3));
                }
                for (Map.Entry<String, Integer> e : t.words.entrySet()) {
                    terms.computeIfAbsent(e.getKey(), k -> new Terms.Growing()).add(d, e.getValue());
                }
            }
        }
        han.forEach((k, g) -> terms.put(SearchTokens.term(k), g));
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
        out.put("meta.json", JsonLd.write(JsonLd.object("v", 1, "docs", n, "shards", shards))
                .getBytes(StandardCharsets.UTF_8));
        facets(docs, labels, out);
        StringBuilder ids = new StringBuilder();
        for (SearchDocument d : docs) {
            ids.append(d.id()).append('\n');
        }
        out.put(IDS, ids.toString().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /** The facet files, {@code f/<kind>.bin}: each a JSON list of [value, label], then each value's documents. */
    private static void facets(List<SearchDocument> docs, List<FacetValue> labels, SortedMap<String, byte[]> out) {
        int n = docs.size();
        Map<String, List<Integer>> members = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (String f : docs.get(d).facets()) {
                members.computeIfAbsent(f, k -> new ArrayList<>()).add(d);
            }
        }
        for (String kind : FACETS) {
            List<Object> values = new ArrayList<>();
            ByteArrayOutputStream lists = new ByteArrayOutputStream();
            for (FacetValue v : labels) {
                List<Integer> docsOf = members.get(kind + ":" + v.value());
                if (!v.kind().equals(kind) || docsOf == null) {
                    continue;
                }
                values.add(List.of(v.value(), v.label()));
                int[] ds = docsOf.stream().mapToInt(Integer::intValue).toArray();
                byte[] p = Postings.encodeSet(ds, ds.length, n);
                Postings.varint(lists, p.length);
                lists.writeBytes(p);
            }
            byte[] json = JsonLd.write(JsonLd.object("values", values)).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            Postings.varint(file, json.length);
            file.writeBytes(json);
            file.writeBytes(lists.toByteArray());
            out.put("f/" + kind + ".bin", file.toByteArray());
        }
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
                def.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
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
        /** Han terms as keys ({@link SearchTokens#scan}), each shifted left two bits with its best field. */
        final long[] han;
        /** Words and pinyin, with their best field. */
        final Map<String, Integer> words;

        private Terms(long[] han, Map<String, Integer> words) {
            this.han = han;
            this.words = words;
        }

        /** The terms of a document's text and names, without pinyin. */
        static Terms of(SearchDocument d) {
            Dedup seen = DEDUP.get();
            seen.clear();
            Map<String, Integer> words = new HashMap<>();
            java.util.function.BiConsumer<String, Integer> add = (text, field) -> SearchTokens.scan(text,
                    k -> seen.add(k, field), w -> words.merge(w, field, Math::min));
            add.accept(d.title(), Postings.TITLE);
            if (d.original() != null) {
                add.accept(d.original(), Postings.TITLE);
            }
            add.accept(d.lead(), Postings.LEAD);
            for (String s : d.places()) {
                add.accept(s, Postings.LEAD);
            }
            for (String s : d.themes()) {
                add.accept(s, Postings.LEAD);
            }
            add.accept(d.body(), Postings.BODY);
            return new Terms(seen.keys(), words);
        }

        private static final ThreadLocal<Dedup> DEDUP = ThreadLocal.withInitial(Dedup::new);

        /**
         * A document's Han keys, each once with its best field, in a table each thread reuses: sorting every
         * occurrence, or a map entry each, was most of the time of a document's terms.
         */
        static final class Dedup {
            private long[] keys = new long[1 << 13];
            private byte[] fields = new byte[1 << 13];
            private int[] used = new int[1 << 12];
            private int size;

            void clear() {
                for (int i = 0; i < size; i++) {
                    fields[used[i]] = 0;
                }
                size = 0;
            }

            void add(long key, int field) {
                int mask = keys.length - 1;
                int i = (int) ((key * 0x9e3779b97f4a7c15L) >>> 40) & mask;
                while (fields[i] != 0) {
                    if (keys[i] == key) {
                        // Stored as field + 1, so that 0 marks a free slot.
                        fields[i] = (byte) Math.min(fields[i], field + 1);
                        return;
                    }
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                fields[i] = (byte) (field + 1);
                if (size == used.length) {
                    used = Arrays.copyOf(used, size * 2);
                }
                used[size++] = i;
                if (size * 2 > keys.length) {
                    grow();
                }
            }

            private void grow() {
                long[] k = new long[size];
                byte[] f = new byte[size];
                for (int j = 0; j < size; j++) {
                    k[j] = keys[used[j]];
                    f[j] = fields[used[j]];
                }
                keys = new long[keys.length * 2];
                fields = new byte[fields.length * 2];
                int n = size;
                size = 0;
                for (int j = 0; j < n; j++) {
                    add(k[j], f[j] - 1);
                }
            }

            /** The keys, each shifted left two bits with its field, in the order first seen. */
            long[] keys() {
                long[] out = new long[size];
                for (int j = 0; j < size; j++) {
                    out[j] = keys[used[j]] << 2 | (fields[used[j]] - 1);
                }
                return out;
            }
        }

        /** The terms of a document, pinyin of its title, places and themes included. */
        static Terms withPinyin(SearchDocument d) {
            Terms t = of(d);
            List<String> pinyin = d.pinyinOf();
            for (int i = 0; i < pinyin.size(); i++) {
                int field = i == 0 ? Postings.TITLE : Postings.LEAD;
                SearchTokens.pinyinTerms(pinyin.get(i), p -> t.words.merge(p, field, Math::min));
            }
            return t;
        }

        /** Every term as a string, with its best field. */
        Map<String, Integer> asMap() {
            Map<String, Integer> out = new HashMap<>(words);
            for (long k : han) {
                out.put(SearchTokens.term(k >>> 2), (int) (k & 3));
            }
            return out;
        }

        /**
         * Han keys to their lists, in open addressing: a boxed key per document and term was most of the merge's
         * time.
         */
        static final class LongTable {
            private long[] keys = new long[1 << 12];
            private Growing[] values = new Growing[1 << 12];
            private int size;

            Growing get(long key) {
                int mask = keys.length - 1;
                int i = (int) ((key * 0x9e3779b97f4a7c15L) >>> 40) & mask;
                while (values[i] != null) {
                    if (keys[i] == key) {
                        return values[i];
                    }
                    i = (i + 1) & mask;
                }
                Growing g = new Growing();
                keys[i] = key;
                values[i] = g;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return g;
            }

            private void grow() {
                long[] oldKeys = keys;
                Growing[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new Growing[oldKeys.length * 2];
                int mask = keys.length - 1;
                for (int j = 0; j < oldKeys.length; j++) {
                    if (oldValues[j] != null) {
                        int i = (int) ((oldKeys[j] * 0x9e3779b97f4a7c15L) >>> 40) & mask;
                        while (values[i] != null) {
                            i = (i + 1) & mask;
                        }
                        keys[i] = oldKeys[j];
                        values[i] = oldValues[j];
                    }
                }
            }

            void forEach(java.util.function.BiConsumer<Long, Growing> each) {
                for (int i = 0; i < keys.length; i++) {
                    if (values[i] != null) {
                        each.accept(keys[i], values[i]);
                    }
                }
            }
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
