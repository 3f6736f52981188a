package org.swbulletin.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the hand-made article fixtures under {@code src/test/resources/enrich/}: header lines {@code title:},
 * {@code kicker:}, {@code section:}, {@code source:}, a line {@code ---}, then one paragraph per line.
 */
final class ArticleFixtures {
    private ArticleFixtures() {}

    /** The article in a fixture, by its path under {@code enrich/}. */
    static ArticleText load(String name) {
        try (InputStream in = ArticleFixtures.class.getResourceAsStream("/enrich/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture enrich/" + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article of a title and paragraphs, for fixtures written inline. */
    static ArticleText of(String title, String... paragraphs) {
        return new ArticleText(title, null, null, null, List.of(paragraphs));
    }

    static ArticleText parse(String text) {
        String title = null, kicker = null, section = null, source = null;
        List<String> paragraphs = new ArrayList<>();
        boolean body = false;
        for (String line : text.split("\n")) {
            if (body) {
                if (!line.isBlank()) {
                    paragraphs.add(line.strip());
                }
            } else if (line.equals("---")) {
                body = true;
            } else if (line.startsWith("title: ")) {
                title = line.substring(7);
            } else if (line.startsWith("kicker: ")) {
                kicker = line.substring(8);
            } else if (line.startsWith("section: ")) {
                section = line.substring(9);
            } else if (line.startsWith("source: ")) {
                source = line.substring(8);
            }
        }
        return new ArticleText(title, kicker, section, source, paragraphs);
    }
}
