package org.swbulletin.site.incremental;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 for the build caches' keys: every JDK has it, so its absence is a broken runtime, not a user's error. */
final class Digests {
    private Digests() {}

    /** A new SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
