package org.swbulletin.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.swbulletin.content.Article;
import org.swbulletin.render.MarkdownRenderer;

/**
 * The rendered bodies of a build's articles, made on first use (from the body cache, or rendered): originals under
 * their id, translations under {@code id + ".en"}. A build that renders every page makes them all at once, in parallel;
 * a build that updates a few pages makes only the bodies those pages show.
 */
final class Bodies implements Function<String, MarkdownRenderer.RenderedBody> {
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<Article> articles;
    private final String[] keys;
    private final BodyCache cache;
    private final MarkdownRenderer renderer;
    private final Map<String, MarkdownRenderer.RenderedBody> made = new ConcurrentHashMap<>();

    /**
     * @param articles every article file of the build
     * @param keys     each article's {@link BodyCache#key}, in the same order
     */
    Bodies(List<Article> articles, String[] keys, BodyCache cache, MarkdownRenderer renderer) {
        this.articles = articles;
        this.keys = keys;
        this.cache = cache;
        this.renderer = renderer;
        for (int i = 0; i < articles.size(); i++) {
            positions.put(ref(articles.get(i)), i);
            cache.use(keys[i]);
        }
    }

    /** How an article's body is named here: its id, with {@code .en} for a translation. */
    static String ref(Article a) {
        return a.isTranslation() ? a.id() + ".en" : a.id();
    }

    /** The rendered body of an article, by {@link #ref}; null for an unknown one. */
    @Override
    public MarkdownRenderer.RenderedBody apply(String ref) {
        MarkdownRenderer.RenderedBody b = made.get(ref);
        if (b != null) {
            return b;
        }
        Integer i = positions.get(ref);
        if (i == null) {
            return null;
        }
        b = cache.render(keys[i], articles.get(i).body(), renderer);
        made.put(ref, b);
        return b;
    }

    /** Makes every body, in parallel in the caller's fork-join pool. */
    void makeAll() {
        IntStream.range(0, articles.size()).parallel().forEach(i -> apply(ref(articles.get(i))));
    }

    /**
     * Each body made so far, Markdown and HTML, by identity, with a digest of the body's cache key: a page fingerprint
     * then hashes 33 bytes for a body instead of the whole text, twice. Strings not in it are hashed in full.
     */
    Map<String, byte[]> knownTexts() {
        Map<String, byte[]> known = new IdentityHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            Article a = articles.get(i);
            MarkdownRenderer.RenderedBody body = made.get(ref(a));
            if (body != null) {
                known.put(a.body(), sha256("markdown " + keys[i]));
                known.put(body.html(), sha256("html " + keys[i]));
            }
        }
        return known;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
