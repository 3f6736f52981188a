package org.swbulletin.render;

import java.util.Map;

/**
 * One HTML page to write: where, with which template and model.
 *
 * @param lang     its language
 * @param rel      its path inside the language's tree ({@code articles/x/}, {@code 404.html})
 * @param template the template name relative to {@code templates/}
 * @param model    the template's data
 * @param listed   false for pages kept out of the sitemap (404)
 */
public record Page(Lang lang, String rel, String template, Map<String, Object> model, boolean listed) {
    /** The output file relative to the site directory. */
    public String file() {
        return Urls.file(lang, rel);
    }
}
