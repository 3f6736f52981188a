package org.swbulletin.site;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a built site on 127.0.0.1 for editors to preview, and reloads their open pages after a rebuild.
 *
 * <p>Only files inside the site directory are served: {@code ..} segments (raw or percent-encoded), encoded slashes
 * and backslashes, NUL bytes and symbolic links that lead outside get 403, hidden files get 404. Only requests whose
 * {@code Host} is a loopback name ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}, with or without the port) are
 * answered, so that a hostile web page cannot read the preview by rebinding its own name to 127.0.0.1. A tiny script
 * that listens on {@value #RELOAD_PATH} (server-sent events) is added to HTML responses only; the files on disk are
 * never changed, so the published site has no trace of it.
 *
 * <p>Each connection carries one request, GET or HEAD without a body, and has its own thread: its head must arrive
 * within {@link #HEAD_TIMEOUT} and the whole exchange end within {@link #EXCHANGE_TIMEOUT}, so idle or slow clients
 * hold a thread for seconds, not for ever, and never more than {@link #MAX_CONNECTIONS} at once.
 */
public final class PreviewServer implements AutoCloseable {
    /** The server-sent-events endpoint pages listen on for reloads. */
    public static final String RELOAD_PATH = "/__reload";
    /** What is added before {@code </body>} of every HTML page served. */
    public static final String RELOAD_SCRIPT = "<script>new EventSource(\"" + RELOAD_PATH
            + "\").addEventListener(\"reload\",function(){location.reload()});</script>";
    /** How long a client may take to send its request line and headers. */
    public static final Duration HEAD_TIMEOUT = Duration.ofSeconds(5);
    /** How long a whole exchange may take, the response included, before its connection is closed. */
    public static final Duration EXCHANGE_TIMEOUT = Duration.ofSeconds(60);
    /** How many requests are handled at once; more are answered 503 at once. */
    public static final int MAX_CONNECTIONS = 32;

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(301, "Moved Permanently"), Map.entry(400, "Bad Request"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(503, "Service Unavailable"));

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("atom", "application/atom+xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    private final Path siteDir;
    private final ServerSocket listener;
    private final ExecutorService connections;
    private final ScheduledExecutorService watchdog;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Socket> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();

    private PreviewServer(Path siteDir, ServerSocket listener) {
        this.siteDir = siteDir;
        this.listener = listener;
        this.connections = Executors.newCachedThreadPool(daemon("preview-connection"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("preview-watchdog"));
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Starts serving a site directory on the loopback interface.
     *
     * @param siteDir the built site; it may be replaced wholesale by a rebuild while the server runs
     * @param port    the port, or 0 for any free one
     * @throws IOException when the port cannot be bound (e.g. already in use)
     */
    public static PreviewServer start(Path siteDir, int port) throws IOException {
        ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        PreviewServer preview = new PreviewServer(siteDir.toAbsolutePath().normalize(), socket);
        Thread acceptor = new Thread(preview::accept, "preview-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return preview;
    }

    /** The port the server listens on. */
    public int port() {
        return listener.getLocalPort();
    }

    /** The site's address, {@code http://127.0.0.1:<port>/}. */
    public URI uri() {
        return URI.create("http://" + listener.getInetAddress().getHostAddress() + ":" + port() + "/");
    }

    /** How many pages are listening for reloads. */
    public int listeners() {
        return listeners.size();
    }

    /** Tells every open page to reload; call it after a rebuild succeeded. */
    public void reload() {
        byte[] event = ("event: reload\ndata: " + reloads.incrementAndGet() + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (Socket page : listeners) {
            try {
                OutputStream out = page.getOutputStream();
                synchronized (page) {
                    out.write(event);
                    out.flush();
                }
            } catch (IOException e) {
                // The page was closed: forget it.
                listeners.remove(page);
                closeQuietly(page);
            }
        }
    }

    /** Stops the server and closes every connection, the pages' event streams included. */
    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(PreviewServer::closeQuietly);
        listeners.forEach(PreviewServer::closeQuietly);
        listeners.clear();
        connections.shutdownNow();
        watchdog.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                // Closed, or a connection reset before it was accepted: the loop's condition tells which.
                continue;
            }
            if (!slots.tryAcquire()) {
                // Answered here without reading: a response this small fits in the socket's buffer at once.
                refuse(socket, 503, "503 busy: too many requests at once, try again");
                continue;
            }
            open.add(socket);
            try {
                connections.execute(() -> {
                    try {
                        exchange(socket);
                    } finally {
                        open.remove(socket);
                        slots.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                // Shutting down.
                open.remove(socket);
                slots.release();
                closeQuietly(socket);
            }
        }
    }

    /** Reads one request from a connection, answers it and closes the connection (unless it is an event stream). */
    private void exchange(Socket socket) {
        ScheduledFuture<?> deadline =
                watchdog.schedule(() -> closeQuietly(socket), EXCHANGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        boolean keepOpen = false;
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            RequestHead head;
            try {
                head = RequestHead.read(socket, in, HEAD_TIMEOUT);
                if (head == null) {
                    return;
                }
                check(head);
            } catch (RequestHead.Refused r) {
                text(out, false, r.status(), r.getMessage(), r.status() == 405 ? "Allow: GET, HEAD\r\n" : "");
                return;
            }
            keepOpen = route(socket, out, head);
        } catch (IOException | RuntimeException e) {
            // The client went away, or the watchdog closed a stalled exchange: nothing more to say to it.
        } finally {
            deadline.cancel(false);
            if (!keepOpen) {
                finish(socket);
            }
        }
    }

    /** Refuses what the preview does not answer: other hosts, other methods and request bodies. */
    private void check(RequestHead head) throws RequestHead.Refused {
        String host = head.header("host");
        if (host == null) {
            throw new RequestHead.Refused(400, "400 bad request: no Host header");
        }
        if (!LoopbackHost.allows(host, port())) {
            throw new RequestHead.Refused(403,
                    "403 forbidden: the preview answers only to 127.0.0.1, localhost and [::1]");
        }
        if (!head.method().equals("GET") && !head.method().equals("HEAD")) {
            throw new RequestHead.Refused(405, "405 method not allowed");
        }
        if (head.header("transfer-encoding") != null) {
            throw new RequestHead.Refused(413, "413 the preview takes no request body");
        }
        String length = head.header("content-length");
        if (length != null) {
            if (!length.matches("[0-9]{1,18}")) {
                throw new RequestHead.Refused(400, "400 bad request: malformed Content-Length");
            }
            if (Long.parseLong(length) > 0) {
                throw new RequestHead.Refused(413, "413 the preview takes no request body");
            }
        }
        String target = head.target();
        if (!target.startsWith("/") || !target.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new RequestHead.Refused(400, "400 bad request");
        }
    }

    /** Answers a well-formed request; returns whether the connection stays open as an event stream. */
    private boolean route(Socket socket, OutputStream out, RequestHead head) throws IOException {
        boolean onlyHead = head.method().equals("HEAD");
        String target = head.target();
        int q = target.indexOf('?');
        String raw = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? null : target.substring(q + 1);
        if (raw.equals(RELOAD_PATH)) {
            return listen(socket, out, onlyHead);
        }
        serve(out, onlyHead, raw, query);
        return false;
    }

    private void serve(OutputStream out, boolean onlyHead, String raw, String query) throws IOException {
        Path root;
        try {
            root = siteDir.toRealPath();
        } catch (IOException e) {
            text(out, onlyHead, 503, "503 no site built yet in " + siteDir, "");
            return;
        }
        Resolution r = resolve(root, raw);
        switch (r.status()) {
            case 403 -> text(out, onlyHead, 403, "403 forbidden: only files inside the site are served", "");
            case 400 -> text(out, onlyHead, 400, "400 bad request", "");
            case 301 -> text(out, onlyHead, 301, "moved to " + raw + "/",
                    "Location: " + raw + "/" + (query == null ? "" : "?" + query) + "\r\n");
            case 200 -> file(out, onlyHead, 200, r.file());
            default -> notFound(out, onlyHead, root);
        }
    }

    /** Where a request path leads: a status and, for 200, the file. */
    record Resolution(int status, Path file) {}

    /**
     * Maps a raw (still percent-encoded) request path to a file inside the site, refusing every way out of it.
     *
     * @param root the site directory's real path
     * @param raw  the request's raw path, starting with {@code /}
     */
    static Resolution resolve(Path root, String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || raw.contains("\\")) {
            return new Resolution(403, null);
        }
        String decoded = decode(raw);
        if (decoded == null) {
            return new Resolution(400, null);
        }
        Path file = root;
        for (String segment : decoded.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("..") || segment.equals(".") || segment.indexOf('\0') >= 0 || segment.contains("\\")) {
                return new Resolution(403, null);
            }
            if (segment.startsWith(".")) {
                return new Resolution(404, null);
            }
            file = file.resolve(segment);
        }
        file = file.normalize();
        if (!file.startsWith(root)) {
            return new Resolution(403, null);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
            return new Resolution(404, null);
        }
        if (!insideRealRoot(root, file)) {
            return new Resolution(403, null);
        }
        if (Files.isDirectory(file)) {
            if (!raw.endsWith("/")) {
                return new Resolution(301, null);
            }
            file = file.resolve("index.html");
            if (!Files.exists(file)) {
                return new Resolution(404, null);
            }
            if (!insideRealRoot(root, file)) {
                return new Resolution(403, null);
            }
        }
        return Files.isRegularFile(file) ? new Resolution(200, file) : new Resolution(404, null);
    }

    private static boolean insideRealRoot(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            // A dangling link: treat it as leading nowhere we may serve.
            return false;
        }
    }

    /** Percent-decodes a path as UTF-8; null when it is malformed. {@code +} stays a plus sign, as in paths. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void notFound(OutputStream out, boolean onlyHead, Path root) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page) && insideRealRoot(root, page)) {
            file(out, onlyHead, 404, page);
        } else {
            text(out, onlyHead, 404, "404 not found", "");
        }
    }

    private static void file(OutputStream out, boolean onlyHead, int status, Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html") || ext.equals("htm")) {
            body = withReloadScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(out, onlyHead, status, TYPES.getOrDefault(ext, "application/octet-stream"), body, "");
    }

    /** An HTML page with {@link #RELOAD_SCRIPT} before its last {@code </body>}, or at its end if it has none. */
    static String withReloadScript(String html) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return at < 0 ? html + RELOAD_SCRIPT : html.substring(0, at) + RELOAD_SCRIPT + html.substring(at);
    }

    private static void text(OutputStream out, boolean onlyHead, int status, String message, String headers)
            throws IOException {
        send(out, onlyHead, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8),
                headers);
    }

    /**
     * Writes a whole response and says the connection closes after it, which keeps the server free of keep-alive
     * bookkeeping; on loopback a new connection per request costs nothing an editor notices.
     *
     * @param headers extra header lines, each ending in CRLF
     */
    private static void send(OutputStream out, boolean onlyHead, int status, String type, byte[] body, String headers)
            throws IOException {
        String head = "HTTP/1.1 " + status + " " + REASONS.getOrDefault(status, "") + "\r\n"
                + "Content-Type: " + type + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Cache-Control: no-store\r\n"
                + "X-Content-Type-Options: nosniff\r\n"
                + "Connection: close\r\n"
                + headers + "\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (!onlyHead) {
            out.write(body);
        }
        out.flush();
    }

    /**
     * Answers a connection without reading from it, and closes it at once: it runs on the accepting thread, which must
     * not wait for the client (so the request it may have sent can turn the close into a reset).
     */
    private static void refuse(Socket socket, int status, String message) {
        try {
            text(socket.getOutputStream(), false, status, message, "");
            socket.shutdownOutput();
        } catch (IOException e) {
            // The client is gone already.
        }
        closeQuietly(socket);
    }

    /**
     * Opens a page's event stream; returns whether it stays open. The stream is kept by {@link #reload()}, which
     * writes to it; its thread is free again at once.
     */
    private boolean listen(Socket socket, OutputStream out, boolean onlyHead) throws IOException {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                + "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
        synchronized (socket) {
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (onlyHead) {
                out.flush();
                return false;
            }
            out.write("retry: 1000\n: listening for rebuilds\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        listeners.add(socket);
        return true;
    }

    /**
     * Closes a connection gracefully: the response is sent first, then what the client may still be sending is read
     * and dropped for a moment, because closing with unread input resets the connection and can destroy the response
     * before the client has read it (a refused body, a request it pipelined).
     */
    private static void finish(Socket socket) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(500);
            InputStream in = socket.getInputStream();
            byte[] drop = new byte[8192];
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            for (int read = 0; read < 64 * 1024 && System.nanoTime() < deadline; ) {
                int n = in.read(drop);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (IOException e) {
            // Timed out or reset: either way the response went out and the connection is done.
        } finally {
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // Closing a connection whose client is gone can fail; there is nothing left to do.
        }
    }
}
