package org.swbulletin.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Three-way merge of an article, field by field: what import last wrote (the manifest's fingerprint), what the file
 * holds now, and what import would write today.
 *
 * <p>A field still holding what import wrote takes the new value; a field an editor changed is kept and named in
 * {@link Result#kept()}; {@code force} overwrites every field. A field never recorded takes the new value only when
 * the file leaves it empty, since an article import did not write belongs to its editor.
 */
public final class FieldMerge {

    private FieldMerge() {}

    /**
     * The merged article and the fields kept.
     *
     * @param article the article to write
     * @param kept    fields whose editor's value was kept instead of import's
     */
    public record Result(Article article, List<ArticleField<?>> kept) {}

    /**
     * Merges the given fields of {@code proposed} into {@code current}; every other field and every front-matter key
     * import does not know stays as it is in {@code current}.
     */
    public static Result merge(Article current, Article proposed, ImportManifest.Entry base, Set<ArticleField<?>> fields,
                               boolean force) {
        Article.Builder b = current.toBuilder();
        List<ArticleField<?>> kept = new ArrayList<>();
        for (ArticleField<?> f : fields) {
            String now = f.fingerprint(current);
            String wanted = f.fingerprint(proposed);
            String last = base == null ? null : base.fingerprint(f);
            boolean take;
            if (force || now.equals(wanted)) {
                take = true;
            } else if (last != null) {
                take = now.equals(last);
            } else {
                take = f.fingerprint(emptyLike(current)).equals(now);
            }
            if (take) {
                f.copy(proposed, b);
            } else {
                kept.add(f);
            }
        }
        return new Result(b.build(), kept);
    }

    private static Article emptyLike(Article a) {
        return Article.builder().id(a.id()).title("").build();
    }
}
