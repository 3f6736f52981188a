package org.swbulletin.site.incremental;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.swbulletin.content.Article;
import org.swbulletin.content.ArticleCache;
import org.swbulletin.content.ArticleSchema;
import org.swbulletin.content.ReportSchema;
import org.swbulletin.render.MarkdownRenderer;
import org.swbulletin.site.Bodies;
import org.swbulletin.content.CacheFile;
import org.swbulletin.site.CacheStrings;

/**
 * What each article file gave the site, as two digests remembered from one build to the next.
 *
 * <p>The <em>shared</em> digest covers all that a page other than the article's own can show of it: its front matter,
 * the start of its text that summaries read and its reading time. Whether its translation is stale is kept beside it,
 * as only its own English page and the translation status page show that. The <em>full</em> digest adds the Markdown
 * body and that status. Every page but an article's own is made from shared data and from the templates,
 * strings and editors' data (the <em>global</em> digest). So when the global digest, the set of files and every shared
 * digest are as the last build left them, only the own pages of articles whose full digest changed can differ: a typo
 * fixed in an article's text then costs two pages, not a site.
 */
final class ArticleKeys {
    private static final String MAGIC = "bulletin-article-keys";
    private static final int FORMAT = 9;
    private static final byte[] SHARED_SALT = "shared\n".getBytes(StandardCharsets.UTF_8);

    private final byte[] global;
    /** By article file, in the order the build loaded them. */
    private final Map<String, Entry> byFile;
    /** What the build these keys describe made; counts of zero and no digest before pages are planned. */
    private final Built built;

    /**
     * What one article file gave the site.
     *
     * @param pair     the file of the article's translation (for an original), whose staleness {@code status} holds;
     *                 empty when none
     * @param bodyKey  the body's cache key
     * @param status   of an original's translation: 0 none, 1 up to date, 2 stale (its source changed since)
     * @param size     the file's size when it was read, or -1 when its stamp could not be trusted (just modified)
     * @param modified the file's modification time then, in nanoseconds since the epoch
     * @param patched  the body's HTML when {@link BodyEdits} wrote it into the pages, and so it is in no body cache
     *                 yet; null after a build
     */
    record Entry(String id, String pair, String bodyKey, int status, byte[] shared, byte[] full, long size,
                 long modified, String patched) {
        /** This entry with the file's stamp. */
        Entry stamped(ArticleCache.Stamp stamp) {
            return stamp == null ? new Entry(id, pair, bodyKey, status, shared, full, -1, 0, patched)
                    : new Entry(id, pair, bodyKey, status, shared, full, stamp.size(), stamp.modified(), patched);
        }

        /** This entry with the HTML a patch wrote, or with none. */
        Entry patched(String html) {
            return new Entry(id, pair, bodyKey, status, shared, full, size, modified, html);
        }

        /** True when the file has the stamp it had when read, and that stamp could be trusted. */
        boolean unchanged(ArticleCache.Stamp stamp) {
            return size >= 0 && size == stamp.size() && modified == stamp.modified();
        }
    }

    /**
     * What a build made, for a later build that changes only a few pages to report the same.
     *
     * @param zhPages    Chinese pages
     * @param enPages    English pages
     * @param everyPage  digest of what every page embeds (the sidebar)
     * @param articles   Chinese articles
     * @param translated articles with a translation
     * @param warnings   the build's warnings
     */
    record Built(int zhPages, int enPages, byte[] everyPage, int articles, int translated, List<String> warnings,
                 List<String> held) {
        static final Built NONE = new Built(0, 0, new byte[0], 0, 0, List.of(), List.of());
    }

    /**
     * What changed when only articles' own pages (and perhaps the translation status page) can have.
     *
     * @param ids            the articles whose own pages may have changed
     * @param statusChanged  whether a translation became stale or up to date: the translation status page lists that
     */
    record OwnPages(Set<String> ids, boolean statusChanged) {}

