package org.swbulletin.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.swbulletin.enrich.Gazetteer;
import org.swbulletin.render.TileMap;

/** Builds the small fixture site of {@code src/test/resources/render} with the project's real templates. */
public final class FixtureSite {
    public static final Path CONTENT = Paths.get("src/test/resources/render/content");
    public static final Path TEMPLATES = Paths.get("templates");

    private FixtureSite() {}

    public static Gazetteer gazetteer() {
        try (InputStream in = Files.newInputStream(Paths.get("src/test/resources/render/gazetteer.tsv"))) {
            return Gazetteer.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BuildSummary build(Path content, Path templates, Path out) {
        return new SiteBuilder(gazetteer(), TileMap.bundled(), 2)
                .build(content, templates, out);
    }

    public static BuildSummary build(Path out) {
        return build(CONTENT, TEMPLATES, out);
    }

    /** Copies a directory tree, for tests that change templates or content. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a directory with its bytes, by relative path. */
    public static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
