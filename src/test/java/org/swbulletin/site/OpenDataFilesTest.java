package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.Publication;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.render.OpenData;
import org.swbulletin.render.TileMap;

/** Issue 15, item 5: the open data files, CSV and JSON of the same columns, for published articles only. */
class OpenDataFilesTest {
    private static final String[] FILES = {"data/articles.csv", "data/articles.json", "data/figures.csv",
        "data/figures.json"};

    @TempDir
    Path tmp;

    @Test
    void theCsvHeadersAndJsonKeysAreTheColumnsOfOpenDataInOrder() throws IOException {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        for (String name : List.of("articles", "figures")) {
            List<String> columns = name.equals("articles")
                    ? OpenData.ARTICLE_COLUMNS.stream().map(OpenData.Column::name).toList()
                    : OpenData.FIGURE_COLUMNS.stream().map(OpenData.Column::name).toList();
            List<List<String>> csv = csv(out.resolve("data/" + name + ".csv"));
            assertEquals(columns, csv.get(0), name);
            for (List<String> row : csv) {
                assertEquals(columns.size(), row.size(), name + ": " + row);
            }
            String json = Files.readString(out.resolve("data/" + name + ".json"));
            List<String> lines = json.lines().filter(l -> l.startsWith("{")).toList();
            assertEquals(csv.size() - 1, lines.size(), name + ": one JSON object per CSV row");
            for (String line : lines) {
                assertEquals(columns, keys(line), name);
            }
        }
    }

    @Test
    void eachArticleRowHasItsNamesInBothLanguagesAndAbsoluteUrlsOfBothPages() throws IOException {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        List<List<String>> csv = csv(out.resolve("data/articles.csv"));
        Map<String, String> dali = row(csv, "dali-training-base");
        assertEquals("https://test.example.org/bulletin/articles/dali-training-base/", dali.get("url_zh"));
        assertEquals("https://test.example.org/bulletin/en/articles/dali-training-base/", dali.get("url_en"));
        assertEquals("true", dali.get("translated"));
        assertEquals("yunnan", dali.get("province_ids"));
        assertEquals("云南", dali.get("provinces_zh"));
        assertEquals("Yunnan", dali.get("provinces_en"));
        assertEquals("false", dali.get("national"));
        Map<String, String> national = row(csv, "national-federation");
        assertEquals("true", national.get("national"));
        assertEquals("", national.get("province_ids"));
        assertEquals("2023-07", national.get("date"));
        assertEquals("中国社会工作联合会", national.get("source_zh"));
        assertFalse(national.get("source_en").isEmpty());
        assertFalse(national.get("title_en").isEmpty(), "an untranslated article still has an English title");
        assertEquals("false", national.get("translated"));
        for (Map<String, String> r : rows(csv)) {
            assertEquals(r.get("theme_ids").split("\\|", -1).length, r.get("themes_en").split("\\|", -1).length,
                    "one English theme name per theme id: " + r);
        }
    }

    @Test
    void figuresCarryTheNumberAsWrittenInDataAndTheWordingOfEachLanguage() throws IOException {
        Path out = tmp.resolve("site");
        FixtureSite.build(out);
        List<Map<String, String>> figures = rows(csv(out.resolve("data/figures.csv")));
        Map<String, String> social = figures.stream()
                .filter(r -> r.get("label_zh").equals("持证社工")).findFirst().orElseThrow();
        assertEquals("kunming-anti-drug", social.get("article_id"));
        assertEquals("2", social.get("figure"));
        assertEquals("12100", social.get("value"), "1.21万 is written as a plain number");
        assertEquals("人", social.get("unit"));
        assertEquals("余", social.get("qualifier"));
        assertEquals("false", social.get("national"));
        assertEquals("yunnan", social.get("province_ids"));
        assertFalse(social.get("value_zh").isEmpty());
        assertFalse(social.get("value_en").isEmpty());
        assertTrue(social.get("text_zh").contains("1.21万"));
        assertTrue(Files.readString(out.resolve("data/figures.json")).contains("\"value\":12100,"),
                "JSON numbers are numbers");
    }

