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
 * both languages' files: the duplicate compression was a third of the index's time. The short parts are stored as
 * they are: compressed alone they shrank by a few bytes, for a fresh compressor each (its tables cleared). Every file
 * is still a function of its document alone, as a build that patches one document needs.
 */
final class DocFile {
    /** The header {@link java.util.zip.GZIPOutputStream} writes: deflate, no flags, time or extras, OS unknown. */
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private DocFile() {}

    /** A document's text part: its JSON members as UTF-8, and compressed. */
    record Text(byte[] utf8, byte[] deflated) {}

    /** The file of a document. */
    static byte[] of(SearchDocument d) {
        return of(d, text(d));
    }

    /** The text part of a document, for {@link #of(SearchDocument, Text)}. */
    static Text text(SearchDocument d) {
        StringBuilder json = json();
        JsonLd.write(json, JsonLd.object("l", d.lead(), "b", d.body()));
        // The members without the object's braces: the file's JSON joins them to the others.
        byte[] utf8 = Utf8.of(json, 1, json.length() - 1);
        return new Text(utf8, deflate(utf8, utf8.length));
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
        crc.update(text.utf8());
        crc.update(tail);
        Bytes b = new Bytes(GZIP_HEADER.length + head.length + text.deflated().length + tail.length + 32);
        b.write(GZIP_HEADER);
        stored(b, head, false);
        b.write(text.deflated());
        stored(b, tail, true);
        writeIntLe(b, (int) crc.getValue());
        writeIntLe(b, head.length + text.utf8().length + tail.length);
        return b.toByteArray();
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
    private static final ThreadLocal<Bytes> OUT = ThreadLocal.withInitial(() -> new Bytes(1 << 14));
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

    /** UTF-8 as String.getBytes makes it, from a part of a builder without copying it to a string first. */
    static final class Utf8 {
        private Utf8() {}

        static byte[] of(CharSequence text, int from, int to) {
            byte[] out = new byte[utf8Length(text, from, to)];
            int k = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    out[k++] = (byte) c;
                } else if (c < 0x800) {
                    out[k++] = (byte) (0xc0 | c >> 6);
                    out[k++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
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
            return out;
        }

        private static int utf8Length(CharSequence text, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    n++;
                } else if (c < 0x800) {
                    n += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                    n += 4;
                    i++;
                } else if (Character.isSurrogate(c)) {
                    n++;
                } else {
                    n += 3;
                }
            }
            return n;
        }
    }
}
