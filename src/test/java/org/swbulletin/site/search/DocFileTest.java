package org.swbulletin.site.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.swbulletin.enrich.SearchTokens;
import org.swbulletin.render.JsonLd;

class DocFileTest {
    private static final SearchDocument CHINESE = new SearchDocument("gs-1", "/articles/gs-1/", "甘肃社工站全覆盖",
            null, List.of("甘肃"), List.of("社工站"), "2024年3月12日", "3月12日，甘肃省1,228个社工站建成。",
            "其中𠮷“引号”与\\反斜杠\n第二段 <b>&amp;", false, List.of("甘肃社工站全覆盖", "甘肃"), List.of());
    private static final SearchDocument ENGLISH_PAGE = new SearchDocument("gs-1", "/en/articles/gs-1/",
            "Gansu covers every township", "甘肃社工站全覆盖", List.of("Gansu"), List.of("Social work stations"),
            "12 March 2024", CHINESE.lead(), CHINESE.body(), true, CHINESE.pinyinOf(), List.of());

    private static String gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The JSON a reader of the file gets: every member of the result, as one object. */
    private static String json(SearchDocument d) {
        List<List<String>> readings = SearchTokens.readings(d.pinyinOf());
        return JsonLd.write(JsonLd.object("u", d.url(), "t", d.title(), "o", d.original(), "p", d.places(), "h",
                d.themes(), "d", d.date(), "l", d.lead(), "b", d.body(), "z", d.chinese() ? 1 : null, "y",
                readings.isEmpty() ? null : readings));
    }

    @Test
    void aFileUnzipsToTheWholeResultAsOneJsonObject() throws IOException {
        assertEquals(json(CHINESE), gunzip(DocFile.of(CHINESE)));
        assertEquals(json(ENGLISH_PAGE), gunzip(DocFile.of(ENGLISH_PAGE)));
    }

    @Test
    void aTextPartSharedWithAnotherLanguageGivesTheBytesTheDocumentMakesAlone() {
        DocFile.Text shared = DocFile.text(CHINESE);
        assertArrayEquals(DocFile.of(ENGLISH_PAGE), DocFile.of(ENGLISH_PAGE, shared));
        assertArrayEquals(DocFile.of(CHINESE), DocFile.of(CHINESE, shared));
    }

    @Test
    void aDocumentWithNeitherFlagNorReadingsClosesTheObjectAfterItsText() throws IOException {
        SearchDocument plain = new SearchDocument("x", "/x/", "Title", null, List.of(), List.of(), "", "", "", false,
                List.of(), List.of());
        assertEquals("{\"u\":\"/x/\",\"t\":\"Title\",\"p\":[],\"h\":[],\"d\":\"\",\"l\":\"\",\"b\":\"\"}",
                gunzip(DocFile.of(plain)));
    }

    @Test
    void aTextTheFirstAndThirdIndexesShareIsWrittenRightWithAnotherTextMadeBetween() {
        SearchDocument translated = new SearchDocument("gs-1", "/en/articles/gs-1/", "Gansu", "甘肃社工站全覆盖",
                List.of("Gansu"), List.of(), "12 March 2024", "On 12 March, Gansu opened 1,228 stations.",
                "A second paragraph.", false, CHINESE.pinyinOf(), List.of());
        SearchDocument[] three = {CHINESE, translated, ENGLISH_PAGE};
        List<java.util.SortedMap<String, byte[]>> files = SearchIndex.filesOfEach(1, d -> three,
                List.of(List.of(), List.of(), List.of()));
        for (int i = 0; i < three.length; i++) {
            assertArrayEquals(DocFile.of(three[i]), files.get(i).get("d/0.bin"));
        }
    }
}
