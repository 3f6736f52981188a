package org.swbulletin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.Article;
import org.swbulletin.content.ContentStore;

class ReportFileImportTest {
    private static final String REPORT = """
            # 宣传周启动

            3月21日，2018年社会工作宣传周在沙坪坝区启动，市民政局和区政府联合主办，数百名社工参加。

            （据国际在线）

            # 社工进社区

            3月22日，我区在作孚广场开展宣传活动，提高市民对社会工作的知晓度和认同度，社工为居民答疑。

            （据北碚报）
            """;

    @TempDir
    Path tmp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    private Path seeds() throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("007_report.txt"), REPORT, StandardCharsets.UTF_8);
        return seeds;
    }

    private String dateOf(String title) {
        return new ContentStore(tmp.resolve("content")).loadAll().stream().filter(a -> a.title().equals(title))
                .map(Article::date).findFirst().orElseThrow();
    }

    @Test
    void writesTheInferredReportDateMarkedInferred() throws IOException {
        assertEquals(Main.OK, run("import", "--seeds", seeds().toString(), "--content", tmp.resolve("content").toString()));
        String file = Files.readString(tmp.resolve("content/007_report/_report.yaml"));
        assertTrue(file.contains("date: \"2018-03-21\"\ninferred: true\n"), file);
        assertEquals("2018-03-22", dateOf("社工进社区"));
    }

    @Test
    void keepsAnEditorsReportFileByteForByteAndDatesArticlesByItsYear() throws IOException {
        Path seeds = seeds();
        Path file = tmp.resolve("content/007_report/_report.yaml");
        Files.createDirectories(file.getParent());
        byte[] editors = "date: 2019-04-01 # checked against the print\nissue: 12\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, editors);
        assertEquals(Main.OK, run("import", "--seeds", seeds.toString(), "--content", tmp.resolve("content").toString()));
        assertArrayEquals(editors, Files.readAllBytes(file));
        assertEquals("2019-03-22", dateOf("社工进社区"), "the editor's year wins over the text's");
    }
}
