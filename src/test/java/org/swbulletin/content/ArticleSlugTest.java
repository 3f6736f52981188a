package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleSlugTest {
    @Test
    void makesAShortAsciiSlugFromTheTitlesPinyin() {
        String slug = ArticleSlug.of("江苏昆山举行“温暖+1℃”学校社工项目高质量发展推进会");
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
        assertTrue(slug.length() <= ArticleSlug.MAX_LENGTH, slug);
        assertTrue(slug.startsWith("jiang-su-kun-shan-ju-xing"), slug);
        assertEquals("xin-jiang-qi-dong-2025-she-gong", ArticleSlug.of("新疆启动2025社工"));
    }

    @Test
    void addsANumberWhenTheSlugIsTaken() {
        assertEquals("she-gong-2", ArticleSlug.unique("社工", Set.of("she-gong")));
        assertEquals("she-gong-3", ArticleSlug.unique("社工！", Set.of("she-gong", "she-gong-2")));
        assertEquals("article", ArticleSlug.of("——"));
    }
}
