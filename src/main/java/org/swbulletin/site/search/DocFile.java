package org.swbulletin.site.search;

import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.swbulletin.enrich.SearchTokens;
import org.swbulletin.render.JsonLd;

/**
 * A document's file, {@code d/N.bin}: its result as JSON, u(rl), t(itle), o(riginal title), p(laces), h (themes),
 * d(ate), l(ead), b(ody), z (Chinese text on an English page), y (the readings of its Chinese names,
 * {@link SearchTokens#readings}, so that a pinyin query's match can be marked), gzipped.
 *
 * <p>The deflate stream is three parts, each ended on a byte boundary: the members before the text, stored; the text
 * ({@code l} and {@code b}), compressed on its own; and the members after it, stored. A part never refers back to
 * another, so the text part of an article whose English page shows the Chinese text is compressed once and stands in
 * both languages' files instead of being compressed for each. The short parts are stored as
 * they are: compressed alone they shrank by a few bytes, for a fresh compressor each (its tables cleared). Every file
 * is still a function of its document alone, as a build that patches one document needs.
 */
final class DocFile {
    /** The header {@link java.util.zip.GZIPOutputStream} writes: deflate, no flags, time or extras, OS unknown. */
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private DocFile() {}

    /**
     * A document's text part: its JSON members as UTF-8 (the first {@code length} bytes of {@code utf8}: this thread's
     * buffer, so a part is good until the thread makes the next one), and compressed.
     */
    record Text(byte[] utf8, int length, byte[] deflated) {}

    /** The file of a document. */
    static byte[] of(SearchDocument d) {
        return of(d, text(d));
    }

    /** The text part of a document, for {@link #of(SearchDocument, Text)}. */
    static Text text(SearchDocument d) {
        StringBuilder json = json();
        JsonLd.write(json, JsonLd.object("l", d.lead(), "b", d.body()));
        // The members without the object's braces: the file's JSON joins them to the others.
        int length = Utf8.into(json, 1, json.length() - 1, TEXT);
        byte[] utf8 = TEXT.get()[0];
        return new Text(utf8, length, deflate(utf8, length));
    }

    /** The file of a document whose text part is given. */
    static byte[] of(SearchDocument d, Text text) {
        StringBuilder json = json();
        JsonLd.write(json, JsonLd.object("u", d.url(), "t", d.title(), "o", d.original(), "p", d.places(), "h",
                d.themes(), "d", d.date()));
        json.setCharAt(json.length() - 1, ',');
        byte[] head = Utf8.of(json, 0, json.length());
        json.setLength(0);
        List<List<String>> readings = SearchTokens.readings(d.pinyinOf());
        JsonLd.write(json, JsonLd.object("z", d.chinese() ? 1 : null, "y", readings.isEmpty() ? null : readings));
        if (json.length() > 2) {
            json.setCharAt(0, ',');
        } else {
            json.deleteCharAt(0);
        }
        byte[] tail = Utf8.of(json, 0, json.length());
        CRC32 crc = new CRC32();
        crc.update(head);
        crc.update(text.utf8(), 0, text.length());
        crc.update(tail);
        int size = GZIP_HEADER.length + storedSize(head.length) + text.deflated().length + storedSize(tail.length) + 8;
        Bytes b = new Bytes(size);
        b.write(GZIP_HEADER);
        stored(b, head, false);
        b.write(text.deflated());
        stored(b, tail, true);
        writeIntLe(b, (int) crc.getValue());
        writeIntLe(b, head.length + text.length() + tail.length);
        return b.exactly(size);
    }

    private static StringBuilder json() {
        StringBuilder json = JSON.get();
        json.setLength(0);
        return json;
    }

    /** The bytes compressed as a deflate stream of their own, ended by a sync flush: on a byte boundary, not last. */
    private static byte[] deflate(byte[] in, int length) {
        Deflater def = DEFLATER.get();
        def.reset();
        def.setInput(in, 0, length);
        Bytes b = OUT.get();
        b.reset();
        byte[] buf = BUFFER.get();
        int k;
        do {
            k = def.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
            b.write(buf, 0, k);
        } while (k == buf.length);
        return b.toByteArray();
    }

