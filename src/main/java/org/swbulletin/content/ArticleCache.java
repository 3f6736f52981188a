package org.swbulletin.content;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Articles parsed by earlier builds, by file path, size and modification time, kept in one binary file.
 *
 * <p>Parsing the front matter of every file is most of what loading an archive costs, and a build after a small edit
 * would otherwise parse ten thousand files to find the one that changed. A file whose size or modification time differs
 * from the cached one is parsed again; so is every file when the tool changed ({@code identity}). An article whose front
 * matter holds a value this cache cannot store (a YAML timestamp, a set) is simply parsed every time. Thread-safe
 * between {@link #open} and {@link #save}.
 */
public final class ArticleCache {
    private static final String MAGIC = "bulletin-articles";
    private static final int FORMAT = 4;
    /** A cache written by a build with other article fields is not read. */
    private static final String SCHEMA = ArticleSchema.signature();

    private final Path file;
    private final String identity;
    private final Map<String, Entry> before;
    private String problem;
    private final Map<String, Entry> now = new ConcurrentHashMap<>();
    private final Set<String> parsed = ConcurrentHashMap.newKeySet();
    private volatile boolean changed;

    /**
     * A file modified this recently may be modified again within the same tick of the file system's clock, with the
     * same size, and look unchanged: it is parsed, not remembered, until it is older (as git treats "racy" files).
     */
    private static final long SETTLED_NANOS = 2_000_000_000L;

    private ArticleCache(Path file, String identity, Map<String, Entry> before) {
        this.file = file;
        this.identity = identity;
        this.before = before;
    }

    /** A cache that remembers nothing and saves nothing: every file is parsed. */
    public static ArticleCache none() {
        return new ArticleCache(null, "", Map.of());
    }

    /** A cache that starts empty (every file is parsed) and replaces the file when saved: for full builds. */
    public static ArticleCache empty(Path file, String identity) {
        return new ArticleCache(file, identity, Map.of());
    }

    /**
     * Opens a cache file; a missing, unreadable or foreign one is an empty cache.
     *
     * @param identity the running tool's identity: a cache written by another build of the tool is ignored
     */
    public static ArticleCache open(Path file, String identity) {
        Map<String, Entry> entries = new HashMap<>();
        String problem = null;
        if (Files.isRegularFile(file)) {
            try {
                // One read of the whole file, then parsed from memory: much faster than a stream of small reads in
                // the short, mostly interpreted run of a build after an edit.
                ByteBuffer in = CacheFile.read(file);
                if (MAGIC.equals(string(in)) && in.getInt() == FORMAT && SCHEMA.equals(string(in))
                        && identity.equals(string(in))) {
                    int n = FieldType.count(in);
                    for (int i = 0; i < n; i++) {
                        int at = in.position();
                        String rel = string(in);
                        long size = in.getLong();
                        long modified = in.getLong();
                        Article a = readArticle(in);
                        entries.put(rel, new Entry(size, modified, a, at, in.position() - at));
                    }
                    if (in.hasRemaining()) {
                        throw new CacheFile.Damaged(file.getFileName() + ": bytes after its last entry");
                    }
                }
            } catch (IOException | RuntimeException e) {
                entries.clear(); // a damaged cache is no cache
                problem = e instanceof CacheFile.Damaged ? e.getMessage() : file.getFileName() + ": unreadable ("
                        + e + ")";
            }
        }
        ArticleCache cache = new ArticleCache(file, identity, entries);
        cache.problem = problem;
        return cache;
    }

    /** What was wrong with the cache file when it was opened (it was discarded then); null when nothing was. */
    public String problem() {
        return problem;
    }

    /** The article of a file as parsed before, or null when the file changed since or was never cached. */
    Article get(Path relative, long size, long modified) {
        String rel = key(relative);
        Entry e = before.get(rel);
        if (e == null || e.size != size || e.modified != modified) {
            return null;
        }
        now.put(rel, e);
        return e.article;
    }

    /**
     * Remembers an article just parsed from a file with the given size and modification time (in nanoseconds since
     * the epoch), unless the file was modified too recently to trust its stamp.
     */
    void put(Path relative, long size, long modified, Article article) {
        parsed.add(key(relative));
        if (file != null && storable(article) && !racy(modified)) {
            now.put(key(relative), new Entry(size, modified, article, -1, 0));
            changed = true;
        }
    }

    /**
     * A file's size and modification time (nanoseconds since the epoch): a file whose stamp is unchanged is taken to be
     * unchanged.
     */
    public record Stamp(long size, long modified) {}

    /**
     * The stamp of a file as this build loaded it, when it can be trusted for the next build (the file was not
     * modified too recently); null otherwise.
     */
    public Stamp stamp(Path relative) {
        Entry e = now.get(key(relative));
        return e == null ? null : new Stamp(e.size, e.modified);
    }

    /** True when a file modified at this time (nanoseconds since the epoch) may still be modified unseen. */
    public static boolean racy(long modified) {
        Instant clock = Instant.now();
        return clock.getEpochSecond() * 1_000_000_000L + clock.getNano() - modified <= SETTLED_NANOS;
    }

    /** Number of files parsed in this build: those not in the cache or changed since. */
    public int parsed() {
        return parsed.size();
    }

    /**
     * True when this build parsed the file rather than taking it from the cache: it is new, or changed since the cache
     * was saved. A file not parsed has the content it had when the cache was saved.
     */
    public boolean parsed(Path relative) {
        return parsed.contains(key(relative));
    }

    /**
     * Writes what this build loaded, replacing the file atomically; does nothing when nothing changed (no file parsed,
     * none removed).
     */
    public void save() {
        if (file == null || !changed && now.size() == before.size()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 FileChannel old = Files.isRegularFile(file) ? FileChannel.open(file) : null;
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                         Channels.newOutputStream(channel), 1 << 16))) {
                string(out, MAGIC);
                out.writeInt(FORMAT);
                string(out, SCHEMA);
                string(out, identity);
                Map<String, Entry> sorted = new TreeMap<>(now);
                out.writeInt(sorted.size());
                // Entries read from the old file are copied from it as they were stored, in runs: a build that parsed
                // one file then writes the cache without encoding ten thousand articles again.
                long runStart = 0;
                long runEnd = -1;
                for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                    Entry entry = e.getValue();
                    if (entry.offset >= 0 && old != null) {
                        if (entry.offset != runEnd) {
                            copy(old, runStart, runEnd, out, channel);
                            runStart = entry.offset;
                        }
                        runEnd = entry.offset + entry.length;
                        continue;
                    }
                    copy(old, runStart, runEnd, out, channel);
                    runEnd = -1;
                    string(out, e.getKey());
                    out.writeLong(entry.size);
                    out.writeLong(entry.modified);
                    writeArticle(out, entry.article);
                }
                copy(old, runStart, runEnd, out, channel);
            }
            CacheFile.seal(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the article cache " + file, e);
        }
    }

    /** Copies bytes {@code [from, to)} of the old cache file to the new one, after what is buffered; none when to < 0. */
    private static void copy(FileChannel old, long from, long to, DataOutputStream out, FileChannel channel)
            throws IOException {
        if (to < 0) {
            return;
        }
        out.flush();
        long done = 0;
        while (done < to - from) {
            long n = old.transferTo(from + done, to - from - done, channel);
            if (n <= 0) {
                throw new IOException("the article cache changed while it was read");
            }
            done += n;
        }
    }

    private static String key(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /**
     * @param offset where the entry (path, stamp, article) is stored in the cache file it was read from; -1 for an
     *               article parsed now
     * @param length how many bytes the entry takes there
     */
    private record Entry(long size, long modified, Article article, long offset, int length) {}

    /** Front matter admits only plain data under editors' keys ({@link PlainData}), which is what this cache stores. */
    private static boolean storable(Article a) {
        return a.file() != null && PlainData.problem(a.extra()) == null;
    }

    private static void writeArticle(DataOutputStream out, Article a) throws IOException {
        for (ArticleField<?> f : ArticleSchema.ALL) {
            f.encode(out, a);
        }
        value(out, a.extra());
        string(out, key(a.file()));
        out.writeInt(a.bodyLine());
    }

    private static Article readArticle(ByteBuffer in) throws IOException {
        Article.Builder b = Article.builder();
        for (ArticleField<?> f : ArticleSchema.ALL) {
            f.decode(in, b);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> extra = (Map<String, Object>) value(in);
        return b.extra(extra).file(Path.of(string(in))).bodyLine(in.getInt()).build();
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        FieldType.string(out, s);
    }

    private static String string(ByteBuffer in) {
        return FieldType.string(in);
    }

    private static void value(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte('N');
        } else if (v instanceof String s) {
            out.writeByte('S');
            string(out, s);
        } else if (v instanceof Integer i) {
            out.writeByte('I');
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte('J');
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte('D');
            out.writeDouble(d);
        } else if (v instanceof Boolean z) {
            out.writeByte('Z');
            out.writeBoolean(z);
        } else if (v instanceof List<?> list) {
            out.writeByte('L');
            out.writeInt(list.size());
            for (Object o : list) {
                value(out, o);
            }
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte('M');
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                string(out, (String) e.getKey());
                value(out, e.getValue());
            }
        } else {
            throw new IllegalArgumentException("cannot cache a value of type " + v.getClass().getName());
        }
    }

    private static Object value(ByteBuffer in) throws IOException {
        return value(in, 0);
    }

    private static Object value(ByteBuffer in, int depth) throws IOException {
        if (depth > PlainData.MAX_DEPTH + 1) {
            throw new CacheFile.Damaged("damaged article cache: values nested deeper than front matter allows");
        }
        int tag = in.get() & 0xff;
        switch (tag) {
            case 'N':
                return null;
            case 'S':
                return string(in);
            case 'I':
                return in.getInt();
            case 'J':
                return in.getLong();
            case 'D':
                return in.getDouble();
            case 'Z':
                return in.get() != 0;
            case 'L': {
                int n = FieldType.count(in);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(value(in, depth + 1));
                }
                return list;
            }
            case 'M': {
                int n = FieldType.count(in);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(string(in), value(in, depth + 1));
                }
                return map;
            }
            default:
                throw new IOException("damaged article cache: unknown value tag " + tag);
        }
    }
}
