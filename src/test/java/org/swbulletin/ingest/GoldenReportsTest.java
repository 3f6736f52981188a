package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pairs for the importer's layout cases: each {@code golden/<case>.txt} report parses to what
 * {@code golden/<case>.expected} shows (titles, kickers, sources, captions, body). After a deliberate change, run with
 * {@code -Dgolden.update=true} to rewrite the expected files, and review their diff.
 */
class GoldenReportsTest {
    private static final Path DIR = Path.of("src/test/resources/ingest/golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportParsesToItsGoldenArticles(String name) throws IOException {
        String actual = render(ReportParser.parse(DIR.resolve(name + ".txt")));
        Path expected = DIR.resolve(name + ".expected");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    /** The parsed report as an editor would check it: every field of every article, the body as Markdown. */
    static String render(ParsedReport r) {
        StringBuilder s = new StringBuilder();
        for (ParsedArticle a : r.articles()) {
            s.append("== article ").append(a.order()).append('\n');
            s.append("title: ").append(a.title()).append('\n');
            if (a.kicker() != null) s.append("kicker: ").append(a.kicker()).append('\n');
            if (a.section() != null) s.append("section: ").append(a.section()).append('\n');
            s.append("source: ").append(a.source()).append('\n');
            for (String c : a.captions()) s.append("caption: ").append(c).append('\n');
            s.append("body:\n").append(a.markdown()).append("\n\n");
        }
        ParsedReport.Stats st = r.stats();
        s.append("== captions moved ").append(st.captionsMoved()).append(", mends ").append(st.mends()).append('\n');
        return s.toString();
    }
}
