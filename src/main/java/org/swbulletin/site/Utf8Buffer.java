package org.swbulletin.site;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A reusable writer that encodes a rendered page straight into UTF-8 bytes.
 *
 * <p>Rendering into a {@code StringWriter} and then encoding copied every page three times (buffer growth, the final
 * string, the bytes); this keeps one buffer per rendering thread. Long strings written again and again (the sidebar
 * markup every page shares) are encoded once and then copied as bytes. Not thread-safe.
 */
final class Utf8Buffer extends Writer {
    /** Strings at least this long are encoded once and remembered by identity. */
    private static final int REMEMBERED = 2048;

    private byte[] bytes = new byte[64 * 1024];
    private int size;
    private char pendingHigh;
    /** Most long strings (article bodies) are written once: only one seen twice is worth remembering. */
    private static final int REMEMBERED_MAX = 32;

    private final Map<String, byte[]> encoded = new IdentityHashMap<>();
    private final Map<String, Boolean> seenOnce = new IdentityHashMap<>();

    /** Empties the buffer for the next page. */
    void reset() {
        size = 0;
        pendingHigh = 0;
    }

    /** The bytes written since the last reset (the array is reused: copy or consume before the next reset). */
    byte[] array() {
        return bytes;
    }

    /** Number of valid bytes in {@link #array()}. */
    int size() {
        return size;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    @Override
    public void write(String s) {
        if (s.length() >= REMEMBERED && pendingHigh == 0) {
            byte[] b = encoded.get(s);
            if (b == null) {
                if (seenOnce.put(s, Boolean.TRUE) == null || encoded.size() >= REMEMBERED_MAX) {
                    if (seenOnce.size() > REMEMBERED_MAX) {
                        seenOnce.clear();
                    }
                    write(s, 0, s.length());
                    return;
                }
                b = s.getBytes(StandardCharsets.UTF_8);
                encoded.put(s, b);
            }
            ensure(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
            return;
        }
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) {
        ensure(len * 3 + 4);
        for (int i = off; i < off + len; i++) {
            put(s.charAt(i));
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        ensure(len * 3 + 4);
        for (int i = off; i < off + len; i++) {
            put(cbuf[i]);
        }
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    private void put(char c) {
        byte[] b = bytes;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                b[size++] = (byte) (0xF0 | (cp >> 18));
                b[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            b[size++] = '?';
        }
        if (c < 0x80) {
            b[size++] = (byte) c;
        } else if (c < 0x800) {
            b[size++] = (byte) (0xC0 | (c >> 6));
            b[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            b[size++] = '?';
        } else {
            b[size++] = (byte) (0xE0 | (c >> 12));
            b[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    @Override
    public void flush() {
        // Nothing buffered outside the array.
    }

    @Override
    public void close() {
        if (pendingHigh != 0) {
            ensure(1);
            bytes[size++] = '?';
            pendingHigh = 0;
        }
    }
}
