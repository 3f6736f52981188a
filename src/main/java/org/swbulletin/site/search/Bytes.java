package org.swbulletin.site.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing array of bytes, for the index files: a {@link java.io.ByteArrayOutputStream} locks on every byte, and the
 * index writes tens of millions of them one at a time.
 */
final class Bytes {
    private byte[] buf;
    private int size;

    Bytes(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    void write(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, size * 2);
        }
        buf[size++] = (byte) b;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int len) {
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size * 2, size + len));
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    /** A number in seven bits a byte, low first, the high bit set on every byte but the last. */
    void varint(int v) {
        while ((v & ~0x7f) != 0) {
            write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        write(v);
    }

    /** A term and its postings, as a shard holds them: each as its length in bytes, then the bytes. */
    void entry(String term, byte[] postings) {
        byte[] t = term.getBytes(StandardCharsets.UTF_8);
        varint(t.length);
        write(t);
        varint(postings.length);
        write(postings);
    }

    /** The buffer itself when it holds exactly {@code n} bytes, as a buffer made at that capacity does; else a copy. */
    byte[] exactly(int n) {
        return size == n && buf.length == n ? buf : toByteArray();
    }

    int size() {
        return size;
    }

    void reset() {
        size = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
