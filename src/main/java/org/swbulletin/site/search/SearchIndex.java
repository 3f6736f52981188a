package org.swbulletin.site.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
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
    private static final int CHUNK = 64;
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
        SearchDocuments documents = new SearchDocuments(index, views);
        org.swbulletin.Lang[] langs = org.swbulletin.Lang.values();
        List<List<FacetValue>> labels = new ArrayList<>();
        for (org.swbulletin.Lang l : langs) {
            labels.add(SearchDocuments.labels(l, index, messages.get(l)));
        }
        List<SortedMap<String, byte[]>> each = filesOfEach(documents.size(), documents::of, labels);
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (int l = 0; l < langs.length; l++) {
            String prefix = langs[l].prefix() + DIR;
            each.get(l).forEach((name, bytes) -> out.put(prefix + name, bytes));
        }
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
     * The files of several indexes of the same articles (one per language), by name under {@link #DIR}. Text that two
     * indexes share (the Chinese body of an article not translated) is tokenised once.
     *
     * @param n      the number of documents
     * @param docs   document {@code d} of each index, the same article in each, oldest first; asked once per document
     * @param labels every facet value each index's documents name, in the order filters list them
     */
    static List<SortedMap<String, byte[]>> filesOfEach(int n, IntFunction<SearchDocument[]> docs,
                                                       List<List<FacetValue>> labels) {
        int indexes = labels.size();
        List<Merge> merges = IntStream.range(0, indexes).mapToObj(i -> new Merge()).toList();
        Map<String, long[]> pinyinOfNames = new java.util.concurrent.ConcurrentHashMap<>();
        Vocabulary vocabulary = new Vocabulary();
        byte[][][] docFiles = new byte[indexes][n][];
        String[] ids = new String[n];
        List<List<List<String>>> facets = IntStream.range(0, indexes)
                .mapToObj(i -> SearchIndex.<List<String>>slots(n)).toList();
        // In chunks: each document's text is made, tokenised and written in parallel, its terms merged in order, and
        // the text and terms dropped. Memory then never holds every document's text, which the serial collector
        // copied at each pause while both threads stood still.
        for (int from = 0; from < n; from += CHUNK) {
            int start = from;
            List<Terms[]> chunk = IntStream.range(from, Math.min(n, from + CHUNK)).parallel().mapToObj(d -> {
                SearchDocument[] ds = docs.apply(d);
                ids[d] = ds[0].id();
                for (int i = 0; i < indexes; i++) {
                    facets.get(i).set(d, ds[i].facets());
                    if (docFiles[i][d] != null) {
                        continue;
                    }
                    // A text part lives in this thread's buffer until the next is made: every file showing it now.
                    DocFile.Text text = DocFile.text(ds[i]);
                    for (int k = i; k < indexes; k++) {
                        if (docFiles[k][d] == null && sameText(ds[i], ds[k])) {
                            docFiles[k][d] = DocFile.of(ds[k], text);
                        }
                    }
                }
                return Terms.ofEach(ds, pinyinOfNames, vocabulary);
            }).toList();
            IntStream.range(0, indexes).parallel().forEach(i -> {
                for (int j = 0; j < chunk.size(); j++) {
                    merges.get(i).add(start + j, chunk.get(j)[i]);
                }
            });
        }
        List<SortedMap<String, byte[]>> out = new ArrayList<>();
        for (int i = 0; i < indexes; i++) {
            out.add(new TreeMap<>());
        }
        IntStream.range(0, indexes).parallel().forEach(i -> merges.get(i).writeShards(n, vocabulary, out.get(i)));
        for (int i = 0; i < indexes; i++) {
            SortedMap<String, byte[]> files = out.get(i);
            for (int d = 0; d < n; d++) {
                files.put("d/" + d + ".bin", docFiles[i][d]);
            }
            files.put("meta.json", JsonLd.write(JsonLd.object("v", 1, "docs", n, "shards", shards(n)))
                    .getBytes(StandardCharsets.UTF_8));
            facets(facets.get(i), labels.get(i), files);
            StringBuilder idLines = new StringBuilder();
            for (String id : ids) {
                idLines.append(id).append('\n');
            }
            files.put(IDS, idLines.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** True when two indexes' documents show the same text (an English page of an article not translated). */
    static boolean sameText(SearchDocument a, SearchDocument b) {
        return a.lead().equals(b.lead()) && a.body().equals(b.body());
    }

    /** A list of {@code n} empty slots, to be set in any order. */
    private static <T> List<T> slots(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, null));
    }

    /** One index's terms with their documents, as the documents are added in order. */
    private static final class Merge {
        private final Terms.LongTable terms = new Terms.LongTable();

        void add(int d, Terms t) {
            for (long k : t.text) {
                terms.get(k >>> 2).add(d, (int) (k & 3));
            }
            for (long k : t.names) {
                terms.get(k >>> 2).add(d, (int) (k & 3));
            }
        }

        /** Writes the shards, {@code s/N.bin}: each shard's terms in order, each with its postings. */
        void writeShards(int n, Vocabulary vocabulary, SortedMap<String, byte[]> out) {
            int shards = shards(n);
            Map<String, Terms.Growing> byName = new HashMap<>();
            terms.forEach((k, g) -> byName.put(vocabulary.term(k), g));
            List<List<String>> byShard = new ArrayList<>();
            for (int s = 0; s < shards; s++) {
                byShard.add(new ArrayList<>());
            }
            for (String t : byName.keySet()) {
                byShard.get(shardOf(t, shards)).add(t);
            }
            Bytes b = new Bytes(1 << 16);
            for (int s = 0; s < shards; s++) {
                List<String> names = byShard.get(s);
                names.sort(null);
                b.reset();
                for (String t : names) {
                    b.entry(t, byName.get(t).postings(n));
                }
                out.put("s/" + s + ".bin", b.toByteArray());
            }
        }
    }

    /**
     * Words and pinyin as numbers, so that all of a document's terms are numbers in one table: a map of strings per
     * document, merged into a map of strings per index, was slower than all the Han terms together. A word's number
     * depends on which thread saw it first, so nothing written depends on it: the shards are written by term.
     */
    static final class Vocabulary {
        /** Set in every word's key; a Han key is below it (two code points of 21 bits). */
        private static final long WORD = 1L << 50;
        private final java.util.concurrent.ConcurrentHashMap<String, Long> keys =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        private volatile String[] words;

        long key(String word) {
            Long k = keys.get(word);
            return k != null ? k : keys.computeIfAbsent(word, w -> WORD | next.getAndIncrement());
        }

        /** The term of a key: a word's, or a Han key's ({@link SearchTokens#term}). */
        String term(long key) {
            if ((key & WORD) == 0) {
                return SearchTokens.term(key);
            }
            String[] w = words;
            if (w == null || w.length < next.get()) {
                w = new String[(int) next.get()];
                for (Map.Entry<String, Long> e : keys.entrySet()) {
                    w[(int) (e.getValue() & ~WORD)] = e.getKey();
                }
                words = w;
            }
            return w[(int) (key & ~WORD)];
        }
    }

    /** The facet files, {@code f/<kind>.bin}: each a JSON list of [value, label], then each value's documents. */
    private static void facets(List<List<String>> docs, List<FacetValue> labels, SortedMap<String, byte[]> out) {
        int n = docs.size();
        Map<String, List<Integer>> members = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (String f : docs.get(d)) {
                members.computeIfAbsent(f, k -> new ArrayList<>()).add(d);
            }
        }
        for (String kind : FACETS) {
            List<Object> values = new ArrayList<>();
            Bytes lists = new Bytes(1024);
            for (FacetValue v : labels) {
                List<Integer> docsOf = members.get(kind + ":" + v.value());
                if (!v.kind().equals(kind) || docsOf == null) {
                    continue;
                }
                values.add(List.of(v.value(), v.label()));
                int[] ds = docsOf.stream().mapToInt(Integer::intValue).toArray();
                byte[] p = Postings.encodeSet(ds, ds.length, n);
                lists.varint(p.length);
                lists.write(p);
            }
            byte[] json = JsonLd.write(JsonLd.object("values", values)).getBytes(StandardCharsets.UTF_8);
            Bytes file = new Bytes(json.length + lists.size() + 8);
            file.varint(json.length);
            file.write(json);
            file.write(lists.toByteArray());
            out.put("f/" + kind + ".bin", file.toByteArray());
        }
    }

    /**
     * The terms of a document, each with the best field that holds it, in two parts: those of its lead and body, which
     * two indexes showing the same text share, and those of its names (title, places, themes, pinyin). A term in both
     * parts is merged by {@link Growing#add}, which keeps the better field, rather than copying the text's terms into
     * one set with the names' for each index.
     */
    static final class Terms {
        /**
         * The lead's and body's terms as keys, each shifted left two bits with its best field: Han terms as
         * {@link SearchTokens#scan} makes them, words as their {@link Vocabulary} keys.
         */
        final long[] text;
        /** The names' terms, as {@link #text} holds them, pinyin included. */
        final long[] names;
        private final Vocabulary vocabulary;

        private Terms(long[] text, long[] names, Vocabulary vocabulary) {
            this.text = text;
            this.names = names;
            this.vocabulary = vocabulary;
        }

        /** The terms of a document's text and names, without pinyin. */
        static Terms of(SearchDocument d) {
            Vocabulary v = new Vocabulary();
            return new Terms(text(d, v), names(d, new long[0], v), v);
        }

        /**
         * The terms of a document of each index, pinyin included: an index whose lead and body are those of an
         * index before it (an English page showing the Chinese text) takes that index's terms of them.
         */
        static Terms[] ofEach(SearchDocument[] docs, Map<String, long[]> pinyinOfNames, Vocabulary vocabulary) {
            Terms[] out = new Terms[docs.length];
            long[][] texts = new long[docs.length][];
            long[][] pinyin = new long[docs.length][];
            for (int i = 0; i < out.length; i++) {
                SearchDocument doc = docs[i];
                for (int j = 0; j < i; j++) {
                    SearchDocument other = docs[j];
                    if (texts[i] == null && sameText(doc, other)) {
                        texts[i] = texts[j];
                    }
                    if (pinyin[i] == null && doc.pinyinOf().equals(other.pinyinOf())) {
                        pinyin[i] = pinyin[j];
                    }
                }
                if (texts[i] == null) {
                    texts[i] = text(doc, vocabulary);
                }
                if (pinyin[i] == null) {
                    pinyin[i] = pinyin(doc, pinyinOfNames, vocabulary);
                }
                out[i] = new Terms(texts[i], names(doc, pinyin[i], vocabulary), vocabulary);
            }
            return out;
        }

        /**
         * The pinyin terms of a document's title (as {@link Postings#TITLE}) and of its places and themes (as
         * {@link Postings#LEAD}), as keys shifted left two bits with the field; those of a place or theme made once for
         * every document that names it.
         */
        private static long[] pinyin(SearchDocument d, Map<String, long[]> pinyinOfNames, Vocabulary vocabulary) {
            List<String> names = d.pinyinOf();
            long[][] each = new long[names.size()][];
            int size = 0;
            for (int i = 0; i < names.size(); i++) {
                each[i] = i == 0 ? pinyinKeys(names.get(i), vocabulary)
                        : pinyinOfNames.computeIfAbsent(names.get(i), n -> pinyinKeys(n, vocabulary));
                size += each[i].length;
            }
            long[] out = new long[size];
            int at = 0;
            for (int i = 0; i < each.length; i++) {
                int field = i == 0 ? Postings.TITLE : Postings.LEAD;
                for (long k : each[i]) {
                    out[at++] = k << 2 | field;
                }
            }
            return out;
        }

        private static long[] pinyinKeys(String name, Vocabulary vocabulary) {
            List<String> terms = new ArrayList<>();
            SearchTokens.pinyinTerms(name, terms::add);
            return terms.stream().mapToLong(vocabulary::key).toArray();
        }

        /** The terms of a document's lead and body. */
        private static long[] text(SearchDocument d, Vocabulary vocabulary) {
            Dedup seen = DEDUP.get();
            seen.clear();
            SearchTokens.scan(d.lead(), k -> seen.add(k, Postings.LEAD),
                    w -> seen.add(vocabulary.key(w), Postings.LEAD));
            SearchTokens.scan(d.body(), k -> seen.add(k, Postings.BODY),
                    w -> seen.add(vocabulary.key(w), Postings.BODY));
            return seen.keys();
        }

        /** The terms of a document's title, places and themes, with the given ones added. */
        private static long[] names(SearchDocument d, long[] more, Vocabulary vocabulary) {
            Dedup seen = DEDUP.get();
            seen.clear();
            for (long k : more) {
                seen.add(k >>> 2, (int) (k & 3));
            }
            java.util.function.BiConsumer<String, Integer> add = (s, field) -> SearchTokens.scan(s,
                    k -> seen.add(k, field), w -> seen.add(vocabulary.key(w), field));
            add.accept(d.title(), Postings.TITLE);
            if (d.original() != null) {
                add.accept(d.original(), Postings.TITLE);
            }
            for (String s : d.places()) {
                add.accept(s, Postings.LEAD);
            }
            for (String s : d.themes()) {
                add.accept(s, Postings.LEAD);
            }
            return seen.keys();
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

        /** Every term as a string, with its best field. */
        Map<String, Integer> asMap() {
            Map<String, Integer> out = new HashMap<>();
            for (long[] part : List.of(text, names)) {
                for (long k : part) {
                    out.merge(vocabulary.term(k >>> 2), (int) (k & 3), Math::min);
                }
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

        /**
         * A term's documents and fields as they are added, in document order, already as the gaps of
         * {@link Postings#GAPS}: a fifth of the memory of arrays of numbers, which the collector copied again and
         * again while the lists grew.
         */
        static final class Growing {
            byte[] gaps = new byte[4];
            int size;
            int count;
            private int last = -1;
            /** Where the last document's gap begins: its first byte holds the field. */
            private int lastAt;

            /** Adds a document, or for the last one again keeps the better of its two fields. */
            void add(int doc, int field) {
                if (doc == last) {
                    if (field < (gaps[lastAt] & 3)) {
                        gaps[lastAt] = (byte) (gaps[lastAt] & ~3 | field);
                    }
                    return;
                }
                int v = (doc - last) << 2 | field;
                last = doc;
                count++;
                int len = v < 1 << 7 ? 1 : v < 1 << 14 ? 2 : v < 1 << 21 ? 3 : v < 1 << 28 ? 4 : 5;
                if (size + len > gaps.length) {
                    gaps = Arrays.copyOf(gaps, Math.max(gaps.length * 2, size + len));
                }
                lastAt = size;
                while ((v & ~0x7f) != 0) {
                    gaps[size++] = (byte) ((v & 0x7f) | 0x80);
                    v >>>= 7;
                }
                gaps[size++] = (byte) v;
            }

            byte[] postings(int total) {
                return Postings.fromGaps(gaps, size, count, total);
            }
        }
    }
}
