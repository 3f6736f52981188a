package org.swbulletin.site;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a request's {@code Host} header names this machine's loopback interface.
 *
 * <p>Listening on 127.0.0.1 keeps other machines out, but not a web page: a page on a hostile site can make its own
 * name resolve to 127.0.0.1 (DNS rebinding) and then read the preview as if it were the same site. Such a request
 * still carries the hostile name in {@code Host}, so only the loopback names are answered.
 */
final class LoopbackHost {
    private static final Set<String> NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private LoopbackHost() {
    }

    /**
     * @param host the {@code Host} header's value
     * @param port the port the server listens on, the only one a host may name
     */
    static boolean allows(String host, int port) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (NAMES.contains(h)) {
            return true;
        }
        int colon = h.lastIndexOf(':');
        return colon > 0 && NAMES.contains(h.substring(0, colon)) && h.substring(colon + 1).equals(String.valueOf(port));
    }
}
