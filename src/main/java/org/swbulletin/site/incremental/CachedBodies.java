package org.swbulletin.site.incremental;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.swbulletin.content.Article;
import org.swbulletin.content.ArticleCache;
import org.swbulletin.render.MarkdownRenderer;
import org.swbulletin.site.Bodies;
import org.swbulletin.site.BodySource;

/**
 * Bodies taken from the {@link BodyCache} by the hash of their text, rendered only when the cache lacks them. An
 * article whose file the build did not parse keeps the cache key the last build's {@link ArticleKeys} hold for it, so
 * that its text is not hashed again.
 */
final class CachedBodies implements BodySource {
    private final ArticleKeys before;
    private final ArticleCache articleCache;
    private final BodyCache cache;
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private List<Article> articles = List.of();
    private String[] keys = new String[0];

    /**
     * @param before       the keys of the last build, or null
     * @param articleCache the cache this build loads its articles through
     */
    CachedBodies(ArticleKeys before, ArticleCache articleCache, BodyCache cache) {
        this.before = before;
        this.articleCache = articleCache;
        this.cache = cache;
    }

    /** Finds each article's cache key, in parallel, and tells the cache which keys this build uses. */
    @Override
    public void loaded(List<Article> loaded) {
        articles = loaded;
        keys = new String[loaded.size()];
        IntStream.range(0, loaded.size()).parallel().forEach(i -> {
            Article a = loaded.get(i);
            String known = before == null ? null : before.bodyKeyBefore(a, this::parsed, articleCache.stamp(a.file()));
            keys[i] = known != null ? known : BodyCache.key(a.body());
        });
        for (String key : keys) {
            cache.use(key);
        }
    }

    @Override
    public MarkdownRenderer.RenderedBody body(int i, Article a) {
        return cache.render(keys[i], a.body(), renderer);
    }

    /** True when this build parsed the article's file (it is new or changed since the article cache saw it). */
    boolean parsed(Article a) {
        return a.file() == null || articleCache.parsed(a.file());
    }

    /** Each article's body cache key, in load order. */
    String[] keys() {
        return keys;
    }

    /**
     * Each body made so far, Markdown and HTML, by identity, with a digest of the body's cache key: a page fingerprint
     * then hashes 33 bytes for a body instead of the whole text, twice. Strings not in it are hashed in full.
     */
    Map<String, byte[]> knownTexts(Bodies bodies) {
        Map<String, byte[]> known = new IdentityHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            Article a = articles.get(i);
            MarkdownRenderer.RenderedBody body = bodies.madeSoFar(Bodies.ref(a));
            if (body != null) {
                known.put(a.body(), sha256("markdown " + keys[i]));
                known.put(body.html(), sha256("html " + keys[i]));
            }
        }
        return known;
    }

    private static byte[] sha256(String s) {
        return Digests.sha256().digest(s.getBytes(StandardCharsets.UTF_8));
    }
}
