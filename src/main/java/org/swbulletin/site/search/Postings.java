package org.swbulletin.site.search;

/**
 * The compact forms of a list of documents, written by the index and read by {@code search.js} and
 * {@link SearchIndexReader}. Documents are numbers, oldest first; each document of a term's list carries the best field
 * it holds the term in ({@link #TITLE}, {@link #LEAD}, {@link #BODY}).
 *
 * <p>A list starts with a mode byte. {@link #GAPS}: the count, then for each document the gap from the previous one
 * (the first from -1) shifted left two bits with the field in the low bits, as a varint (seven bits a byte, low
 * first). {@link #BITMAPS}: one bitmap of {@code ceil(docs / 8)} bytes per field, bit {@code d % 8} of byte
 * {@code d / 8} set for document {@code d}. The smaller form is written: gaps for rare terms, bitmaps for terms nearly
 * every document holds (站, 社会).
 */
public final class Postings {
    public static final int TITLE = 0;
    public static final int LEAD = 1;
    public static final int BODY = 2;
    /** The fields, best first. */
    public static final int FIELDS = 3;
    static final int GAPS = 0;
    static final int BITMAPS = 1;
    static final int RUNS = 2;
    static final int BITMAP = 3;

    private Postings() {}

    /**
     * Encodes documents in increasing order with their fields.
     *
     * @param docs   document numbers, increasing
     * @param fields the field of each, in {@code [0, FIELDS)}
     * @param count  how many of the arrays' entries are used
     * @param total  the number of documents of the index
     */
    public static byte[] encode(int[] docs, byte[] fields, int count, int total) {
        Bytes gaps = new Bytes(count * 2 + 4);
        gaps.write(GAPS);
        gaps.varint(count);
        int prev = -1;
        for (int i = 0; i < count; i++) {
            gaps.varint((docs[i] - prev) << 2 | fields[i]);
            prev = docs[i];
        }
        int bitmapBytes = 1 + FIELDS * ((total + 7) / 8);
        if (gaps.size() <= bitmapBytes) {
            return gaps.toByteArray();
        }
        byte[] out = new byte[bitmapBytes];
        out[0] = BITMAPS;
        int stride = (total + 7) / 8;
        for (int i = 0; i < count; i++) {
            out[1 + fields[i] * stride + (docs[i] >> 3)] |= (byte) (1 << (docs[i] & 7));
        }
        return out;
    }

    /**
     * Encodes documents already written as the gaps of {@link #GAPS} (without mode and count), as {@link #encode}
     * would encode them.
     *
     * @param gaps   the gaps, in {@code [0, length)}
     * @param count  how many documents they hold
     * @param total  the number of documents of the index
     */
    static byte[] fromGaps(byte[] gaps, int length, int count, int total) {
        Bytes head = new Bytes(6);
        head.write(GAPS);
        head.varint(count);
        int stride = (total + 7) / 8;
        int bitmapBytes = 1 + FIELDS * stride;
        if (head.size() + length <= bitmapBytes) {
            head.write(gaps, 0, length);
            return head.toByteArray();
        }
        byte[] out = new byte[bitmapBytes];
        out[0] = BITMAPS;
        int[] at = {0};
        int doc = -1;
        for (int i = 0; i < count; i++) {
            int v = readVarint(gaps, at);
            doc += v >>> 2;
            out[1 + (v & 3) * stride + (doc >> 3)] |= (byte) (1 << (doc & 7));
        }
        return out;
    }

    /**
     * Decodes a list into one byte per document of the index: its field, or {@link #ABSENT}.
     *
     * @param offset where the list starts in {@code in}
     */
    public static byte[] decode(byte[] in, int offset, int total) {
        byte[] fields = new byte[total];
        java.util.Arrays.fill(fields, ABSENT);
        if (in[offset] == BITMAP) {
            for (int d = 0; d < total; d++) {
                if ((in[offset + 1 + (d >> 3)] & (1 << (d & 7))) != 0) {
                    fields[d] = 0;
                }
            }
            return fields;
        }
        if (in[offset] == RUNS) {
            int[] at = {offset + 1};
            int runs = readVarint(in, at);
            int d = 0;
            for (int r = 0; r < runs; r++) {
                d += readVarint(in, at);
                for (int end = d + readVarint(in, at); d < end; d++) {
                    fields[d] = 0;
                }
            }
            return fields;
        }
        if (in[offset] == BITMAPS) {
            int stride = (total + 7) / 8;
            for (int f = FIELDS - 1; f >= 0; f--) {
                for (int d = 0; d < total; d++) {
                    if ((in[offset + 1 + f * stride + (d >> 3)] & (1 << (d & 7))) != 0) {
                        fields[d] = (byte) f;
                    }
                }
            }
            return fields;
        }
        int[] at = {offset + 1};
        int count = readVarint(in, at);
        int doc = -1;
        for (int i = 0; i < count; i++) {
            int v = readVarint(in, at);
            doc += v >>> 2;
            fields[doc] = (byte) (v & 3);
        }
        return fields;
    }

    /**
     * Encodes a set of documents (a facet value's) in the smallest of three forms: {@link #GAPS} (every field 0),
     * {@link #RUNS} (the count of runs, then for each the gap from the end of the previous one and its length, as
     * varints: a year's or a report's documents are one run, numbered by date) or {@link #BITMAP} (one bitmap).
     */
    public static byte[] encodeSet(int[] docs, int count, int total) {
        byte[] gaps = encode(docs, new byte[count], count, total);
        Bytes runs = new Bytes(16);
        runs.write(RUNS);
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || docs[i] != docs[i - 1] + 1) {
                n++;
            }
        }
        runs.varint(n);
        int end = 0;
        for (int i = 0; i < count; ) {
            int j = i + 1;
            while (j < count && docs[j] == docs[j - 1] + 1) {
                j++;
            }
            runs.varint(docs[i] - end);
            runs.varint(j - i);
            end = docs[j - 1] + 1;
            i = j;
        }
        byte[] bitmap = new byte[1 + (total + 7) / 8];
        bitmap[0] = BITMAP;
        for (int i = 0; i < count; i++) {
            bitmap[1 + (docs[i] >> 3)] |= (byte) (1 << (docs[i] & 7));
        }
        byte[] best = runs.size() < gaps.length ? runs.toByteArray() : gaps;
        return bitmap.length < best.length ? bitmap : best;
    }

    /** What {@link #decode} gives a document that does not hold the term. */
    public static final byte ABSENT = 3;

    static int readVarint(byte[] in, int[] at) {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = in[at[0]++] & 0xff;
            v |= (b & 0x7f) << shift;
            if (b < 0x80) {
                return v;
            }
            shift += 7;
        }
    }
}
