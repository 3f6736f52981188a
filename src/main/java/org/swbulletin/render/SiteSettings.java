package org.swbulletin.render;

import org.swbulletin.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.swbulletin.enrich.DataFileException;
import org.swbulletin.enrich.YamlData;

/**
 * Site settings editors keep in {@code content/_data/site.yaml}.
 *
 * @param titleZh       site title in Chinese
 * @param titleEn       site title in English
 * @param descriptionZh one-line description in Chinese
 * @param descriptionEn one-line description in English
 * @param baseUrl       absolute URL the site is served from, ending with {@code /}
 * @param perPage       articles per list page
 */
public record SiteSettings(String titleZh, String titleEn, String descriptionZh, String descriptionEn, String baseUrl,
                           int perPage) {
    /** Where the settings live, relative to the content directory. */
    public static final String FILE = "_data/site.yaml";
    /** The bundled settings a fresh content directory starts from. */
    static final String DEFAULT = "default-site.yaml";

    /** Validates the values; a base URL without a trailing slash gets one. */
    public SiteSettings {
        if (perPage < 1) {
            throw new IllegalArgumentException("per_page must be at least 1, not " + perPage);
        }
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base_url is not a URL: " + baseUrl);
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("base_url must be absolute, like https://example.org/: " + baseUrl);
        }
    }

    /**
     * Copies the bundled settings into a content directory that has none; never overwrites an editor's file.
     *
     * @return the file written, or empty when the directory already had one
     */
    public static java.util.Optional<Path> installDefault(Path contentDir) throws IOException {
        Path file = contentDir.resolve(FILE);
        if (Files.exists(file)) {
            return java.util.Optional.empty();
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bundled());
        return java.util.Optional.of(file);
    }

    private static byte[] bundled() throws IOException {
        try (java.io.InputStream in = SiteSettings.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT + " missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Loads the settings of a content directory, or the bundled defaults when it has none.
     *
     * @throws DataFileException naming the file when it cannot be read or a value is wrong
     */
    public static SiteSettings load(Path contentDir) {
        Path file = contentDir.resolve(FILE);
        Object data;
        if (Files.exists(file)) {
            data = YamlData.load(file);
        } else {
            file = Path.of("(bundled) " + DEFAULT);
            try {
                data = YamlData.parse(new String(bundled(), StandardCharsets.UTF_8), file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read bundled " + DEFAULT, e);
            }
        }
        if (!(data instanceof Map<?, ?> m)) {
            throw new DataFileException(file, 1, "expected a map of settings");
        }
        try {
            Object perPage = m.get("per_page");
            if (perPage != null && (!(perPage instanceof Integer n) || n < 1)) {
                throw new IllegalArgumentException("per_page must be a whole number of at least 1, not '" + perPage
                        + "'");
            }
            return new SiteSettings(required(m, "title_zh"), required(m, "title_en"), optional(m, "description_zh"),
                    optional(m, "description_en"), baseUrl(required(m, "base_url")),
                    perPage == null ? 20 : (Integer) perPage);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(file, 0, e.getMessage());
        }
    }

    /**
     * The base URL as links and feeds use it: absolute, http or https, with a host, its path ending with {@code /} and
     * without empty segments (a path starting {@code //} would make root-relative links point to another site).
     */
    static String baseUrl(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("base_url '" + value + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null
                || uri.getHost() == null) {
            throw new IllegalArgumentException("base_url '" + value + "' must be an absolute http or https URL, "
                    + "e.g. https://example.org/bulletin/");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("base_url '" + value + "' must have no query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/{2,}", "/");
        if (!path.endsWith("/")) {
            path += "/";
        }
        return scheme + "://" + uri.getRawAuthority() + path;
    }

    private static String required(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is required");
        }
        return String.valueOf(v).strip();
    }

    private static String optional(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : String.valueOf(v).strip();
    }

    /** The path part of the base URL, for root-relative links ({@code /} or {@code /bulletin/}). */
    public String basePath() {
        String p = URI.create(baseUrl).getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    /** The site title in a language. */
    public String title(Lang lang) {
        return lang == Lang.ZH ? titleZh : titleEn;
    }

    /** The site description in a language. */
    public String description(Lang lang) {
        return lang == Lang.ZH ? descriptionZh : descriptionEn;
    }
}
