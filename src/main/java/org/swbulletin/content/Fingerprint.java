package org.swbulletin.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A short, stable fingerprint of a Chinese article's text (title, kicker, body), recorded by a translation in
 * {@code source_fingerprint} so that a later change to the Chinese shows the translation may be out of date.
 *
 * <p>Whitespace is normalised first, so re-wrapping or CRLF line ends do not count as a change; tags, dates and other
 * metadata are left out because changing them does not change what a translator translated.
 */
public final class Fingerprint {
    /** Hex digits kept: 64 bits, ample to tell versions of one article apart. */
    public static final int LENGTH = 16;

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private Fingerprint() {}

    /** The fingerprint of a Chinese article's title, kicker and body. */
    public static String of(Article zh) {
        return of(zh.title(), zh.kicker(), zh.body());
    }

    /** The fingerprint of a title, an optional kicker (null for none) and a body. */
    public static String of(String title, String kicker, String body) {
        String text = normalise(title) + "\n" + normalise(kicker == null ? "" : kicker) + "\n" + normalise(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String normalise(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Whether a translation may be out of date: it records no fingerprint, or one of another version of the Chinese.
     *
     * @param zh the Chinese article
     * @param en its translation
     */
    public static boolean isStale(Article zh, Article en) {
        return en.sourceFingerprint() == null || !en.sourceFingerprint().equals(of(zh));
    }
}
