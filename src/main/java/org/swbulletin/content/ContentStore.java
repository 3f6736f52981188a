package org.swbulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code content/} directory: one folder per report, one front-matter Markdown file per article.
 *
 * <p>Folders and files whose names start with {@code _} or {@code .} hold data and bookkeeping, not articles.
 */
public final class ContentStore {
    private final Path dir;

    /** A store over the given content directory. */
    public ContentStore(Path dir) {
        this.dir = dir;
    }

    /** The content directory. */
    public Path dir() {
        return dir;
    }

    /**
     * Every article file under the directory, sorted by path so that loading is deterministic.
     *
     * @return paths relative to the content directory
     */
    public List<Path> articleFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(dir::relativize)
                    .filter(p -> p.toString().endsWith(".md"))
                    .filter(ContentStore::isArticlePath)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isArticlePath(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads and parses every article, in parallel, in path order.
     *
     * @throws ContentException for the first file (in path order) that does not parse
     */
    public List<Article> loadAll() {
        return articleFiles().parallelStream().map(this::load).toList();
    }

    /**
     * Reads one article.
     *
     * @param relative its path relative to the content directory
     * @throws ContentException when it cannot be read or parsed
     */
    public Article load(Path relative) {
        try {
            return FrontMatter.parse(Files.readString(dir.resolve(relative), StandardCharsets.UTF_8), relative);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ContentException(relative, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new ContentException(relative, 0, "cannot read: " + e.getMessage());
        }
    }
}
