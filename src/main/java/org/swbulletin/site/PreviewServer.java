package org.swbulletin.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a built site on 127.0.0.1 for editors to preview, and reloads their open pages after a rebuild.
 *
 * <p>Only files inside the site directory are served: {@code ..} segments (raw or percent-encoded), encoded slashes
 * and backslashes, NUL bytes and symbolic links that lead outside get 403, hidden files get 404. A tiny script that
 * listens on {@value #RELOAD_PATH} (server-sent events) is added to HTML responses only; the files on disk are never
 * changed, so the published site has no trace of it.
 */
public final class PreviewServer implements AutoCloseable {
    /** The server-sent-events endpoint pages listen on for reloads. */
    public static final String RELOAD_PATH = "/__reload";
    /** What is added before {@code </body>} of every HTML page served. */
    public static final String RELOAD_SCRIPT = "<script>new EventSource(\"" + RELOAD_PATH
            + "\").addEventListener(\"reload\",function(){location.reload()});</script>";

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
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();

    private PreviewServer(Path siteDir, HttpServer server, ExecutorService executor) {
        this.siteDir = siteDir;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving a site directory on the loopback interface.
     *
     * @param siteDir the built site; it may be replaced wholesale by a rebuild while the server runs
     * @param port    the port, or 0 for any free one
     * @throws IOException when the port cannot be bound (e.g. already in use)
     */
    public static PreviewServer start(Path siteDir, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "preview-server");
            t.setDaemon(true);
            return t;
        });
        PreviewServer preview = new PreviewServer(siteDir.toAbsolutePath().normalize(), http, executor);
        http.createContext("/", preview::handle);
        http.setExecutor(executor);
        http.start();
        return preview;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's address, {@code http://127.0.0.1:<port>/}. */
    public URI uri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/");
    }

    /** How many pages are listening for reloads. */
    public int listeners() {
        return listeners.size();
    }

    /** Tells every open page to reload; call it after a rebuild succeeded. */
    public void reload() {
        byte[] event = ("event: reload\ndata: " + reloads.incrementAndGet() + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                synchronized (out) {
                    out.write(event);
                    out.flush();
                }
            } catch (IOException e) {
                // The page was closed: forget it.
                listeners.remove(out);
                closeQuietly(out);
            }
        }
    }

    /** Stops the server and closes the pages' event streams. */
    @Override
    public void close() {
        listeners.forEach(PreviewServer::closeQuietly);
        listeners.clear();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                text(ex, 405, "405 method not allowed");
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (raw == null || !raw.startsWith("/")) {
                text(ex, 400, "400 bad request");
                return;
            }
            if (raw.equals(RELOAD_PATH)) {
                listen(ex);
                return;
            }
            serve(ex, raw);
        } catch (RuntimeException | IOException e) {
            closeQuietly(ex.getResponseBody());
            throw e;
        }
    }

    private void serve(HttpExchange ex, String raw) throws IOException {
        Path root;
        try {
            root = siteDir.toRealPath();
        } catch (IOException e) {
            text(ex, 503, "503 no site built yet in " + siteDir);
            return;
        }
        Resolution r = resolve(root, raw);
        switch (r.status()) {
            case 403 -> text(ex, 403, "403 forbidden: only files inside the site are served");
            case 400 -> text(ex, 400, "400 bad request");
            case 301 -> {
                String query = ex.getRequestURI().getRawQuery();
                ex.getResponseHeaders().set("Location", raw + "/" + (query == null ? "" : "?" + query));
                text(ex, 301, "moved to " + raw + "/");
            }
            case 200 -> file(ex, 200, r.file());
            default -> notFound(ex, root);
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

    private void notFound(HttpExchange ex, Path root) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page) && insideRealRoot(root, page)) {
            file(ex, 404, page);
        } else {
            text(ex, 404, "404 not found");
        }
    }

    private static void file(HttpExchange ex, int status, Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html") || ext.equals("htm")) {
            body = withReloadScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    /** An HTML page with {@link #RELOAD_SCRIPT} before its last {@code </body>}, or at its end if it has none. */
    static String withReloadScript(String html) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return at < 0 ? html + RELOAD_SCRIPT : html.substring(0, at) + RELOAD_SCRIPT + html.substring(at);
    }

    private static void text(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    private void listen(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        // The stream stays open after this handler returns; reload() writes to it.
        out.write("retry: 1000\n: listening for rebuilds\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // Closing a stream whose page is gone can fail; there is nothing left to do.
        }
    }
}
