package org.swbulletin.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The request line and headers of an HTTP/1.x request, read within a time and size limit.
 *
 * <p>The limits are what keep a client that sends half a request (or nothing) from holding the preview: the whole
 * head must arrive in time, however slowly it trickles in.
 *
 * @param method  the method, e.g. {@code GET}
 * @param target  the request target as sent, e.g. {@code /articles/a1/?x=1}
 * @param headers the headers by lower-case name (a repeated header keeps its last value)
 */
record RequestHead(String method, String target, Map<String, String> headers) {
    /** The longest request line or header line read. */
    static final int MAX_LINE = 8 * 1024;
    /** The most header lines read. */
    static final int MAX_HEADERS = 100;

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern REQUEST_LINE = Pattern.compile("(\\S+) (\\S+) HTTP/1\\.[01]");

    /** Why a request cannot be answered as asked: the status to answer with and a short text. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        /** The HTTP status to answer with. */
        int status() {
            return status;
        }
    }

    /** The value of a header, or null when the request has none. */
    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads a request's head from a socket.
     *
     * @param socket  the connection; its read timeout is changed
     * @param in      the socket's (buffered) input
     * @param timeout how long the whole head may take to arrive
     * @return the head, or null when the client sent nothing at all before closing or running out of time
     * @throws Refused     when the head is malformed, too large (400, 431) or incomplete in time (408)
     * @throws IOException when the connection fails
     */
    static RequestHead read(Socket socket, InputStream in, Duration timeout) throws Refused, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String requestLine = line(socket, in, deadline, true);
        if (requestLine == null) {
            return null;
        }
        var m = REQUEST_LINE.matcher(requestLine);
        if (!m.matches() || !TOKEN.matcher(m.group(1)).matches()) {
            throw new Refused(400, "400 bad request: malformed request line");
        }
        Map<String, String> headers = new HashMap<>();
        for (int count = 0; ; count++) {
            String line = line(socket, in, deadline, false);
            if (line.isEmpty()) {
                return new RequestHead(m.group(1), m.group(2), headers);
            }
            if (count == MAX_HEADERS) {
                throw new Refused(431, "431 too many request headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                throw new Refused(400, "400 bad request: malformed header line");
            }
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            String before = headers.put(name, value);
            if (before != null && (name.equals("host") || name.equals("content-length")) && !before.equals(value)) {
                throw new Refused(400, "400 bad request: conflicting " + name + " headers");
            }
        }
    }

    /**
     * One line without its CRLF (or bare LF), as ISO-8859-1; null when the first line of a request never started.
     */
    private static String line(Socket socket, InputStream in, long deadline, boolean first)
            throws Refused, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            int b;
            try {
                if (left <= 0) {
                    throw new SocketTimeoutException();
                }
                socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
                b = in.read();
            } catch (SocketTimeoutException e) {
                if (first && bytes.size() == 0) {
                    return null;
                }
                throw new Refused(408, "408 request timeout: the request did not arrive in time");
            }
            if (b < 0) {
                if (first && bytes.size() == 0) {
                    return null;
                }
                throw new Refused(400, "400 bad request: the request ended early");
            }
            if (b == '\n') {
                byte[] line = bytes.toByteArray();
                int end = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
                return new String(line, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (bytes.size() == MAX_LINE) {
                throw first ? new Refused(414, "414 request line too long")
                        : new Refused(431, "431 request header too long");
            }
            bytes.write(b);
        }
    }
}
