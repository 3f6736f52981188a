package org.swbulletin.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.swbulletin.site.FixtureSite;
import org.swbulletin.site.PreviewServer;

/**
 * The fixture site, built once per test run into a temporary folder and served by the project's own preview server
 * on a free loopback port. The site is written under the path of its {@code base_url} ({@code /bulletin/}), so its
 * root-relative links resolve exactly as they will when published.
 */
public final class ServedSite {
    /** The path of the fixture's {@code base_url}: every page and asset lives under it. */
    public static final String BASE_PATH = "/bulletin/";

    private static ServedSite shared;

    private final Path root;
    private final Path site;
    private final PreviewServer server;

    private ServedSite(Path root, Path site, PreviewServer server) {
        this.root = root;
        this.site = site;
        this.server = server;
    }

    /** The fixture site, built and served on first use and stopped when the JVM exits. */
    public static synchronized ServedSite fixture() {
        if (shared == null) {
            try {
                Path root = Files.createTempDirectory("bulletin-browser-");
                Path site = root.resolve(BASE_PATH.substring(1, BASE_PATH.length() - 1));
                FixtureSite.build(site);
                PreviewServer server = PreviewServer.start(root, 0);
                shared = new ServedSite(root, site, server);
                Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "served-site-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The built site on disk (the folder {@code base_url} points at). */
    public Path dir() {
        return site;
    }

    /** The address of a page, given relative to the base path, e.g. {@code en/stats/}. */
    public URI url(String rel) {
        return server.uri().resolve(BASE_PATH + rel);
    }

    /** The address of a path on the server's root, outside the base path, e.g. {@code /404.html}. */
    public URI rootUrl(String path) {
        return server.uri().resolve(path);
    }

    private void stop() {
        server.close();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the test's outcome is already decided.
        }
    }
}
