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
    private static final int FORMAT = 5;
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

    /** What the index says of a cached body: where its HTML is, and the text and reading time cards need. */
    private record Indexed(String text, int minutes, long offset, int length) {}

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
            long blob = 4L + in.capacity();
            for (int i = in.getInt(); i > 0; i--) {
                int keyLength = in.getInt();
                int at = in.position();
                boolean found = java.util.Arrays.equals(in.array(), at, at + keyLength, want, 0, want.length);
                in.position(at + keyLength);
                int textLength = in.getInt();
                in.position(in.position() + textLength + 4); // the text, then the reading time
                long offset = in.getLong();
                int size = in.getInt();
                if (found) {
                    ByteBuffer html = ByteBuffer.allocate(size);
                    readFully(c, html, blob + offset);
                    return new String(html.array(), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
            IntStream.range(0, keys.size()).parallel().forEach(k -> {
                MarkdownRenderer.RenderedBody b = made.get(keys.get(k));
                lengths[k] = b != null ? utf8Length(b.html()) : before.get(keys.get(k)).length();
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
                    offset += lengths[k];
                }
            }
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                    1 << 16))) {
                out.writeInt(head.size());
                head.writeTo(out);
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
        ByteBuffer length = ByteBuffer.allocate(4);
        readFully(c, length, 0);
        ByteBuffer in = ByteBuffer.allocate(length.flip().getInt());
        readFully(c, in, 4);
        in.flip();
        return in.getInt() == FORMAT && CacheStrings.read(in).equals(tool) ? in : null;
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
            int n = in.getInt();
            Map<String, Indexed> out = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String key = CacheStrings.read(in);
                String text = CacheStrings.read(in);
                int minutes = in.getInt();
                long offset = in.getLong();
                int size = in.getInt();
                out.put(key, new Indexed(text, minutes, offset, size));
            }
            blobStart = 4L + in.capacity();
            return out;
        } catch (IOException | RuntimeException e) {
            // A damaged cache only costs time: render everything again.
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
            ByteBuffer buf = ByteBuffer.allocate(i.length());
            readFully(channel(), buf, blobStart + i.offset());
            return buf.array();
        } catch (IOException e) {
            return null;
        }
    }

    private synchronized FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        return channel;
    }

    /** The length of a string in UTF-8, counted without encoding it (the HTML is encoded once, when written). */
    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++; // a lone surrogate is encoded as '?'
            } else {
                n += 3;
            }
        }
        return n;
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
