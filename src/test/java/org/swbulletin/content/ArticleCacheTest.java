package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles come from the cache exactly as parsing would give them, and a file that changed is parsed again. */
class ArticleCacheTest {
    @TempDir
    Path tmp;
    private Path content;
    private Path cacheFile;

    @BeforeEach
    void copyContent() throws IOException {
        content = Fixtures.validContent(tmp);
        cacheFile = tmp.resolve("cache/articles.bin");
        // Files edited a moment ago are not remembered (their stamp may not show the next edit): these are older.
        try (var files = Files.walk(content)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            }
        }
    }

    private List<Article> loadThroughCache(String identity, int expectParsed) {
        ArticleCache cache = ArticleCache.open(cacheFile, identity);
        List<Article> loaded = new ContentStore(content).loadAll(cache);
        assertEquals(expectParsed, cache.parsed(), "files parsed");
        cache.save();
        return loaded;
    }

    private static void assertSameArticles(List<Article> expected, List<Article> actual) {
        assertEquals(expected, actual);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).file(), actual.get(i).file());
            assertEquals(expected.get(i).bodyLine(), actual.get(i).bodyLine());
            assertEquals(expected.get(i).extra(), actual.get(i).extra());
        }
    }

    @Test
    void articlesFromTheCacheEqualArticlesParsedFromTheirFiles() {
        List<Article> parsed = new ContentStore(content).loadAll();
        int files = parsed.size();
        loadThroughCache("tool 1", files);
        List<Article> cached = loadThroughCache("tool 1", 0);
        assertSameArticles(parsed, cached);
    }

    @Test
    void aFileThatChangedIsParsedAgain() throws IOException {
        int files = new ContentStore(content).loadAll().size();
        loadThroughCache("tool 1", files);
        Path file = content.resolve("000_r1/kunshan-schools.md");
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace("title: ", "title: 新"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
        List<Article> loaded = loadThroughCache("tool 1", 1);
        assertTrue(loaded.stream().anyMatch(a -> a.title().startsWith("新")), "the edited title is seen");
        assertSameArticles(new ContentStore(content).loadAll(), loaded);
    }

    @Test
    void aFileModifiedAMomentAgoIsParsedAgainNextTime() throws IOException {
        int files = new ContentStore(content).loadAll().size();
        Path file = content.resolve("000_r1/kunshan-schools.md");
        Files.writeString(file, Files.readString(file).replace("title: ", "title: 新"));
        // Stamped ahead of the clock, so that it stays "a moment ago" however slowly this test runs.
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        loadThroughCache("tool 1", files);
        // Its stamp may not change if it is saved again within the same tick: it is not trusted yet.
        loadThroughCache("tool 1", 1);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 10_000));
        loadThroughCache("tool 1", 1);
        loadThroughCache("tool 1", 0);
    }

    @Test
    void aRemovedFileLeavesTheCache() throws IOException {
        int files = new ContentStore(content).loadAll().size();
        loadThroughCache("tool 1", files);
        Files.delete(content.resolve("000_r1/wuwei-stations.md"));
        assertEquals(files - 1, loadThroughCache("tool 1", 0).size());
        assertEquals(files - 1, loadThroughCache("tool 1", 0).size());
    }

    @Test
    void aCacheWrittenByAnotherBuildOfTheToolIsIgnored() {
        int files = new ContentStore(content).loadAll().size();
        loadThroughCache("tool 1", files);
        loadThroughCache("tool 2", files);
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        int files = new ContentStore(content).loadAll().size();
        loadThroughCache("tool 1", files);
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertSameArticles(new ContentStore(content).loadAll(), loadThroughCache("tool 1", files));
    }

    @Test
    void nestedEditorValuesSurviveTheCache() throws IOException {
        Path file = content.resolve("000_r1/kunshan-schools.md");
        Files.writeString(file, Files.readString(file).replaceFirst("\n",
                "\nnotes:\n  checked: true\n  by: [编辑甲, editor-b]\n  score: 4.5\n  count: 3\n"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 10_000));
        List<Article> parsed = new ContentStore(content).loadAll();
        loadThroughCache("tool 1", parsed.size());
        assertSameArticles(parsed, loadThroughCache("tool 1", 0));
    }
}