    private ArticleKeys(byte[] global, Map<String, Entry> byFile, Built built) {
        this.global = global;
        this.byFile = byFile;
        this.built = built;
    }

    /**
     * The body cache key of an article file as the last build computed it, when this build did not parse the file
     * (so its content is what it was then); null otherwise.
     *
     * @param parsed whether this build parsed a file (it is new or changed), by article
     * @param stamp  the file's stamp as this build read it, or null when it cannot be trusted
     */
    String bodyKeyBefore(Article a, Predicate<Article> parsed, ArticleCache.Stamp stamp) {
        Entry e = byFile.get(file(a));
        return e == null || parsed.test(a) || !e.id.equals(a.id()) || !sameStamp(e, stamp) ? null : e.bodyKey;
    }

    /**
     * True when an entry was made from the file as this build read it: a patch ({@link BodyEdits}) records the file's
     * new stamp in the keys but not in the article cache, so a file that got its old stamp back (restored with its
     * time) is the article cache's version, not the keys'.
     */
    private static boolean sameStamp(Entry e, ArticleCache.Stamp stamp) {
        return stamp != null && e.unchanged(stamp);
    }

    /**
     * The keys of a build's articles, computed in parallel (in the caller's fork-join pool); an article whose files
     * this build did not parse keeps the keys {@code before} holds for it.
     *
     * @param global   digest of everything else every page is made from (templates, strings, editors' data, tool)
     * @param articles every article file, originals and translations
     * @param bodyKeys each article's body cache key, in the same order
     * @param bodies   rendered bodies: originals under their id, translations under {@code id + ".en"}
     * @param parsed   whether this build parsed an article's file
     * @param stale    whether an original's translation is stale (asked only of originals that have one)
     * @param stamps   each article file's stamp as this build read it, or null when it cannot be trusted
     * @param before   the keys of the last build, or null
     */
    static ArticleKeys of(byte[] global, List<Article> articles, String[] bodyKeys,
                          Function<String, MarkdownRenderer.RenderedBody> bodies, Predicate<Article> parsed,
                          Predicate<Article> stale, Function<Article, ArticleCache.Stamp> stamps, ArticleKeys before) {
        Map<String, Article> translations = new HashMap<>();
        for (Article a : articles) {
            if (a.isTranslation()) {
                translations.putIfAbsent(a.id(), a);
            }
        }
        ThreadLocal<ModelDigest> digests = ThreadLocal.withInitial(ModelDigest::new);
        Entry[] entries = new Entry[articles.size()];
        IntStream.range(0, articles.size()).parallel().forEach(i -> {
            Article a = articles.get(i);
            Article t = a.isTranslation() ? null : translations.get(a.id());
            String pair = t == null ? "" : file(t);
            Entry then = before == null ? null : before.byFile.get(file(a));
            ArticleCache.Stamp stamp = stamps.apply(a);
            if (then != null && then.id.equals(a.id()) && then.pair.equals(pair) && then.bodyKey.equals(bodyKeys[i])
                    && !parsed.test(a) && (t == null || !parsed.test(t)) && sameStamp(then, stamp)) {
                // A build saves every body it used in the body cache: a patch's HTML is not needed any more.
                entries[i] = then.stamped(stamp).patched(null);
                return;
            }
            int status = t == null ? 0 : stale.test(a) ? 2 : 1;
            entries[i] = entry(digests.get(), a, pair, bodyKeys[i], bodies.apply(Bodies.ref(a)), status)
                    .stamped(stamp);
        });
        Map<String, Entry> out = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i++) {
            out.put(file(articles.get(i)), entries[i]);
        }
        return new ArticleKeys(global, out, Built.NONE);
    }

    /** The entry of an article, unstamped: its shared digest, and its full digest over that, its body and status. */
    static Entry entry(ModelDigest digest, Article a, String pair, String bodyKey, MarkdownRenderer.RenderedBody body,
                       int status) {
        // Every front-matter field, from the schema, so that no field can be missed: the body itself is in the full
        // digest only (its key), as other pages show only its start and reading time.
        List<Object> shared = new ArrayList<>(ArticleSchema.values(a, ArticleSchema.FRONT_MATTER));
        shared.addAll(Arrays.asList(a.extra(), a.bodyLine(), body == null ? null : body.text(),
                body == null ? null : body.minutes()));
        byte[] sharedKey = digest.of(SHARED_SALT, shared);
        return new Entry(a.id(), pair, bodyKey, status, sharedKey, sha256(sharedKey, bodyKey + " " + status), -1, 0,
                null);
    }

    /** These keys with what the build made, to be saved. */
    ArticleKeys withBuilt(Built made) {
        return new ArticleKeys(global, byFile, made);
    }

    /** These keys with some files' entries replaced. */
    ArticleKeys withEntries(Map<String, Entry> replaced) {
        Map<String, Entry> out = new LinkedHashMap<>(byFile);
        out.putAll(replaced);
        return new ArticleKeys(global, out, built);
    }

    /** What the build these keys describe made. */
    Built built() {
        return built;
    }

    /** The global digest these keys were made with. */
    byte[] global() {
        return global;
    }

    /** The entries, by article file path relative to the content directory. */
    Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(byFile);
    }

    /**
     * The articles whose own pages may have changed since {@code before}, when nothing else can have but the translation
     * status page; empty when other pages may have changed too (a full plan is needed then).
     */
    Optional<OwnPages> changedOnlyOwnPages(ArticleKeys before) {
        if (before == null || !Arrays.equals(global, before.global) || !byFile.keySet().equals(before.byFile.keySet())) {
            return Optional.empty();
        }
        Set<String> changed = new LinkedHashSet<>();
        boolean status = false;
        for (Map.Entry<String, Entry> e : byFile.entrySet()) {
            Entry now = e.getValue();
            Entry then = before.byFile.get(e.getKey());
            if (!now.id.equals(then.id) || !Arrays.equals(now.shared, then.shared)) {
                return Optional.empty();
            }
            if (!Arrays.equals(now.full, then.full)) {
                changed.add(now.id);
            }
            status |= now.status != then.status;
        }
        return Optional.of(new OwnPages(changed, status));
    }

    /** Reads the keys a build saved; null when there are none or they cannot be read. */
    static ArticleKeys read(Path file) {
        return read(file, new ArrayList<>());
    }

    /**
     * Reads the keys a build saved; null when there are none or they cannot be read, adding to {@code problems} what
     * is wrong with a file that is there but damaged.
     */
    static ArticleKeys read(Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            // Read in one go and parsed from memory: a stream of small reads is slow in a short build.
            ByteBuffer in = CacheFile.read(file);
            if (!MAGIC.equals(CacheStrings.read(in)) || in.getInt() != FORMAT) {
                return null;
            }
            byte[] global = new byte[in.get() & 0xff];
            in.get(global);
            int zh = in.getInt();
            int en = in.getInt();
            byte[] everyPage = new byte[in.get() & 0xff];
            in.get(everyPage);
            int articles = in.getInt();
            int translated = in.getInt();
            List<String> warnings = new java.util.ArrayList<>();
            for (int w = CacheFile.count(in, 4); w > 0; w--) {
                warnings.add(CacheStrings.read(in));
            }
            List<String> held = new java.util.ArrayList<>();
            for (int h = CacheFile.count(in, 4); h > 0; h--) {
                held.add(CacheStrings.read(in));
            }
            int n = CacheFile.count(in, 16);
            Map<String, Entry> byFile = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String path = CacheStrings.read(in);
                String id = CacheStrings.read(in);
                String pair = CacheStrings.read(in);
                String bodyKey = CacheStrings.read(in);
                int status = in.get() & 0xff;
                byte[] shared = new byte[ModelDigest.LENGTH];
                byte[] full = new byte[32];
                in.get(shared);
                in.get(full);
                long size = in.getLong();
                long modified = in.getLong();
                String patched = in.get() == 0 ? null : CacheStrings.read(in);
                byFile.put(path, new Entry(id, pair, bodyKey, status, shared, full, size, modified, patched));
            }
            if (in.hasRemaining()) {
                throw new CacheFile.Damaged(file.getFileName() + ": bytes after its last entry");
            }
            return new ArticleKeys(global, byFile, new Built(zh, en, everyPage, articles, translated, warnings, held));
        } catch (IOException | RuntimeException e) {
            problems.add(e instanceof CacheFile.Damaged ? e.getMessage() : file.getFileName() + ": unreadable (" + e
                    + ")");
            return null;
        }
    }

    /** Saves the keys, replacing the file atomically. */
    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                CacheStrings.write(out, MAGIC);
                out.writeInt(FORMAT);
                out.writeByte(global.length);
                out.write(global);
                out.writeInt(built.zhPages());
                out.writeInt(built.enPages());
                out.writeByte(built.everyPage().length);
                out.write(built.everyPage());
                out.writeInt(built.articles());
                out.writeInt(built.translated());
                out.writeInt(built.warnings().size());
                for (String w : built.warnings()) {
                    CacheStrings.write(out, w);
                }
                out.writeInt(built.held().size());
                for (String h : built.held()) {
                    CacheStrings.write(out, h);
                }
                out.writeInt(byFile.size());
                for (Map.Entry<String, Entry> e : byFile.entrySet()) {
                    CacheStrings.write(out, e.getKey());
                    CacheStrings.write(out, e.getValue().id);
                    CacheStrings.write(out, e.getValue().pair);
                    CacheStrings.write(out, e.getValue().bodyKey);
                    out.writeByte(e.getValue().status);
                    out.write(e.getValue().shared);
                    out.write(e.getValue().full);
                    out.writeLong(e.getValue().size);
                    out.writeLong(e.getValue().modified);
                    out.writeByte(e.getValue().patched == null ? 0 : 1);
                    if (e.getValue().patched != null) {
                        CacheStrings.write(out, e.getValue().patched);
                    }
                }
            }
            CacheFile.seal(tmp);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Removes saved keys: done before a build touches the site, so that keys never describe a half-built site. */
    static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }

    /**
     * The global digest: the template set (which includes the tool's identity), every file of the editors' data
     * folder ({@code content/_data}: settings, themes, glossary), every report file ({@code content/<report>/_report.yaml})
     * and whether drafts are shown.
     */
    static byte[] global(byte[] templateSet, Path content, boolean drafts) {
        MessageDigest md = Digests.sha256();
        md.update(templateSet);
        // A preview with drafts shows other pages than a publication: neither may be patched into the other.
        md.update((byte) (drafts ? 1 : 0));
        Path data = content.resolve("_data");
        if (Files.isDirectory(data)) {
            try {
                TemplateSet.feedTree(md, data);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + data, e);
            }
        }
        // Report files date and number every page listing their articles: a change to one is a change to the site.
        feedReportFiles(md, content);
        return md.digest();
    }

    private static void feedReportFiles(MessageDigest md, Path content) {
        if (!Files.isDirectory(content)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(content)) {
            for (Path f : dirs.map(d -> d.resolve(ReportSchema.FILE_NAME)).filter(Files::isRegularFile).sorted().toList()) {
                md.update(file(content.relativize(f)).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
                md.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report files of " + content, e);
        }
    }

    /** The key of an article file: its path relative to the content directory, with {@code /} separators. */
    static String file(Article a) {
        return a.file() == null ? "?" + a.id() + "." + a.lang() : file(a.file());
    }

    /** The key of an article file given by its path relative to the content directory. */
    static String file(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static byte[] sha256(byte[] first, String second) {
        MessageDigest md = Digests.sha256();
        md.update(first);
        md.update(String.valueOf(second).getBytes(StandardCharsets.UTF_8));
        return md.digest();
    }
}
