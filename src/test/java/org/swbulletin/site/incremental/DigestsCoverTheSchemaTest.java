package org.swbulletin.site.incremental;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swbulletin.content.Article;
import org.swbulletin.content.ArticleField;
import org.swbulletin.content.ArticleSchema;
import org.swbulletin.content.FieldType;
import org.swbulletin.enrich.Figure;
import org.swbulletin.render.MarkdownRenderer;

/**
 * A rebuild is right only if its digests see every field: a field they miss leaves stale pages after an edit of it.
 * Each field of the schema is changed alone and must change the digests that decide what to render.
 */
class DigestsCoverTheSchemaTest {
    private static final byte[] SALT = {1};

    @Test
    void everyFrontMatterFieldChangesTheSharedDigestOfItsArticle() {
        Article a = full(1);
        MarkdownRenderer.RenderedBody body = new MarkdownRenderer.RenderedBody("<p>x</p>", "x", 1);
        for (ArticleField<?> f : ArticleSchema.FRONT_MATTER) {
            byte[] before = ArticleKeys.entry(new ModelDigest(), a, "", "k", body, 0).shared();
            byte[] after = ArticleKeys.entry(new ModelDigest(), with(a, f, sample(f, 2)), "", "k", body, 0).shared();
            assertFalse(Arrays.equals(before, after), f.key() + " is not in the shared digest");
        }
    }

    @Test
    void everyFieldChangesTheFingerprintOfAPageThatShowsTheArticle() {
        Article a = full(1);
        for (ArticleField<?> f : ArticleSchema.ALL) {
            byte[] before = new ModelDigest().of(SALT, List.of(a));
            byte[] after = new ModelDigest().of(SALT, List.of(with(a, f, sample(f, 2))));
            assertFalse(Arrays.equals(before, after), f.key() + " is not in page fingerprints");
        }
    }

    private static Object sample(ArticleField<?> f, int variant) {
        FieldType<?> t = f.type();
        if (t == FieldType.TEXT) return "v" + variant;
        if (t == FieldType.NUMBER) return variant + 1;
        if (t == FieldType.FLAG) return variant % 2 == 1;
        if (t == FieldType.NAMES || t == FieldType.LINES) return List.of("n" + variant);
        if (t == FieldType.FIGURES) return List.of(new Figure("l", BigDecimal.valueOf(variant), "个", null, "t"));
        throw new AssertionError("no sample for field type " + t + ": add one here");
    }

    private static Article full(int variant) {
        Article a = Article.builder().id("a").title("t").build();
        for (ArticleField<?> f : ArticleSchema.ALL) {
            a = with(a, f, sample(f, variant));
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    private static <T> Article with(Article a, ArticleField<T> f, Object v) {
        return a.toBuilder().set(f, (T) v).build();
    }
}
