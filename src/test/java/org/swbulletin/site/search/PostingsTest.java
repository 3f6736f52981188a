package org.swbulletin.site.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PostingsTest {
    private static byte[] roundTrip(int[] docs, byte[] fields, int total) {
        byte[] encoded = Postings.encode(docs, fields, docs.length, total);
        return Postings.decode(encoded, 0, total);
    }

    @Test
    void aRareTermIsWrittenAsGapsAndReadBack() {
        byte[] f = roundTrip(new int[] {3, 200, 70_000}, new byte[] {0, 2, 1}, 100_000);
        assertEquals(0, f[3]);
        assertEquals(2, f[200]);
        assertEquals(1, f[70_000]);
        assertEquals(Postings.ABSENT, f[4]);
        assertEquals(Postings.GAPS, Postings.encode(new int[] {3}, new byte[] {0}, 1, 100_000)[0]);
    }

    @Test
    void aTermInNearlyEveryDocumentIsWrittenAsBitmaps() {
        int n = 1000;
        int[] docs = new int[n];
        byte[] fields = new byte[n];
        byte[] expected = new byte[n];
        for (int i = 0; i < n; i++) {
            docs[i] = i;
            fields[i] = (byte) (i % 3);
            expected[i] = fields[i];
        }
        byte[] encoded = Postings.encode(docs, fields, n, n);
        assertEquals(Postings.BITMAPS, encoded[0]);
        assertEquals(1 + 3 * 125, encoded.length);
        assertArrayEquals(expected, Postings.decode(encoded, 0, n));
    }

    @Test
    void aDocumentAddedTwiceToATermKeepsItsBetterFieldOnce() {
        SearchIndex.Terms.Growing g = new SearchIndex.Terms.Growing();
        g.add(5, Postings.BODY);
        g.add(5, Postings.TITLE);
        g.add(5, Postings.LEAD);
        g.add(300, Postings.LEAD);
        g.add(300, Postings.BODY);
        assertEquals(2, g.count);
        byte[] fields = Postings.decode(g.postings(1000), 0, 1000);
        assertEquals(Postings.TITLE, fields[5]);
        assertEquals(Postings.LEAD, fields[300]);
        assertEquals(Postings.ABSENT, fields[6]);
    }
}
