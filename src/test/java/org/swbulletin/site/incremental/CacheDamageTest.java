package org.swbulletin.site.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.content.ArticleCache;
import org.swbulletin.content.CacheFile;
import org.swbulletin.render.TileMap;
import org.swbulletin.site.BuildProgress;
import org.swbulletin.site.BuildSummary;
import org.swbulletin.site.FixtureSite;
import org.swbulletin.site.SiteBuilder;

/**
 * Every build cache (parsed articles, rendered bodies, article keys, the record of the live site's files) damaged in
 * every way a disk or a killed process can: a flipped bit, a truncation, bytes added, a length made huge. The next
 * build discards it, says so, and writes the site a full build writes; nothing runs out of memory.
 */
class CacheDamageTest {
    @TempDir
    Path tmp;

    private long settled = System.currentTimeMillis() - 3_600_000;

    /**
     * Dates every content file in the past, a second later each time: the article cache keeps only files whose time
     * is settled (a file saved in the last two seconds may change again unseen).
     */
    private void settle(Path content) throws IOException {
        settled += 1000;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(settled));
            }
        }
    }

    private BuildSummary build(Path content, Path out, boolean full) throws IOException {
        settle(content);
        return new RebuildPlanner(() -> new SiteBuilder(FixtureSite.gazetteer(), TileMap.bundled(), 2))
                .build(content, FixtureSite.TEMPLATES, out, new BuildOptions(full, BuildProgress.SILENT));
    }

    private interface Damage {
        void apply(Path file) throws IOException;
    }

    private static Damage flipBit(double where, int bit) {
        return file -> {
            byte[] b = Files.readAllBytes(file);
            b[(int) (b.length * where)] ^= (byte) (1 << bit);
            Files.write(file, b);
        };
    }

    private static final Damage TRUNCATE = file -> {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.truncate(c.size() - 1);
        }
    };

    private static final Damage EXTEND = file -> Files.write(file, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);

    /** The length that leads the file made huge: the body cache's index length, or the first string's of the others. */
    private static final Damage HUGE_LENGTH = file -> {
        byte[] b = Files.readAllBytes(file);
        ByteBuffer.wrap(b).putInt(0, Integer.MAX_VALUE);
        Files.write(file, b);
    };

    @Test
    void everyDamagedCacheIsDiscardedWithANoteAndTheSiteIsWhatAFullBuildWrites() throws IOException {
        List<String> damages = List.of("bit 1/5", "bit 1/2", "bit 4/5", "bit last", "truncated", "extended",
                "huge length");
        List<Damage> how = List.of(flipBit(0.2, 3), flipBit(0.5, 0), flipBit(0.8, 6), flipBit(0.9999, 1), TRUNCATE,
                EXTEND, HUGE_LENGTH);
        int round = 0;
        for (String cache : List.of("articles.bin", "bodies.bin", "articles.keys", "tree-")) {
            for (int d = 0; d < how.size(); d++) {
                round++;
                Path content = tmp.resolve(round + "/content");
                FixtureSite.copyTree(FixtureSite.CONTENT, content);
                Path site = tmp.resolve(round + "/out/site");
                build(content, site, false);
                Path article = content.resolve("001_fixture/kunming-anti-drug.md");
                Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title: .*$",
                        "title: 昆明禁毒社工改了标题"));
                build(content, site, false); // the caches now describe the edited site
                Path file = cacheFile(site, cache);
                how.get(d).apply(file);
                Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title: .*$",
                        "title: 昆明禁毒社工又改了标题"));
                BuildSummary after = build(content, site, false);
                String what = cache + ", " + damages.get(d);
                assertTrue(after.notes().stream().anyMatch(n -> n.contains("build cache damaged")), what + ": "
                        + after.notes());
                Path full = tmp.resolve(round + "/full/site");
                build(content, full, true);
                assertSameSite(full, site, what);
            }
        }
    }

    @Test
    void aLengthOrCountTooLargeForTheFileIsDamageNotAnAllocation() {
        ByteBuffer in = ByteBuffer.allocate(64).putInt(0, Integer.MAX_VALUE);
        assertTrue(assertThrowsDamaged(() -> CacheFile.count(in, 1)).contains(String.valueOf(Integer.MAX_VALUE)));
        ByteBuffer negative = ByteBuffer.allocate(64).putInt(0, -5);
        assertThrowsDamaged(() -> CacheFile.count(negative, 1));
    }

    @Test
    void everyLengthOfAnArticleCacheMadeHugeUnderAValidChecksumIsNoCache() throws IOException {
        Path content = tmp.resolve("content");
        FixtureSite.copyTree(FixtureSite.CONTENT, content);
        Path site = tmp.resolve("out/site");
        build(content, site, false);
        Path file = site.resolveSibling(".bulletin/site/articles.bin");
        ByteBuffer payload = CacheFile.read(file);
        byte[] original = new byte[payload.remaining()];
        payload.get(original);
        Path crafted = tmp.resolve("crafted.bin");
        int opened = 0;
        for (int at = 0; at + 4 <= original.length; at++) {
            byte[] b = original.clone();
            ByteBuffer.wrap(b).putInt(at, Integer.MAX_VALUE - 7);
            Files.write(crafted, b);
            CacheFile.seal(crafted);
            // Opening must neither allocate gigabytes nor recurse without end: it is a cache or no cache.
            ArticleCache cache = ArticleCache.open(crafted, org.swbulletin.site.incremental.TemplateSet.toolIdentity());
            opened++;
            if (cache.problem() != null) {
                assertTrue(cache.problem().contains("crafted.bin") || cache.problem().contains("damaged"),
                        cache.problem());
            }
        }
        assertEquals(original.length - 3, opened);
    }

    @Test
    void aCacheOfAnOlderLayoutWithoutChecksumIsDiscardedToo() throws IOException {
        Path file = tmp.resolve("old.bin");
        Files.write(file, new byte[] {0, 0, 0, 17, 'b', 'u', 'l', 'l', 'e', 't', 'i', 'n'});
        assertNull(ArticleKeys.read(file, new ArrayList<>()));
    }

    private static String assertThrowsDamaged(org.junit.jupiter.api.function.Executable e) {
        return org.junit.jupiter.api.Assertions.assertThrows(CacheFile.Damaged.class, e).getMessage();
    }

    private static Path cacheFile(Path site, String name) throws IOException {
        Path dir = site.resolveSibling(".bulletin").resolve("site");
        if (!name.endsWith("-")) {
            return dir.resolve(name);
        }
        // The record of the live site's files, named after the live tree.
        Object key = Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        String live = "tree-" + key.toString().replaceAll("[^A-Za-z0-9]+", "_") + ".keys";
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(live)).findFirst().orElseThrow();
        }
    }

    private static void assertSameSite(Path expected, Path actual, String what) throws IOException {
        Map<String, byte[]> a = FixtureSite.snapshot(expected);
        Map<String, byte[]> b = FixtureSite.snapshot(actual);
        assertEquals(a.keySet(), b.keySet(), what);
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), what + ": " + k));
    }
}