    @Test
    void commasQuotesAndLineEndsAreQuotedAsRfc4180Says() {
        List<OpenData.Column<String[]>> columns = List.of(
                new OpenData.Column<>("a", OpenData.Type.TEXT, r -> r[0]),
                new OpenData.Column<>("b", OpenData.Type.TEXT, r -> r[1]));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"plain", "has, comma"});
        rows.add(new String[] {"say \"hi\"", "two\nlines"});
        rows.add(new String[] {"cr\r\nlf", null});
        byte[] bytes = OpenDataFiles.csv(new OpenData.Table<>("t", columns, rows));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "a byte order mark, for Excel");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("a,b\r\nplain,\"has, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\"cr\r\nlf\",\r\n", text);
        List<List<String>> parsed = parse(text);
        assertEquals(List.of("say \"hi\"", "two\nlines"), parsed.get(2));
        assertEquals(List.of("cr\r\nlf", ""), parsed.get(3));
        String json = new String(OpenDataFiles.json(new OpenData.Table<>("t", columns, rows)), StandardCharsets.UTF_8);
        assertEquals("[\n{\"a\":\"plain\",\"b\":\"has, comma\"},\n{\"a\":\"say \\\"hi\\\"\",\"b\":\"two\\nlines\"},\n"
                + "{\"a\":\"cr\\r\\nlf\",\"b\":null}\n]\n", json);
    }

    @Test
    void twoBuildsWriteTheSameBytes() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        FixtureSite.build(one);
        FixtureSite.build(two);
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void draftsAndHeldArticlesAreLeftOutEvenInAPreviewThatShowsThem() throws IOException {
        Path content = tmp.resolve("content");
        FixtureSite.copyTree(FixtureSite.CONTENT, content);
        Path article = content.resolve("001_fixture/kunming-anti-drug.md");
        Files.writeString(article, Files.readString(article).replaceFirst("\nlang: zh\n", "\nlang: zh\ndraft: true\n"));
        Gazetteer gazetteer = FixtureSite.gazetteer();
        for (boolean drafts : List.of(false, true)) {
            Path out = tmp.resolve("site-" + drafts);
            new SiteBuilder(gazetteer, TileMap.bundled(), 2).build(content, FixtureSite.TEMPLATES, out,
                    new Publication(LocalDate.of(2026, 1, 1), drafts));
            assertEquals(drafts, Files.exists(out.resolve("articles/kunming-anti-drug/index.html")));
            for (String f : FILES) {
                String text = Files.readString(out.resolve(f));
                assertFalse(text.contains("kunming-anti-drug"), f + " lists a draft (drafts shown: " + drafts + ")");
                assertTrue(text.contains("dali-training-base"), f);
            }
        }
    }

    @Test
    void theReadmeDocumentsEveryColumn() throws IOException {
        String readme = Files.readString(Paths.get("README.md"));
        int start = readme.indexOf("### Open data");
        assertTrue(start >= 0, "README has an Open data section");
        String section = readme.substring(start, readme.indexOf("\n## ", start));
        List<String> missing = new ArrayList<>();
        for (List<? extends OpenData.Column<?>> columns : List.of(OpenData.ARTICLE_COLUMNS, OpenData.FIGURE_COLUMNS)) {
            for (OpenData.Column<?> c : columns) {
                if (!section.contains("`" + c.name() + "`")) {
                    missing.add(c.name());
                }
            }
        }
        assertEquals(List.of(), missing, "columns the README's Open data section does not describe");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The rows of a CSV file as written (after its byte order mark). */
    private static List<List<String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], file + " starts with a byte order mark");
        return parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    /** An RFC 4180 reader, written apart from the writer so that the test does not share its mistakes. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertFalse(c == '\n' || c == '\r', "a bare line end outside quotes at " + i);
                field.append(c);
            }
        }
        assertEquals(0, field.length() + row.size(), "the file ends with CRLF");
        return rows;
    }

    private static List<Map<String, String>> rows(List<List<String>> csv) {
        List<String> header = csv.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : csv.subList(1, csv.size())) {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, String> row(List<List<String>> csv, String id) {
        return rows(csv).stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    }

    /** The keys of one JSON object written on one line, in order. */
    private static List<String> keys(String line) {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("[{,]\"([a-z_]+)\":").matcher(line);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
