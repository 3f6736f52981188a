package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.swbulletin.enrich.Gazetteer;

/**
 * The committed bulletin ({@code content/}) ships its English edition complete: every published article has an English
 * translation that is finished, made from the current Chinese text, and English throughout.
 */
class ShippedTranslationsTest {
    private static final Path CONTENT = Path.of("content");

    private static LoadedContent shipped() {
        return new ContentLoader(Gazetteer.bundled()).load(CONTENT, Publication.asOfToday());
    }

    private static Map<String, Article> translationsById(LoadedContent loaded) {
        return loaded.articles().stream().filter(Article::isTranslation)
                .collect(Collectors.toMap(Article::id, Function.identity()));
    }

    @Test
    void everyPublishedArticleHasAFinishedCurrentEnglishTranslation() {
        LoadedContent loaded = shipped();
        Map<String, Article> en = translationsById(loaded);
        List<String> missing = new ArrayList<>();
        for (Article zh : loaded.published()) {
            if (zh.isTranslation()) {
                continue;
            }
            Article t = en.get(zh.id());
            if (t == null) {
                missing.add(zh.file() + ": no English translation");
            } else if (ContentRules.hasDraftNotes(t)) {
                missing.add(t.file() + ": still an unfinished draft");
            } else if (Fingerprint.isStale(zh, t)) {
                missing.add(t.file() + ": made from an earlier Chinese text (stale)");
            } else if (!loaded.published().contains(t)) {
                missing.add(t.file() + ": not published");
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(loaded.published().stream().filter(a -> !a.isTranslation()).count() >= 17,
                "the shipped bulletin has its 17 articles");
        assertEquals(0, loaded.untranslated());
        assertEquals(0, loaded.stale());
    }

    @Test
    void everyShippedTranslationIsEnglishThroughoutAndKeepsTheCaptionsAndKicker() {
        LoadedContent loaded = shipped();
        Map<String, Article> en = translationsById(loaded);
        List<String> problems = new ArrayList<>();
        for (Article zh : loaded.articles()) {
            Article t = en.get(zh.id());
            if (zh.isTranslation() || t == null) {
                continue;
            }
            String text = String.join("\n", t.title(), t.kicker() == null ? "" : t.kicker(),
                    String.join("\n", t.captions()), t.body());
            text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).findFirst()
                    .ifPresent(c -> problems.add(t.file() + ": Chinese text left in it (" + Character.toString(c)
                            + ")"));
            if (t.captions().size() != zh.captions().size()) {
                problems.add(t.file() + ": " + t.captions().size() + " captions for the original's "
                        + zh.captions().size());
            }
            if ((zh.kicker() == null) != (t.kicker() == null)) {
                problems.add(t.file() + ": the original's kicker " + (zh.kicker() == null ? "absent" : "present")
                        + ", the translation's not");
            }
        }
        assertEquals(List.of(), problems);
    }
}
