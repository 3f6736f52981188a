package org.swbulletin.site.incremental;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.swbulletin.content.Article;
import org.swbulletin.render.Page;
import org.swbulletin.site.BuildProgress;
import org.swbulletin.site.OutputDir;
import org.swbulletin.site.PreparedSite;

/**
 * Replaces a few articles' own pages in the live site, each file atomically, instead of staging a new site: for a
 * build whose {@link ArticleKeys} prove that no other page changed.
 */
final class InPlaceUpdate {
    private InPlaceUpdate() {}

    /** A page to replace: its path in the site, its new bytes and its fingerprint. */
    private record Replacement(String file, byte[] bytes, byte[] key) {}

    /**
     * Renders the pages of the given articles in both languages (and the translation status pages when a translation's
     * status changed) and replaces, in the live site, those whose fingerprint changed; returns how many it rendered.
     * Every page is rendered before any is written: a page that fails leaves the site as it was.
     */
    static int apply(PreparedSite site, ArticleKeys.OwnPages changed, byte[] templateSet,
                     Map<String, byte[]> knownTexts, OutputDir output, BuildProgress progress) {
        List<Page> pages = new ArrayList<>();
        for (Article a : site.index().articles()) {
            if (changed.ids().contains(a.id())) {
                pages.addAll(site.articlePages(a));
            }
        }
        if (changed.statusChanged()) {
            pages.addAll(site.translationStatusPages());
        }
        ModelDigest digest = new ModelDigest(knownTexts);
        List<Replacement> replacements = new ArrayList<>();
        int done = 0;
        for (Page p : pages) {
            Map<String, Object> model = p.model();
            byte[] key = PageFingerprints.keyOf(digest, templateSet, p, model);
            if (key == null || !Arrays.equals(key, output.liveKey(p.file()))) {
                replacements.add(new Replacement(p.file(), site.render(p, model), key));
            }
            progress.pages(++done, pages.size());
        }
        // The search index holds every article's text and fields: made whole again, and only the files whose bytes
        // changed are replaced (replaceInPlace compares), which for an edit of a few articles is a few shards.
        int rendered = replacements.size();
        site.inPool(site::searchFiles).forEach((file, bytes) -> replacements.add(new Replacement(file, bytes, null)));
        for (Replacement r : replacements) {
            output.replaceInPlace(r.file(), r.bytes(), r.bytes().length, r.key());
        }
        return rendered;
    }
}
