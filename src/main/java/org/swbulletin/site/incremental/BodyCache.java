package org.swbulletin.site.incremental;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.swbulletin.content.CacheFile;
import org.swbulletin.render.MarkdownRenderer;
import org.swbulletin.site.CacheStrings;

/**
 * Markdown bodies rendered by earlier builds, by the SHA-256 of their text and the tool's identity: turning Markdown
 * into sanitised HTML is the largest part of a build that changed little, and a body's HTML depends on nothing else.
 *
 * <p>The file holds an index (each body's key, the start of its text and its reading time, which every article card
 * needs) followed by the HTML of all bodies, which is read only for the bodies a build renders pages of: a build that
 * updates one article's pages reads one body's HTML, not the archive's. Thread-safe; saved only when the build
 * succeeded.
 */
final class BodyCache {
    private static final String FILE = "bodies.bin";
    private static final int FORMAT = 6;
    /** Bytes before the index: its length and its CRC-32C. */
    private static final int HEAD = 8;
    /** Bodies encoded at once when the cache is written. */
    private static final int WRITE_BLOCK = 512;

    private final Path file;
    private final String tool;
    private Map<String, Indexed> before;
    private long blobStart;
    private FileChannel channel;
    private final Map<String, MarkdownRenderer.RenderedBody> made = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<String> missed = ConcurrentHashMap.newKeySet();

    /**
     * What the index says of a cached body: where its HTML is, its CRC-32C, and the text and reading time cards need.
     */
    private record Indexed(String text, int minutes, long offset, int length, int crc) {}

    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Opens the cache of a build cache directory.
     *
     * @param read false to start empty (a full build)
     */
    BodyCache(Path cacheDir, boolean read) {
        this.file = cacheDir.resolve(FILE);
        this.tool = TemplateSet.toolIdentity();
        this.before = read ? load() : Map.of();
    }

    /** Marks a body as part of this build, so that saving keeps it, without reading it. */
    void use(String key) {
        used.add(key);
    }

    /** The rendered body of a Markdown text whose {@link #key} is known: from the cache or rendered now. */
    MarkdownRenderer.RenderedBody render(String key, String markdown, MarkdownRenderer renderer) {
        used.add(key);
        MarkdownRenderer.RenderedBody body = made.get(key);
        if (body != null) {
            return body;
        }
        return made.computeIfAbsent(key, k -> {
            Indexed i = before.get(k);
            if (i != null) {
                String html = readHtml(i);
                if (html != null) {
                    return new MarkdownRenderer.RenderedBody(html, i.text(), i.minutes());
                }
            }
            missed.add(k);
            return renderer.render(markdown);
        });
    }

    /**
     * The HTML of one body the cache in {@code cacheDir} holds, or null: found by scanning the index without building
     * it, for a build that needs one body and nothing else of the cache.
     */
    static String cachedHtml(Path cacheDir, String key) {
        Path file = cacheDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] want = key.getBytes(StandardCharsets.UTF_8);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer in = index(c, TemplateSet.toolIdentity());
            if (in == null) {
                return null;
            }
            long blob = HEAD + in.capacity();
            for (int i = CacheFile.count(in, 24); i > 0; i--) {
                int keyLength = CacheFile.count(in, 1);
                int at = in.position();
                boolean found = java.util.Arrays.equals(in.array(), at, at + keyLength, want, 0, want.length);
                in.position(at + keyLength);
                int textLength = CacheFile.count(in, 1);
                in.position(in.position() + textLength + 4); // the text, then the reading time
                long offset = in.getLong();
                int size = in.getInt();
                int crc = in.getInt();
                if (found) {
                    byte[] html = readChecked(c, new Indexed(null, 0, offset, size, crc), blob);
                    return html == null ? null : new String(html, StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * What was wrong with the cache file (the whole of it was discarded when its index was damaged; a body whose HTML
     * does not match its checksum is rendered again), for the build's summary.
     */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Bodies rendered now rather than taken from the cache. */
    int rendered() {
        return missed.size();
    }

    /** Saves the bodies this build used (dropping those it no longer needs), when anything changed, and lets them go. */
    void save() {
        try {
            write();
        } finally {
            close();
            before = Map.of();
            made.clear();
            used.clear();
        }
    }

    private void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Read-only; nothing to lose.
            }
            channel = null;
        }
    }

