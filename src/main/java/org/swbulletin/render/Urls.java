package org.swbulletin.render;

import org.swbulletin.Lang;
import org.swbulletin.enrich.Division;
import org.swbulletin.enrich.Theme;

/**
 * The site's URL scheme: pretty ascii paths, the English tree a mirror of the Chinese one under {@code en/}.
 *
 * <p>A relative path ({@code articles/x/}) names a page inside one language's tree; links are root-relative to the
 * base URL's path so that one sidebar serves every page of a language, whatever its depth.
 */
public final class Urls {
    /** The relative path of articles without a province. */
    public static final String NATIONAL = "provinces/national/";

    private final SiteSettings settings;
    /** The base URL's path, parsed once: every link of every page starts with it. */
    private final String basePath;

    /** URLs under the settings' base URL. */
    public Urls(SiteSettings settings) {
        this.settings = settings;
        this.basePath = settings.basePath();
    }

    /** A root-relative link to a page of a language. */
    public String link(Lang lang, String rel) {
        return basePath + lang.prefix() + rel;
    }

    /** A root-relative link to a file shared by both languages (assets). */
    public String shared(String rel) {
        return basePath + rel;
    }

    /** The absolute, canonical URL of a page of a language. */
    public String absolute(Lang lang, String rel) {
        return settings.baseUrl() + lang.prefix() + rel;
    }

    /** The output file of a page, relative to the site directory. */
    public static String file(Lang lang, String rel) {
        return lang.prefix() + (rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
    }

    /** An article page. */
    public static String article(String id) { return "articles/" + id + "/"; }

    /** A province page. */
    public static String province(Division d) { return "provinces/" + d.slug() + "/"; }

    /** A theme page. */
    public static String theme(Theme t) { return "themes/" + t.id() + "/"; }

    /** A report page. */
    public static String report(String id) { return "reports/" + id + "/"; }

    /** An archive month page, from {@code YYYY-MM}. */
    public static String month(String yearMonth) {
        return "archive/" + yearMonth.substring(0, 4) + "/" + yearMonth.substring(5, 7) + "/";
    }

    /** Page {@code n} (1-based) of a paginated list whose first page is {@code base}. */
    public static String paged(String base, int n) {
        return n <= 1 ? base : base + "page/" + n + "/";
    }
}
