package org.swbulletin.site;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.swbulletin.render.MarkdownRenderer;

/**
 * Markdown bodies rendered by earlier builds, by the SHA-256 of their text and of the tool's identity: turning Markdown
 * into sanitised HTML is the largest part of a build that changed little, and a body's HTML depends on nothing else.
 * Thread-safe for lookups; saved only when the build succeeded.
 */
final class BodyCache {
    private static final String FILE = "bodies.bin";
    private static final int FORMAT = 1;

    private final Path file;
    private final String tool;
    private Map<String, MarkdownRenderer.RenderedBody> before;
    private final Map<String, MarkdownRenderer.RenderedBody> used = new ConcurrentHashMap<>();
    private final Set<String> missed = ConcurrentHashMap.newKeySet();

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

    /** The rendered body of a Markdown text, from the cache or rendered now. */
    MarkdownRenderer.RenderedBody render(String markdown, MarkdownRenderer renderer) {
        return render(key(markdown), markdown, renderer);
    }

    /** The rendered body of a Markdown text whose {@link #key} is known. */
    MarkdownRenderer.RenderedBody render(String key, String markdown, MarkdownRenderer renderer) {
        MarkdownRenderer.RenderedBody body = before.get(key);
        if (body == null) {
            body = renderer.render(markdown);
            missed.add(key);
        }
        used.put(key, body);
        return body;
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
            before = Map.of();
            used.clear();
        }
    }

    private void write() {
        if (missed.isEmpty() && used.size() == before.size()) {
            return;
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                1 << 16))) {
            out.writeInt(FORMAT);
            out.writeUTF(tool);
            out.writeInt(used.size());
            for (Map.Entry<String, MarkdownRenderer.RenderedBody> e : used.entrySet()) {
                out.writeUTF(e.getKey());
                bytes(out, e.getValue().html());
                bytes(out, e.getValue().text());
                out.writeInt(e.getValue().minutes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tmp, e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Map<String, MarkdownRenderer.RenderedBody> load() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(tool)) {
                return Map.of();
            }
            int n = in.readInt();
            Map<String, MarkdownRenderer.RenderedBody> out = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                String html = string(in);
                String text = string(in);
                out.put(key, new MarkdownRenderer.RenderedBody(html, text, in.readInt()));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            // A damaged cache only costs time: render everything again.
            return Map.of();
        }
    }

    private static void bytes(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The SHA-256 of a Markdown text, in hex: the cache's key. */
    static String key(String markdown) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(markdown.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