    private void write() {
        if (missed.isEmpty() && used.size() == before.size() && before.keySet().containsAll(used)) {
            return;
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Set<String> kept = new TreeSet<>(used);
            // A body used by key alone that was neither made nor cached is left out: a later build renders it again.
            kept.removeIf(k -> !made.containsKey(k) && !before.containsKey(k));
            List<String> keys = List.copyOf(kept);
            // A build into a new folder writes every body (50 MB of HTML at 10,000 articles): lengths and UTF-8 are
            // computed on all cores, in the caller's fork-join pool.
            int[] lengths = new int[keys.size()];
            int[] crcs = new int[keys.size()];
            IntStream.range(0, keys.size()).parallel().forEach(k -> {
                MarkdownRenderer.RenderedBody b = made.get(keys.get(k));
                if (b != null) {
                    byte[] html = b.html().getBytes(StandardCharsets.UTF_8);
                    lengths[k] = html.length;
                    crcs[k] = CacheFile.crc(html, 0, html.length);
                } else {
                    lengths[k] = before.get(keys.get(k)).length();
                    crcs[k] = before.get(keys.get(k)).crc();
                }
            });
            // The index first (its length leads the file, so a reader knows where the HTML starts), then the HTML,
            // encoded again as it is written, a block of bodies at a time, rather than held twice in memory.
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream(1 << 20);
            try (DataOutputStream index = new DataOutputStream(head)) {
                index.writeInt(FORMAT);
                CacheStrings.write(index, tool);
                index.writeInt(keys.size());
                long offset = 0;
                for (int k = 0; k < keys.size(); k++) {
                    MarkdownRenderer.RenderedBody b = made.get(keys.get(k));
                    Indexed i = before.get(keys.get(k));
                    CacheStrings.write(index, keys.get(k));
                    CacheStrings.write(index, b != null ? b.text() : i.text());
                    index.writeInt(b != null ? b.minutes() : i.minutes());
                    index.writeLong(offset);
                    index.writeInt(lengths[k]);
                    index.writeInt(crcs[k]);
                    offset += lengths[k];
                }
            }
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                    1 << 16))) {
                byte[] indexBytes = head.toByteArray();
                out.writeInt(indexBytes.length);
                out.writeInt(CacheFile.crc(indexBytes, 0, indexBytes.length));
                out.write(indexBytes);
                for (int from = 0; from < keys.size(); from += WRITE_BLOCK) {
                    int start = from;
                    byte[][] html = new byte[Math.min(WRITE_BLOCK, keys.size() - from)][];
                    IntStream.range(0, html.length).parallel().forEach(k -> {
                        MarkdownRenderer.RenderedBody b = made.get(keys.get(start + k));
                        html[k] = b != null ? b.html().getBytes(StandardCharsets.UTF_8) : null;
                    });
                    for (int k = 0; k < html.length; k++) {
                        String key = keys.get(start + k);
                        byte[] h = html[k] != null ? html[k] : readBytes(before.get(key));
                        if (h != null && CacheFile.crc(h, 0, h.length) != crcs[start + k]) {
                            throw new IllegalStateException("body " + key + " changed while the cache was written");
                        }
                        if (h == null) {
                            throw new IOException("cannot read the cached body " + key);
                        }
                        if (h.length != lengths[start + k]) {
                            throw new IllegalStateException("UTF-8 length of body " + key + " miscounted");
                        }
                        out.write(h);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * The index of a cache file, positioned at its entry count, read in one go and parsed from memory (a stream of
     * small reads is slow in a short build); null when the file is of another format or tool. The HTML follows it.
     */
    private static ByteBuffer index(FileChannel c, String tool) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(HEAD);
        readFully(c, head, 0);
        head.flip();
        int length = head.getInt();
        int crc = head.getInt();
        if (length < 4 || length > c.size() - HEAD) {
            throw new CacheFile.Damaged(FILE + ": an index of " + length + " bytes in a file of " + c.size());
        }
        ByteBuffer in = ByteBuffer.allocate(length);
        readFully(c, in, HEAD);
        in.flip();
        if (in.getInt(0) != FORMAT) {
            return null; // another layout: not damage, a cache the next build replaces
        }
        if (CacheFile.crc(in.array(), 0, length) != crc) {
            throw new CacheFile.Damaged(FILE + ": the checksum of its index does not match");
        }
        in.getInt();
        return CacheStrings.read(in).equals(tool) ? in : null;
    }

    private Map<String, Indexed> load() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer in = index(c, tool);
            if (in == null) {
                return Map.of();
            }
            int n = CacheFile.count(in, 28);
            Map<String, Indexed> out = new HashMap<>(n * 2);
            long blob = 0;
            for (int i = 0; i < n; i++) {
                String key = CacheStrings.read(in);
                String text = CacheStrings.read(in);
                int minutes = in.getInt();
                long offset = in.getLong();
                int size = in.getInt();
                int crc = in.getInt();
                if (offset != blob || size < 0) {
                    throw new CacheFile.Damaged(FILE + ": its index places bodies where none were written");
                }
                blob += size;
                out.put(key, new Indexed(text, minutes, offset, size, crc));
            }
            blobStart = HEAD + in.capacity();
            if (blobStart + blob != c.size()) {
                throw new CacheFile.Damaged(FILE + ": " + c.size() + " bytes where its index accounts for "
                        + (blobStart + blob));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            // A damaged cache only costs time: render everything again.
            problems.add(e instanceof CacheFile.Damaged ? e.getMessage() : FILE + ": unreadable (" + e + ")");
            return Map.of();
        }
    }

    private static void readFully(FileChannel c, ByteBuffer buf, long at) throws IOException {
        while (buf.hasRemaining()) {
            if (c.read(buf, at + buf.position()) < 0) {
                throw new IOException("truncated");
            }
        }
    }

    /** A cached body's HTML, or null when the file cannot give it (the body is then rendered again). */
    private String readHtml(Indexed i) {
        byte[] b = readBytes(i);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    private byte[] readBytes(Indexed i) {
        try {
            byte[] html = readChecked(channel(), i, blobStart);
            if (html == null) {
                problems.add(FILE + ": the HTML of a body does not match its checksum (rendered again)");
            }
            return html;
        } catch (IOException e) {
            return null;
        }
    }

    /** A body's HTML from the file, or null when it does not match its checksum. */
    private static byte[] readChecked(FileChannel c, Indexed i, long blobStart) throws IOException {
        if (i.length() < 0 || blobStart + i.offset() + i.length() > c.size()) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate(i.length());
        readFully(c, buf, blobStart + i.offset());
        return CacheFile.crc(buf.array(), 0, i.length()) == i.crc() ? buf.array() : null;
    }

    private synchronized FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        return channel;
    }

    /**
     * The SHA-256 of a Markdown text, in hex: the cache's key. Not MD5, although a build into a new folder keys every
     * body (0.4 s of CPU at 10,000 articles in the short-run JVM, a third of that in MD5): bodies come from reports
     * the site's editors did not write, and two crafted to collide would share one body's HTML.
     */
    static String key(String markdown) {
        byte[] d = Digests.sha256().digest(markdown.getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(d);
    }
}
