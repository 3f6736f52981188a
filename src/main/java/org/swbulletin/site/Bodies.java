package org.swbulletin.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.swbulletin.content.Article;
import org.swbulletin.render.MarkdownRenderer;

/**
 * The rendered bodies of a build's articles, made on first use from a {@link BodySource}: originals under their id,
 * translations under {@code id + ".en"}. A build that renders every page makes them all at once, in parallel; a build
 * that updates a few pages makes only the bodies those pages show.
 */
public final class Bodies implements Function<String, MarkdownRenderer.RenderedBody> {
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<Article> articles;
    private final BodySource source;
    private final Map<String, MarkdownRenderer.RenderedBody> made = new ConcurrentHashMap<>();

    /**
     * @param articles every article file of the build, in the order {@code source} heard them
     */
    Bodies(List<Article> articles, BodySource source) {
        this.articles = articles;
        this.source = source;
        for (int i = 0; i < articles.size(); i++) {
            positions.put(ref(articles.get(i)), i);
        }
    }

    /** How an article's body is named here: its id, with {@code .en} for a translation. */
    public static String ref(Article a) {
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
        b = source.body(i, articles.get(i));
        made.put(ref, b);
        return b;
    }

    /** The body of an article, by {@link #ref}, if it was made so far; null otherwise. */
    public MarkdownRenderer.RenderedBody madeSoFar(String ref) {
        return made.get(ref);
    }

    /** Makes every body, in parallel in the caller's fork-join pool. */
    void makeAll() {
        IntStream.range(0, articles.size()).parallel().forEach(i -> apply(ref(articles.get(i))));
    }
}
