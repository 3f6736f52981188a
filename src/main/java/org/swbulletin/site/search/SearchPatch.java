package org.swbulletin.site.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Updates a written index for a new body of one article, without the rest of the site: the document's file, and the
 * shards of the terms whose field in it changed, with the bytes a full build writes (the encoding is canonical).
 * Only the body changes, so the title, places, themes and their pinyin (kept apart by their mark) stay as they are.
 */
public final class SearchPatch {
    private SearchPatch() {}

    /**
     * Patches an index, into {@code pending}, for a new body of an article: its document and the changed shards.
     *
     * @param index   a language's index folder in the live site
     * @param id      the article's id
     * @param newHtml the article's new body as the page shows it
     * @param pending files of this index already patched for other articles, by name: read from here rather than
     *                from the site, and updated with this patch's files
     * @return false when the index does not hold the article as expected (a build then remakes it)
     */
    public static boolean body(Path index, String id, String newHtml, SortedMap<String, byte[]> pending) {
        try {
            List<String> ids = Files.readAllLines(index.resolve(SearchIndex.IDS), StandardCharsets.UTF_8);
            int d = ids.indexOf(id);
            if (d < 0 || ids.lastIndexOf(id) != d) {
                return false;
            }
            int n = ids.size();
            SearchDocument before = document(gunzip(read(index, "d/" + d + ".bin", pending)), id);
            HtmlText.LeadAndBody text = HtmlText.leadAndBody(newHtml);
            SearchDocument after = new SearchDocument(id, before.url(), before.title(), before.original(),
                    before.places(), before.themes(), before.date(), text.lead(), text.body(), before.chinese(),
                    before.pinyinOf(), List.of());
            Map<String, Integer> old = SearchIndex.Terms.of(before).asMap();
            Map<String, Integer> now = SearchIndex.Terms.of(after).asMap();
            Set<String> changed = new HashSet<>();
            old.forEach((t, f) -> {
                if (!f.equals(now.get(t))) {
                    changed.add(t);
                }
            });
            now.forEach((t, f) -> {
                if (!f.equals(old.get(t))) {
                    changed.add(t);
                }
            });
            int shards = SearchIndex.shards(n);
            Map<Integer, List<String>> byShard = new TreeMap<>();
            for (String t : changed) {
                byShard.computeIfAbsent(SearchIndex.shardOf(t, shards), k -> new ArrayList<>()).add(t);
            }
            for (Map.Entry<Integer, List<String>> e : byShard.entrySet()) {
                String name = "s/" + e.getKey() + ".bin";
                pending.put(name, patchShard(read(index, name, pending), e.getValue(), d, now, n));
            }
            pending.put("d/" + d + ".bin", DocFile.of(after));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] read(Path index, String name, Map<String, byte[]> pending) throws IOException {
        byte[] b = pending.get(name);
        return b != null ? b : Files.readAllBytes(index.resolve(name));
    }

    /** A shard with document {@code d}'s entry in each given term's list set to its field in {@code now}. */
    private static byte[] patchShard(byte[] shard, List<String> terms, int d, Map<String, Integer> now, int n) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        int[] at = {0};
        while (at[0] < shard.length) {
            int l = Postings.readVarint(shard, at);
            String term = new String(shard, at[0], l, StandardCharsets.UTF_8);
            at[0] += l;
            int pl = Postings.readVarint(shard, at);
            byte[] p = new byte[pl];
            System.arraycopy(shard, at[0], p, 0, pl);
            at[0] += pl;
            entries.put(term, p);
        }
        for (String t : terms) {
            byte[] fields = entries.containsKey(t) ? Postings.decode(entries.get(t), 0, n) : absent(n);
            Integer f = now.get(t);
            fields[d] = f == null ? Postings.ABSENT : (byte) (int) f;
            int[] docs = new int[n];
            byte[] fs = new byte[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (fields[i] != Postings.ABSENT) {
                    docs[count] = i;
                    fs[count++] = fields[i];
                }
            }
            if (count == 0) {
                entries.remove(t);
            } else {
                entries.put(t, Postings.encode(docs, fs, count, n));
            }
        }
        Bytes b = new Bytes(shard.length + 64);
        entries.forEach(b::entry);
        return b.toByteArray();
    }

    private static byte[] absent(int n) {
        byte[] f = new byte[n];
        java.util.Arrays.fill(f, Postings.ABSENT);
        return f;
    }

    @SuppressWarnings("unchecked")
    private static SearchDocument document(String json, String id) {
        Map<String, Object> x = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
        return new SearchDocument(id, (String) x.get("u"), (String) x.get("t"), (String) x.get("o"),
                (List<String>) x.get("p"), (List<String>) x.get("h"), (String) x.get("d"), (String) x.get("l"),
                (String) x.get("b"), x.get("z") != null, readingRuns((List<List<String>>) x.get("y")), List.of());
    }

    /** The names a document's readings were made from, as far as its file needs them: each run read. */
    private static List<String> readingRuns(List<List<String>> readings) {
        return readings == null ? List.of() : readings.stream().map(r -> r.get(0)).toList();
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
