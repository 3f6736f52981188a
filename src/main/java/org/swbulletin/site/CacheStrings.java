package org.swbulletin.site;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Strings in the site's binary cache files: a length, then UTF-8, of any length (unlike {@code writeUTF}). Read back
 * from a buffer holding the file, as caches are read in one go.
 */
public final class CacheStrings {
    private CacheStrings() {}

    /** Writes a string. */
    public static void write(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reads a string {@link #write} wrote, advancing the buffer past it. */
    public static String read(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalStateException("damaged cache: a string of " + n + " bytes where " + in.remaining()
                    + " are left");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}
