package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static Article zh(String title, String kicker, String body) {
        return Article.builder().id("a").title(title).kicker(kicker).body(body).build();
    }

    @Test
    void isSixteenHexDigitsAndStable() {
        String f = Fingerprint.of(zh("标题", null, "正文。"));
        assertTrue(f.matches("[0-9a-f]{16}"), f);
        assertEquals(f, Fingerprint.of(zh("标题", null, "正文。")));
    }

    @Test
    void ignoresWhitespaceAndLineEnds() {
        assertEquals(Fingerprint.of(zh("标题", null, "第一段。\n\n第二段。")),
                Fingerprint.of(zh(" 标题 ", "", "第一段。\r\n\r\n\r\n第二段。\u3000")));
    }

    @Test
    void changesWithTitleKickerOrBody() {
        String base = Fingerprint.of(zh("标题", "引题", "正文。"));
        assertNotEquals(base, Fingerprint.of(zh("标题二", "引题", "正文。")));
        assertNotEquals(base, Fingerprint.of(zh("标题", "另一引题", "正文。")));
        assertNotEquals(base, Fingerprint.of(zh("标题", "引题", "正文有变。")));
    }

    @Test
    void ignoresTagsAndDates() {
        Article a = zh("标题", null, "正文。");
        Article retagged = a.toBuilder().provinces(List.of("甘肃")).themes(List.of("volunteering")).date("2024-03")
                .build();
        assertEquals(Fingerprint.of(a), Fingerprint.of(retagged));
    }

    @Test
    void translationIsStaleWhenChineseChangedOrFingerprintMissing() {
        Article original = zh("标题", null, "正文。");
        Article en = Article.builder().id("a").lang("en").title("Title").sourceFingerprint(Fingerprint.of(original))
                .build();
        assertFalse(Fingerprint.isStale(original, en));
        assertTrue(Fingerprint.isStale(original.toBuilder().body("正文改了。").build(), en));
        assertTrue(Fingerprint.isStale(original, en.toBuilder().sourceFingerprint(null).build()));
    }
}
