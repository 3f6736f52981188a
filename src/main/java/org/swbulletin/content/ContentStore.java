package org.swbulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        return stampedFiles().stream().map(Stamped::relative).toList();
    }

    /**
     * Reads and parses every article, in parallel, in path order.
     *
     * @throws ContentException for the first file (in path order) that does not parse
     */
    public List<Article> loadAll() {
        return loadAll(ArticleCache.none());
    }

    /**
     * Reads every article, in parallel, in path order, taking those whose file did not change from a cache of earlier
     * builds and adding the rest to it.
     *
     * @throws ContentException for the first file (in path order) that does not parse
     */
    public List<Article> loadAll(ArticleCache cache) {
        Loaded loaded = loadEach(cache);
        if (!loaded.failures().isEmpty()) {
            throw loaded.failures().get(0);
        }
        return loaded.articles();
    }

    /**
     * What loading every file gave.
     *
     * @param articles the articles that parsed, in path order
     * @param failures the files that did not, in path order
     */
    public record Loaded(List<Article> articles, List<ContentException> failures) {}

    /**
     * Reads every article, in parallel, in path order, through a cache as {@link #loadAll(ArticleCache)} does, but
     * collects every file that does not parse instead of stopping at the first.
     */
    public Loaded loadEach(ArticleCache cache) {
        List<Object> results = stampedFiles().parallelStream().<Object>map(f -> {
            try {
                Article a = cache.get(f.relative(), f.stamp().size(), f.stamp().modified());
                if (a == null) {
                    a = load(f.relative());
                    cache.put(f.relative(), f.stamp().size(), f.stamp().modified(), a);
                }
                return a;
            } catch (ContentException e) {
                return e;
            }
        }).toList();
        List<Article> articles = new ArrayList<>(results.size());
        List<ContentException> failures = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof Article a) {
                articles.add(a);
            } else {
                failures.add((ContentException) r);
            }
        }
        return new Loaded(articles, failures);
    }

    /**
     * An article file and its stamp.
     *
     * @param relative its path relative to the content directory
     * @param stamp    its size and modification time
     */
    public record Stamped(Path relative, ArticleCache.Stamp stamp) {}

    /** Like {@link #articleFiles}, with each file's size and modification time, read in the same directory walk. */
    public List<Stamped> stampedFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Stamped> out = new ArrayList<>();
        try {
            collect(dir, null, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        } catch (DirectoryIteratorException e) {
            throw new UncheckedIOException("cannot list " + dir, e.getCause());
        }
        out.sort(Comparator.comparing(s -> s.relative().toString()));
        return out;
    }

    // Every build and preview lists the whole folder (13,000 files at 10,000 articles): one stat per entry, through
    // directory streams, takes a third of the time of Files.walkFileTree's visitor. Linked folders inside are not
    // followed, as in a walk (the content folder itself may be a link); a linked file counts with its target's size
    // and time, and a link to nothing is no file.
    private static void collect(Path folder, Path relative, List<Stamped> out) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith("_") || name.startsWith(".")) {
                    continue;
                }
                Path rel = relative == null ? p.getFileName() : relative.resolve(name);
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attrs.isDirectory()) {
                    collect(p, rel, out);
                    continue;
                }
                if (attrs.isSymbolicLink()) {
                    try {
                        attrs = Files.readAttributes(p, BasicFileAttributes.class);
                    } catch (NoSuchFileException e) {
                        continue; // a link to nothing
                    }
                    if (attrs.isDirectory()) {
                        continue;
                    }
                }
                if (attrs.isRegularFile() && name.endsWith(".md")) {
                    out.add(new Stamped(rel, new ArticleCache.Stamp(attrs.size(),
                            attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS))));
                }
            }
        }
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
            throw new ContentException(relative, 0, "not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new ContentException(relative, 0, "cannot read: " + e.getMessage());
        }
    }
}
