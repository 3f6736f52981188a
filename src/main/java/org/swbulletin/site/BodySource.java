package org.swbulletin.site;

import java.util.List;
import org.swbulletin.content.Article;
import org.swbulletin.render.MarkdownRenderer;

/**
 * Where a build gets the rendered bodies of its articles: rendered afresh ({@link #rendering()}), or taken from
 * something that remembers them between builds.
 */
public interface BodySource {
    /**
     * Hears every article the build loaded, in load order, before any body is asked for; called once, in the build's
     * fork-join pool, so that parallel work here uses the build's threads.
     */
    default void loaded(List<Article> articles) {}

    /**
     * The rendered body of an article; thread-safe.
     *
     * @param i its position in the list {@link #loaded} heard
     */
    MarkdownRenderer.RenderedBody body(int i, Article a);

    /** Renders every body it is asked for, remembering nothing. */
    static BodySource rendering() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        return (i, a) -> renderer.render(a.body());
    }
}