    /** The size of {@code n} bytes as {@link #stored} blocks: five bytes of header a block. */
    private static int storedSize(int n) {
        return n + 5 * Math.max(1, (n + 0xfffe) / 0xffff);
    }

    /** The bytes as stored deflate blocks (RFC 1951, 3.2.4), the last of the stream when {@code last}. */
    private static void stored(Bytes b, byte[] in, boolean last) {
        int at = 0;
        do {
            int len = Math.min(in.length - at, 0xffff);
            boolean end = at + len == in.length;
            b.write(last && end ? 1 : 0);
            b.write(len);
            b.write(len >>> 8);
            b.write(~len);
            b.write(~len >>> 8);
            b.write(in, at, len);
            at += len;
        } while (at < in.length);
    }

    private static void writeIntLe(Bytes b, int v) {
        b.write(v);
        b.write(v >>> 8);
        b.write(v >>> 16);
        b.write(v >>> 24);
    }

    private static final ThreadLocal<StringBuilder> JSON = ThreadLocal.withInitial(() -> new StringBuilder(1 << 14));
    private static final ThreadLocal<byte[][]> TEXT = ThreadLocal.withInitial(() -> new byte[][] {new byte[1 << 15]});
    private static final ThreadLocal<Bytes> OUT = ThreadLocal.withInitial(() -> new Bytes(1 << 14));
    /**
     * Level 2, zlib's fast greedy matching: on result texts it took about four fifths of the time of the default
     * level 6 for files about 5 % larger, and a query fetches ten of them.
     */
    private static final int LEVEL = 2;
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

    /**
     * UTF-8 as String.getBytes makes it, from a part of a builder without copying it to a string first: its characters
     * copied out once, encoded in one pass into this thread's buffer (reading a builder a character at a time, and
     * counting the bytes first, was a large part of the index's time).
     */
    static final class Utf8 {
        private static final ThreadLocal<char[][]> CHARS = ThreadLocal.withInitial(() -> new char[][] {new char[1 << 14]});
        private static final ThreadLocal<byte[][]> BYTES = ThreadLocal.withInitial(() -> new byte[][] {new byte[1 << 15]});

        private Utf8() {}

        /** The bytes, in an array of their own. */
        static byte[] of(StringBuilder text, int from, int to) {
            byte[][] out = BYTES.get();
            return java.util.Arrays.copyOf(out[0], encode(text, from, to, out));
        }

        /** The bytes in this thread's {@code buffer}, grown when short; returns how many. */
        static int into(StringBuilder text, int from, int to, ThreadLocal<byte[][]> buffer) {
            return encode(text, from, to, buffer.get());
        }

        private static int encode(StringBuilder text, int from, int to, byte[][] holder) {
            int n = to - from;
            char[][] chars = CHARS.get();
            if (chars[0].length < n) {
                chars[0] = new char[Math.max(n, chars[0].length * 2)];
            }
            char[] in = chars[0];
            text.getChars(from, to, in, 0);
            if (holder[0].length < n * 3) {
                holder[0] = new byte[Math.max(n * 3, holder[0].length * 2)];
            }
            byte[] out = holder[0];
            int k = 0;
            for (int i = 0; i < n; i++) {
                char c = in[i];
                if (c < 0x80) {
                    out[k++] = (byte) c;
                } else if (c < 0x800) {
                    out[k++] = (byte) (0xc0 | c >> 6);
                    out[k++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                    int cp = Character.toCodePoint(c, in[++i]);
                    out[k++] = (byte) (0xf0 | cp >> 18);
                    out[k++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    out[k++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    out[k++] = (byte) (0x80 | cp & 0x3f);
                } else if (Character.isSurrogate(c)) {
                    out[k++] = '?';
                } else {
                    out[k++] = (byte) (0xe0 | c >> 12);
                    out[k++] = (byte) (0x80 | c >> 6 & 0x3f);
                    out[k++] = (byte) (0x80 | c & 0x3f);
                }
            }
            return k;
        }
    }
}
