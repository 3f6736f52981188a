package org.swbulletin.site.incremental;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.swbulletin.render.ArticleView;
import org.swbulletin.render.Card;
import org.swbulletin.render.FigureView;
import org.swbulletin.render.Page;
import org.swbulletin.site.PageReuse;

/**
 * Page keys from the page's model, template and file, with the template set: a page whose fingerprint the previous
 * build wrote is linked from it instead of rendered.
 */
final class PageFingerprints implements PageReuse.Keys {
    private final byte[] templateSet;
    private final ThreadLocal<ModelDigest> digests;

    /**
     * @param templateSet the {@link TemplateSet#fingerprint} of the build
     * @param knownTexts  digests standing for long strings, by identity (the bodies)
     */
    PageFingerprints(byte[] templateSet, Map<String, byte[]> knownTexts) {
        this.templateSet = templateSet;
        // Cards and article views are made once per article and language and kept for the build.
        ModelDigest.Lasting lasting = new ModelDigest.Lasting(Set.of(Card.class, ArticleView.class,
                FigureView.class));
        this.digests = ThreadLocal.withInitial(() -> new ModelDigest(knownTexts, lasting));
    }

    @Override
    public byte[] of(Page page, Map<String, Object> model) {
        return keyOf(digests.get(), templateSet, page, model);
    }

    /** The page's fingerprint, or null when its model holds something that cannot be fingerprinted. */
    static byte[] keyOf(ModelDigest digest, byte[] templateSet, Page p, Map<String, Object> model) {
        byte[] salt = (p.template() + "\n" + p.file() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(templateSet, templateSet.length + salt.length);
        System.arraycopy(salt, 0, all, templateSet.length, salt.length);
        try {
            return digest.of(all, model);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
