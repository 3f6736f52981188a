package org.swbulletin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {
    @TempDir
    Path tmp;
    Path site;
    PreviewServer server;

    @BeforeEach
    void startOnAnEphemeralPort() throws IOException {
        site = tmp.resolve("site");
        Files.createDirectories(site.resolve("articles/a1"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=\"zh-CN\"><body><p>首页</p></body></html>");
        Files.writeString(site.resolve("articles/a1/index.html"), "<!doctype html><body><p>文章</p></body>");
        Files.writeString(site.resolve("404.html"), "<!doctype html><body><p>找不到</p></body>");
        Files.writeString(site.resolve("style.css"), "body{color:#222}");
        Files.writeString(site.resolve("feed.xml"), "<feed/>");
        Files.writeString(tmp.resolve("secret.txt"), "SECRET");
        server = PreviewServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A raw HTTP/1.1 exchange over a socket, so that no client library tidies the path first. */
    private String request(String method, String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String header(String response, String name) {
        return response.lines().takeWhile(l -> !l.isEmpty())
                .filter(l -> l.toLowerCase().startsWith(name.toLowerCase() + ":"))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse(null);
    }

    @Test
    void listensOnLoopbackOnly() {
        assertEquals("127.0.0.1", server.uri().getHost());
    }

    @Test
    void servesTheIndexOfTheSiteAsUtf8HtmlWithTheReloadScript() throws IOException {
        String r = request("GET", "/");
        assertEquals(200, status(r));
        assertEquals("text/html; charset=utf-8", header(r, "Content-type"));
        assertTrue(r.contains("<p>首页</p>" + PreviewServer.RELOAD_SCRIPT + "</body>"), r);
    }

    @Test
    void neverWritesTheReloadScriptIntoTheSiteFiles() throws IOException {
        request("GET", "/");
        assertFalse(Files.readString(site.resolve("index.html")).contains("EventSource"));
    }

    @Test
    void servesADirectorysIndexAndRedirectsWhenTheSlashIsMissing() throws IOException {
        assertTrue(request("GET", "/articles/a1/").contains("<p>文章</p>"));
        String r = request("GET", "/articles/a1?x=1");
        assertEquals(301, status(r));
        assertEquals("/articles/a1/?x=1", header(r, "Location"));
    }

    @Test
    void givesCssAndXmlTheirTypesAndLeavesThemAlone() throws IOException {
        String css = request("GET", "/style.css");
        assertEquals("text/css; charset=utf-8", header(css, "Content-type"));
        assertTrue(css.endsWith("body{color:#222}"));
        assertEquals("application/xml; charset=utf-8", header(request("GET", "/feed.xml"), "Content-type"));
    }

    @Test
    void answersAMissingPageWithThe404PageAndStatus404() throws IOException {
        String r = request("GET", "/articles/nope/");
        assertEquals(404, status(r));
        assertTrue(r.contains("<p>找不到</p>"), r);
    }

    @Test
    void answersAMissingPageWithPlainTextWhenTheSiteHasNo404Page() throws IOException {
        Files.delete(site.resolve("404.html"));
        String r = request("GET", "/nope.html");
        assertEquals(404, status(r));
        assertTrue(r.endsWith("404 not found\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/articles/../../secret.txt", "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt", "/articles/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
            "/..%5csecret.txt", "/.%2e/secret.txt", "/index.html%00.css"})
    void refusesPathsOutOfTheSite(String path) throws IOException {
        String r = request("GET", path);
        assertEquals(403, status(r), r);
        assertFalse(r.contains("SECRET"));
    }

    @Test
    void treatsADoubleSlashAsAPathInsideTheSite() throws IOException {
        String r = request("GET", "//" + tmp.resolve("secret.txt").toString().substring(1));
        assertEquals(404, status(r));
        assertFalse(r.contains("SECRET"));
    }

    @Test
    void refusesASymbolicLinkThatLeadsOutOfTheSite() throws IOException {
        Files.createSymbolicLink(site.resolve("escape.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), tmp);
        assertEquals(403, status(request("GET", "/escape.txt")));
        assertEquals(403, status(request("GET", "/outside/secret.txt")));
    }

    @Test
    void hidesHiddenFiles() throws IOException {
        Files.writeString(site.resolve(".bulletin-site"), "marker");
        assertEquals(404, status(request("GET", "/.bulletin-site")));
    }

    @Test
    void allowsOnlyGetAndHead() throws IOException {
        assertEquals(405, status(request("POST", "/")));
        String head = request("HEAD", "/style.css");
        assertEquals(200, status(head));
        assertFalse(head.contains("body{"));
    }

    /** Sends raw bytes and reads the whole answer, bounded by a generous timeout. */
    private String exchange(String raw) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String getWithHost(String host) throws IOException {
        return exchange("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @Test
    void answersAGetPromptlyWhileIdleClientsHoldConnectionsOpen() throws IOException {
        List<Socket> idle = new java.util.ArrayList<>();
        try {
            for (String stalled : List.of("GET /inde", "GET /style.css HT", "G", "",
                    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10485760\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10485760\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le")) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                idle.add(s);
                s.getOutputStream().write(stalled.getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
            }
            // request() gives up after 10 s: a server that waits for the idle clients fails here.
            String r = request("GET", "/");
            assertEquals(200, status(r));
            assertTrue(r.contains("<p>首页</p>"), r);
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    @Test
    void answersAHalfSentRequestWith408OnceItsTimeIsUp() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(60_000);
            s.getOutputStream().write("GET /index.html HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.ISO_8859_1));
            String r = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(408, status(r), r);
        }
    }

    @Test
    void refusesARequestBodyWithoutWaitingForIt() throws IOException {
        String post = exchange("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10485760\r\n\r\n");
        assertEquals(405, status(post), post);
        assertEquals("GET, HEAD", header(post, "Allow"));
        assertEquals(413, status(exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10485760\r\n\r\n")));
        assertEquals(413, status(exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")));
        assertEquals(400, status(exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ten\r\n\r\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/9\r\nHost: 127.0.0.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n", "GET http://127.0.0.1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET / HTTP/1.1\r\n\r\n"})
    void answersAMalformedRequestWith400(String raw) throws IOException {
        assertEquals(400, status(exchange(raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:PORT", "localhost", "localhost:PORT", "LocalHost", "[::1]",
            "[::1]:PORT"})
    void servesRequestsAddressedToALoopbackName(String host) throws IOException {
        String r = getWithHost(host.replace("PORT", String.valueOf(server.port())));
        assertEquals(200, status(r), r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:1313", "evil.example:PORT", "127.0.0.1.evil.example",
            "localhost.evil.example:PORT", "127.0.0.2", "0.0.0.0:PORT", "::1", "localhost:1", "127.0.0.1:PORTX", ""})
    void refusesRequestsAddressedToAnyOtherName(String host) throws IOException {
        String r = getWithHost(host.replace("PORT", String.valueOf(server.port())));
        assertEquals(403, status(r), r);
        assertFalse(r.contains("首页"));
        assertTrue(r.contains("127.0.0.1"), r);
    }

    @Test
    void sendsAReloadEventToOpenPagesAfterAWatchedChangeIsRebuilt() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/000_r1"));
        LiveReload live = new LiveReload(changed -> Files.writeString(site.resolve("index.html"),
                "<body>" + Files.readString(content.resolve("a.md")) + "</body>"), server::reload, line -> { });
        try (Socket sse = new Socket(InetAddress.getLoopbackAddress(), server.port());
             DirectoryWatcher watcher = new DirectoryWatcher(List.of(tmp.resolve("content")), Duration.ofMillis(50),
                     live)) {
            sse.setSoTimeout(10_000);
            sse.getOutputStream().write(("GET " + PreviewServer.RELOAD_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = sse.getInputStream();
            String opened = readUntil(in, "listening for rebuilds");
            assertTrue(opened.contains("text/event-stream"), opened);
            waitFor(() -> server.listeners() == 1);

            Files.writeString(content.resolve("a.md"), "新内容");
            String event = readUntil(in, "data: ");
            assertTrue(event.contains("event: reload"), event);
            assertTrue(request("GET", "/").contains("新内容"));
        }
    }

    @Test
    void keepsPagesAsTheyAreWhenTheRebuildFails() {
        int[] reloads = {0};
        List<String> said = new java.util.ArrayList<>();
        LiveReload live = new LiveReload(changed -> {
            throw new IllegalStateException("content/x.md:3: bad date");
        }, () -> reloads[0]++, said::add);
        assertFalse(live.rebuild(Set.of(Path.of("content/x.md"))));
        assertEquals(0, reloads[0]);
        assertEquals(List.of("error: rebuild failed, still serving the previous site: content/x.md:3: bad date"), said);

        LiveReload ok = new LiveReload(changed -> { }, () -> reloads[0]++, said::add);
        assertTrue(ok.rebuild(Set.of(Path.of("content/x.md"))));
        assertEquals(1, reloads[0]);
    }

    private static String readUntil(InputStream in, String marker) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.UTF_8).contains(marker)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean());
    }
}
