package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.enrich.Figure;

/**
 * The schema is the one list of an article's fields: the article keeps nothing else, and every field of it survives
 * front matter, the article cache and import's fingerprints. A field left out of any of them fails here.
 */
class ArticleSchemaTest {

    /** A value of a field's type; different variants give different values. */
    static Object sample(ArticleField<?> f, int variant) {
        FieldType<?> t = f.type();
        if (t == FieldType.TEXT) return f == ArticleSchema.ID ? "id-" + variant : "值 " + f.key() + " " + variant;
        if (t == FieldType.NUMBER) return variant + 1;
        if (t == FieldType.FLAG) return variant % 2 == 1;
        if (t == FieldType.NAMES || t == FieldType.LINES) return List.of(f.key() + variant, "第二" + variant);
        if (t == FieldType.FIGURES) {
            return List.of(new Figure("社工站" + variant, BigDecimal.valueOf(850 + variant), "个", "余",
                    "社工站" + (850 + variant) + "余个"));
        }
        throw new AssertionError("no sample for field type " + t + ": add one here");
    }

    /** An article with every field set to its sample of the given variant. */
    static Article full(int variant) {
        Article.Builder b = Article.builder();
        for (ArticleField<?> f : ArticleSchema.ALL) {
            set(b, f, sample(f, variant));
        }
        return b.lang("zh").build();
    }

    @SuppressWarnings("unchecked")
    static <T> void set(Article.Builder b, ArticleField<T> f, Object v) {
        b.set(f, (T) v);
    }

    @Test
    void theArticleKeepsNoValueOutsideTheSchema() {
        Set<String> state = Arrays.stream(Article.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).collect(Collectors.toSet());
        assertEquals(Set.of("values", "extra", "file", "bodyLine"), state,
                "a new article value belongs in ArticleSchema, where readers, writers, caches and digests find it");
    }

    @Test
    void everyFieldHasAUniqueKeyAndTheBodyIsTheOnlyOneOutsideFrontMatter() {
        assertEquals(ArticleSchema.ALL.size(), ArticleSchema.ALL.stream().map(ArticleField::key).distinct().count());
        assertEquals(List.of(ArticleSchema.BODY),
                ArticleSchema.ALL.stream().filter(f -> !f.inFrontMatter()).toList());
        assertTrue(ArticleSchema.IMPORTED.containsAll(ArticleSchema.ENRICHED));
    }

    @Test
    void everyFieldSurvivesWritingAndReadingFrontMatter() {
        for (ArticleField<?> f : ArticleSchema.ALL) {
            Article a = with(minimal(), f, sample(f, 7));
            Article back = FrontMatter.parse(FrontMatter.write(a), Path.of("x.md"));
            assertEquals(f.get(a), f.get(back), f.key());
            assertEquals(a, back, f.key());
        }
        Article a = full(3);
        assertEquals(a, FrontMatter.parse(FrontMatter.write(a), Path.of("x.md")));
    }

    @Test
    void everyFieldSurvivesTheArticleCache(@TempDir Path dir) throws IOException {
        Path cacheFile = dir.resolve("articles.bin");
        ArticleCache cache = ArticleCache.empty(cacheFile, "tool");
        for (ArticleField<?> f : ArticleSchema.ALL) {
            Article a = with(minimal(), f, sample(f, 5)).toBuilder().file(Path.of(f.key() + ".md")).build();
            cache.put(a.file(), 10, 1_000_000_000L, a);
        }
        cache.save();
        ArticleCache reopened = ArticleCache.open(cacheFile, "tool");
        for (ArticleField<?> f : ArticleSchema.ALL) {
            Article back = reopened.get(Path.of(f.key() + ".md"), 10, 1_000_000_000L);
            assertEquals(sample(f, 5), f.get(back), f.key());
        }
    }

    @Test
    void everyImportedFieldIsFingerprintedOnItsOwn() {
        Article a = full(1);
        for (ArticleField<?> f : ArticleSchema.IMPORTED) {
            Article changed = with(a, f, sample(f, 2));
            assertNotEquals(f.fingerprint(a), f.fingerprint(changed), f.key());
            for (ArticleField<?> other : ArticleSchema.IMPORTED) {
                if (other != f) {
                    assertEquals(other.fingerprint(a), other.fingerprint(changed), other.key() + " after " + f.key());
                }
            }
        }
    }

    @Test
    void articlesDifferingInAnyFieldAreNotEqual() {
        Article a = full(1);
        for (ArticleField<?> f : ArticleSchema.ALL) {
            assertNotEquals(a, with(a, f, sample(f, 2)), f.key());
        }
    }

    @Test
    void aWrongValueIsReportedAtItsKeysLine() {
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> FrontMatter.parse("---\nid: a\ntitle: t\norder: many\n---\n\nx\n", Path.of("a.md")));
        assertEquals(4, e.line());
        assertEquals("'order' must be a whole number, not 'many'", e.getMessage());
    }

    static Article minimal() {
        return Article.builder().id("a").title("标题").build();
    }

    static Article with(Article a, ArticleField<?> f, Object value) {
        Article.Builder b = a.toBuilder();
        set(b, f, value);
        return b.build();
    }
}
